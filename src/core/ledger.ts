// The document ledger of a decision: a point's outcome follows from the documents tied to it.
// Shared by the decision-letter parser (an inventory inside the letter) and `woo respond
// --inventory` (an inventory given as a separate file).
import type { DecisionProposal, ProposedPoint } from './decision/types.js';
import { DOCUMENT_ASSESSMENT_LABELS, type DocumentAssessment, type LedgerDocument } from './schema/document.js';
import { OUTCOME_LABELS } from './schema/outcome.js';

export interface DerivedOutcome {
  outcome: DocumentAssessment;
  /** The union of the grounds of the documents withheld in whole or in part, in first-seen order. */
  grounds: string[];
  /** How many documents the outcome rests on. */
  documents: number;
}

const WITHHELD: readonly DocumentAssessment[] = ['partial_public', 'not_public'];

/**
 * The outcome of a set of documents: all already public → already_public; all disclosed (newly or
 * already) → public; all refused → not_public; anything else with something withheld →
 * partial_public. Null for no documents.
 */
export function outcomeOfDocuments(docs: readonly Pick<LedgerDocument, 'assessment' | 'grounds'>[]): DerivedOutcome | null {
  if (docs.length === 0) return null;
  const kinds = new Set(docs.map((d) => d.assessment));
  const grounds = [...new Set(docs.filter((d) => WITHHELD.includes(d.assessment)).flatMap((d) => d.grounds))];
  const only = (a: DocumentAssessment) => kinds.size === 1 && kinds.has(a);
  let outcome: DocumentAssessment;
  if (only('already_public')) outcome = 'already_public';
  else if (only('not_public')) outcome = 'not_public';
  else if (kinds.has('partial_public') || kinds.has('not_public')) outcome = 'partial_public';
  else outcome = 'public';
  return { outcome, grounds: WITHHELD.includes(outcome) ? grounds : [], documents: docs.length };
}

/** The derived outcome per point, for the documents the ledger ties to points. */
export function outcomesByPoint(docs: readonly LedgerDocument[]): Map<number, DerivedOutcome> {
  const byPoint = new Map<number, LedgerDocument[]>();
  for (const d of docs) for (const p of new Set(d.points ?? [])) byPoint.set(p, [...(byPoint.get(p) ?? []), d]);
  const result = new Map<number, DerivedOutcome>();
  for (const [point, list] of [...byPoint].sort((a, b) => a[0] - b[0])) result.set(point, outcomeOfDocuments(list)!);
  return result;
}

export interface LedgerApplied {
  proposal: DecisionProposal;
  /** Points where the letter's own answer differs from what its documents say, in Dutch. */
  notes: string[];
}

/** "documenten 1, 2 en 4a" — the numbers as the body wrote them. */
function documentList(docs: readonly LedgerDocument[]): string {
  const numbers = docs.map((d) => d.number);
  if (numbers.length === 1) return `document ${numbers[0]}`;
  return `documenten ${numbers.slice(0, -1).join(', ')} en ${numbers.at(-1)}`;
}

/** "deels openbaar (5.1.2e): 1, 2 en 4; openbaar: 3" — the documents grouped by how they were assessed. */
function assessedAs(docs: readonly LedgerDocument[]): string {
  const groups = new Map<string, string[]>();
  for (const d of docs) {
    const key = `${DOCUMENT_ASSESSMENT_LABELS[d.assessment]}${d.grounds.length ? ` (${d.grounds.join(', ')})` : ''}`;
    groups.set(key, [...(groups.get(key) ?? []), d.number]);
  }
  return [...groups].map(([key, numbers]) => `${key}: ${numbers.length === 1 ? numbers[0] : `${numbers.slice(0, -1).join(', ')} en ${numbers.at(-1)}`}`).join('; ');
}

/**
 * Puts a document ledger into a proposal: the ledger replaces the proposal's own, and every point
 * the ledger ties documents to takes the outcome of its documents (source `documents`). In a
 * request of one point every document belongs to that point. The letter's other outcome for such a
 * point is not kept as a split; where it differs, a note says so.
 */
export function applyLedger(proposal: DecisionProposal, documents: readonly LedgerDocument[], points: readonly number[]): LedgerApplied {
  const tied = points.length === 1 ? documents.map((d) => (d.points?.length ? d : { ...d, points: [points[0]] })) : [...documents];
  const byPoint = outcomesByPoint(tied);
  const notes: string[] = [];
  const proposed = proposal.points.map((p): ProposedPoint => {
    const derived = byPoint.get(p.point);
    if (!derived) return p;
    const docs = tied.filter((d) => d.points?.includes(p.point));
    if (p.outcome !== 'unanswered' && p.outcome !== derived.outcome && p.source !== 'letter_wide' && p.source !== 'content_match') {
      notes.push(`Punt ${p.point}: de brief zegt "${OUTCOME_LABELS[p.outcome]}", de inventarislijst "${OUTCOME_LABELS[derived.outcome]}" (${documentList(docs)}); het voorstel volgt de inventarislijst.`);
    }
    const { alsoOutcomes: _split, reference, ...rest } = p;
    return {
      ...rest,
      outcome: derived.outcome,
      grounds: derived.grounds,
      documents: derived.documents,
      source: 'documents',
      evidence: `Inventarislijst, ${documentList(docs)}: ${assessedAs(docs)}.`.slice(0, 4000),
      ...(derived.outcome === 'already_public' && reference ? { reference } : {}),
    };
  });
  return { proposal: { ...proposal, points: proposed, documents: tied }, notes };
}
