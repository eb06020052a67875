// The document ledger of a decision: a point's outcome follows from the documents tied to it.
// Shared by the decision-letter parser (an inventory inside the letter) and `woo respond
// --inventory` (an inventory given as a separate file).
import type { DocumentAssessment, LedgerDocument } from './schema/document.js';

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
