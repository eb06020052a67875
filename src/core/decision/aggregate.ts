// Everything the letter says about one point, and the single outcome that sums it up. When one
// point got several answers (some documents disclosed, some refused), the main outcome is chosen
// and the rest are kept in alsoOutcomes, so nothing the letter said is lost.
import type { Outcome } from './types.js';

export interface PointEvidence {
  outcomes: Outcome[];
  /** Sentences that stated an outcome. */
  decisive: string[];
  /** Sentences that only pointed to another point's answer. */
  pointers: string[];
  /** Every sentence tied to the point, for references. */
  sentences: string[];
  grounds: string[];
  /** Points whose answer the letter refers to instead of answering this one. */
  crossRefs: number[];
  /** Of those, the points whose decision the letter says applies here too; the rest are pointers. */
  sameAs: number[];
  /** Passages were blacked out in what was disclosed. */
  redaction: boolean;
  /** The letter said the point falls outside the law's scope. */
  outOfScope: boolean;
  /** The letter said no other documents are held (see classify.ts). */
  residualAbsence: boolean;
  /** The letter refused the request as a conclusion, naming no ground (see classify.ts). */
  formalRefusal: boolean;
  documents: number;
}

export const emptyEvidence = (): PointEvidence => ({
  outcomes: [],
  decisive: [],
  pointers: [],
  sentences: [],
  grounds: [],
  crossRefs: [],
  sameAs: [],
  redaction: false,
  outOfScope: false,
  residualAbsence: false,
  formalRefusal: false,
  documents: 0,
});

export function mergeEvidence(target: PointEvidence, source: PointEvidence): void {
  const add = <T>(list: T[], items: T[]) => items.forEach((x) => list.includes(x) || list.push(x));
  add(target.outcomes, source.outcomes);
  add(target.decisive, source.decisive);
  add(target.pointers, source.pointers);
  add(target.sentences, source.sentences);
  add(target.grounds, source.grounds);
  add(target.crossRefs, source.crossRefs);
  add(target.sameAs, source.sameAs);
  target.redaction ||= source.redaction;
  target.outOfScope ||= source.outOfScope;
  target.residualAbsence ||= source.residualAbsence;
  target.formalRefusal ||= source.formalRefusal;
  target.documents += source.documents;
}

/** Which single outcome describes a point best when the letter gave several. */
// Forwarding comes first: a body forwards what it does not hold, so "kan ik niet verstrekken" next
// to "doorgezonden aan" describes the forwarding, not a refusal.
const MAIN_OUTCOME_ORDER: Outcome[] = ['forwarded', 'not_public', 'public', 'already_public', 'nothing_found', 'referred'];

export function summariseOutcome(evidence: PointEvidence): { outcome: Outcome; alsoOutcomes: Outcome[] } | null {
  let raw = [...evidence.outcomes];
  // A disclosure with blacked-out passages, or one that cites refusal grounds, withheld something.
  if (raw.includes('public') && (evidence.redaction || (evidence.grounds.length > 0 && !raw.includes('not_public')))) {
    raw = raw.map((o) => (o === 'public' ? 'partial_public' : o));
  }
  // "Die passages maak ik niet openbaar" with no disclosure stated: the refusal was of passages,
  // so the rest was disclosed.
  if (evidence.redaction && raw.length === 1 && raw[0] === 'not_public') raw = ['partial_public'];
  // Blacked-out passages mean the rest was disclosed, even when the letter does not say so.
  if (raw.length === 0 && evidence.redaction) raw = ['partial_public'];
  // Out of scope and nothing else said: no documents.
  if (raw.length === 0 && evidence.outOfScope) raw = ['nothing_found'];
  // "No other documents" and nothing else said: no documents, unless the point refers to another's answer.
  if (raw.length === 0 && evidence.residualAbsence && evidence.crossRefs.length === 0) raw = ['nothing_found'];
  // "Uw verzoek wordt op dit onderdeel afgewezen" after what was found: a refusal where nothing
  // else was said; next to a disclosure, part was refused; next to "not found" or "already
  // public", it only concludes those.
  if (evidence.formalRefusal && !raw.some((o) => o === 'nothing_found' || o === 'already_public' || o === 'not_public' || o === 'partial_public')) {
    raw = raw.includes('public') ? raw.map((o) => (o === 'public' ? 'partial_public' : o)) : [...raw, 'not_public'];
  }
  raw = raw.filter((o, i) => raw.indexOf(o) === i);
  if (raw.length === 0) return null;
  const mixed = raw.includes('partial_public') || (raw.includes('public') && raw.includes('not_public'));
  const outcome = mixed ? 'partial_public' : MAIN_OUTCOME_ORDER.find((o) => raw.includes(o))!;
  return { outcome, alsoOutcomes: raw.filter((o) => o !== outcome) };
}
