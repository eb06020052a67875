// What the walk through a letter has found so far: evidence per point, statements tied to no point,
// and what tables said about documents. Sentences add to it through the helpers here, which keep
// the document counts that prose repeats from adding up.
import { emptyEvidence, mergeEvidence, type PointEvidence } from './aggregate.js';
import type { SentenceClassification } from './classify.js';
import { newGroundTrail, type GroundTrail } from './ground-trail.js';
import type { OrphanParagraph } from './order-alignment.js';
import type { InventoryRow } from './tables.js';
import type { Outcome, RequestPoint } from './types.js';

const DOCUMENT_COUNT = /\b(\d{1,4}|één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+(?:\S+\s+)?(?:documenten|document|stukken)\b/i;
const NUMBER_WORDS: Record<string, number> = { één: 1, een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10 };

export interface Reading {
  byPoint: Map<number, PointEvidence>;
  /** Decision statements tied to no point. */
  letterWide: PointEvidence;
  /** Statements about "the other points". */
  remaining: PointEvidence;
  /** Paragraphs that decide something but were tied to no point, kept apart for aligning by order. */
  orphans: OrphanParagraph[];
  /** Inventory rows tied to no point: used only where the letter's text names their documents. */
  inventory: InventoryRow[];
  /** Document number → the points an inventory's point column gave it. */
  documentPoints: Map<number, number[]>;
  /** The points the current heading opened, if any. */
  heading: number[] | null;
  /** The points the last deciding sentence answered: what "hetzelfde geldt voor punt 4" refers back to. */
  lastDecided: number[];
  /** Points whose decision so far came only from statements about several points at once. */
  grouped: Set<number>;
  /** Whether the current heading names its points (a point heading, a theme) rather than being a numbered line. */
  headingNamed: boolean;
  /**
   * Points some sentence was tied to by the letter's own words: a point named, a heading, the
   * point's subject. Ties by order or by a numbered line alone are weaker: in real letters those
   * are often statute members or document numbers, and the letter's decision on the whole request
   * outweighs them (see parse.ts).
   */
  named: Set<number>;
  /** The ground the letter is reasoning about, for sentences that withhold without citing one. */
  groundTrail: GroundTrail;
}

export const newReading = (): Reading => ({ byPoint: new Map(), letterWide: emptyEvidence(), remaining: emptyEvidence(), orphans: [], inventory: [], documentPoints: new Map(), heading: null, lastDecided: [], grouped: new Set(), headingNamed: false, named: new Set(), groundTrail: newGroundTrail() });

/** Point numbers need not be contiguous; references up to the highest one are valid. */
export const highestPoint = (points: RequestPoint[]) => Math.max(0, ...points.map((p) => p.number));

function documentCount(sentence: string): number | undefined {
  const m = DOCUMENT_COUNT.exec(sentence);
  if (!m) return undefined;
  const word = m[1].toLowerCase();
  return NUMBER_WORDS[word] ?? (Number.isNaN(Number(word)) ? undefined : Number(word));
}

/** `refs`: the points the sentence refers to instead of answering, and which of them it says decide the same. */
export function sentenceEvidence(
  sentence: string,
  outcomes: Outcome[],
  classification: SentenceClassification,
  refs: { crossRefs: number[]; sameAs: number[] },
  grounds: string[],
): PointEvidence {
  const { crossRefs, sameAs } = refs;
  const evidence = emptyEvidence();
  evidence.outcomes = outcomes;
  evidence.redaction = classification.redaction;
  evidence.outOfScope = classification.outOfScope;
  evidence.residualAbsence = classification.residualAbsence;
  evidence.formalRefusal = classification.formalRefusal ?? false;
  evidence.crossRefs = crossRefs;
  evidence.sameAs = sameAs;
  evidence.grounds = grounds;
  evidence.sentences = [sentence];
  if (outcomes.length > 0 || classification.redaction || classification.outOfScope || classification.residualAbsence || classification.formalRefusal) evidence.decisive = [sentence];
  else if (crossRefs.length > 0) evidence.pointers = [sentence];
  if (outcomes.length > 0) evidence.documents = documentCount(sentence) ?? 0;
  return evidence;
}

export function ensure(reading: Reading, point: number): PointEvidence {
  let evidence = reading.byPoint.get(point);
  if (!evidence) reading.byPoint.set(point, (evidence = emptyEvidence()));
  return evidence;
}

const WITHHELD: Outcome[] = ['partial_public', 'not_public'];

/**
 * Adds a decision to the points it was given for. Under "Verzoekonderdelen 1 en 5" the letter first
 * decides for both and may then single one out ("Voor onderdeel 1 zijn geen documenten aanwezig"):
 * the later statement about that point alone replaces what the group's statements said of it.
 * The group's grounds stay only when the point's own answer still withholds something.
 */
export function addDecision(reading: Reading, points: number[], evidence: PointEvidence): void {
  for (const point of points) {
    const before = reading.byPoint.get(point);
    if (points.length === 1 && evidence.outcomes.length > 0 && before && reading.grouped.has(point)) {
      const fresh = emptyEvidence();
      if (evidence.outcomes.some((o) => WITHHELD.includes(o))) fresh.grounds = [...before.grounds];
      reading.byPoint.set(point, fresh);
      reading.grouped.delete(point);
    } else if (points.length > 1 && evidence.outcomes.length > 0 && !before?.outcomes.length) {
      reading.grouped.add(point);
    }
    addTo(reading, point, evidence);
  }
}

/** Adds a sentence's evidence; document counts stated in prose repeat rather than add up. */
export function addTo(reading: Reading, point: number, evidence: PointEvidence): void {
  const target = ensure(reading, point);
  const documents = Math.max(target.documents, evidence.documents);
  mergeEvidence(target, evidence);
  target.documents = documents;
}
