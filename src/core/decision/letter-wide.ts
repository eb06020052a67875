// Statements tied to no point: orphan paragraphs aligned by the order of the request, "the other
// points" statements, and letter-wide decisions, given to the points nothing else answered.
import { mergeEvidence, type PointEvidence } from './aggregate.js';
import { alignByOrder } from './order-alignment.js';
import { ensure, type Reading } from './reading.js';
import type { Outcome, RequestPoint } from './types.js';

/** Letter-wide statements that may answer every point at once. */
const WHOLE_REQUEST = /\b(?:alle|gevraagde|verzochte|uw\s+verzoek|geheel|volledig|integraal|de\s+documenten|deze\s+documenten)\b/i;
const DISCLOSURE: Outcome[] = ['public', 'partial_public', 'not_public'];

export const isAnswered = (e: PointEvidence | undefined) => !!e && (e.outcomes.length > 0 || e.crossRefs.length > 0 || e.outOfScope || e.residualAbsence || e.formalRefusal);

/** Orphan paragraphs answer the unanswered points in order when that is unambiguous; else they are letter-wide. */
export function placeOrphans(reading: Reading, points: RequestPoint[], restated: boolean): void {
  const unanswered = points.filter((p) => !isAnswered(reading.byPoint.get(p.number))).map((p) => p.number);
  const aligned = alignByOrder(reading.orphans, unanswered, restated);
  if (aligned) for (const [point, evidence] of aligned) mergeEvidence(ensure(reading, point), evidence);
  else for (const orphan of reading.orphans) mergeEvidence(reading.letterWide, orphan.evidence);
}

/** Letter-wide and "other points" statements go to the points nothing else answered; what is left is unmatched. */
export function applyLetterWideStatements(reading: Reading, points: RequestPoint[]): string[] {
  const unanswered = points.filter((p) => !isAnswered(reading.byPoint.get(p.number))).map((p) => p.number);
  if (reading.remaining.outcomes.length > 0) {
    for (const n of unanswered) mergeEvidence(ensure(reading, n), reading.remaining);
  }
  const wide = reading.letterWide;
  const nothingSpecific = points.every((p) => !isAnswered(reading.byPoint.get(p.number)));
  // Only a letter that answers the request at once says one kind of thing: disclosure (with or
  // without withheld parts), or already public, or nothing found. Several kinds of answer with no
  // point named mean the letter has a structure this parser did not follow; then a wrong outcome
  // on every point is worse than leaving them unanswered with the sentences shown as unmatched.
  const kinds = new Set(wide.outcomes.map((o) => (DISCLOSURE.includes(o) ? 'disclosure' : o)));
  const answersAll = (wide.decisive.some((s) => WHOLE_REQUEST.test(s) || s.includes(' | ')) && kinds.size === 1) || points.length === 1;
  if (nothingSpecific && answersAll && wide.outcomes.length > 0) {
    for (const p of points) mergeEvidence(ensure(reading, p.number), wide);
    return [];
  }
  return wide.decisive;
}
