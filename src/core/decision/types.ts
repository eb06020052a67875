// The shape of what the decision-letter parser proposes. A proposal, not a record: the user
// confirms it before `woo respond --from FILE` stores anything.
import type { Law } from '../grounds.js';
import type { IsoDate } from '../dates.js';
import type { Outcome } from '../schema/outcome.js';
import type { DocumentAssessment, LedgerDocument } from '../schema/document.js';

export type { DocumentAssessment, Law, LedgerDocument, Outcome };

/**
 * Where a point's outcome came from: its own answer, its documents in the inventory, a decision
 * on the whole request, or a match on the point's content (a guess).
 */
export type OutcomeSource = 'own' | 'documents' | 'letter_wide' | 'content_match';

/** A sentence that states an outcome, ground, redaction, referral or forwarding but decides no point. */
export interface UnplacedSentence {
  text: string;
  reason: string;
}

/** One numbered point of the request, as stored with the request. */
export interface RequestPoint {
  number: number;
  text: string;
}

export interface ParseOptions {
  law: Law;
}

export interface ProposedPoint {
  point: number;
  outcome: Outcome;
  /** The sentence(s) of the letter the outcome was read from; empty for `unanswered`. */
  evidence: string;
  /** URL, document, other body or other point the letter points to. */
  reference?: string;
  /** Refusal-ground codes (see core/grounds.ts). */
  grounds: string[];
  /** Number of documents, when the letter or its inventory says so. */
  documents?: number;
  /** Further outcomes for parts of the same point: a suggested split only, stored only when the user accepts it. */
  alsoOutcomes?: Outcome[];
  source?: OutcomeSource;
}

/** One part of a letter, as readLetterStructure (structure.ts) finds it; start/end are offsets into its text. */
export interface LetterPart {
  kind: 'letterhead' | 'restatement' | 'procedure' | 'decision' | 'reasoning' | 'objection_clause' | 'annex_statute' | 'annex_inventory' | 'annex_other' | 'other';
  text: string;
  start: number;
  end: number;
}

export interface DecisionDates {
  received?: IsoDate;
  acknowledged?: IsoDate;
  adjourned?: IsoDate;
  decided?: IsoDate;
}

export interface DecisionProposal {
  points: ProposedPoint[];
  dates: DecisionDates;
  /** The texts of `unplaced`, for callers that show only the sentences. */
  unmatched: string[];
  /** The document ledger (inventory) of the letter. */
  documents: LedgerDocument[];
  /** Decisive sentences tied to no point, with the reason: shown to the user, never dropped. */
  unplaced: UnplacedSentence[];
}
