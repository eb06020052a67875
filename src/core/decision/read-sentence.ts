// Reads one sentence into the reading: its outcomes, grounds and the points it is about, which may
// be the sentence's own point references, the context it inherits, or the inventory rows of the
// documents it names.
import { mergeEvidence } from './aggregate.js';
import { NO_DECISION, classifySentence } from './classify.js';
import { documentNumbers } from './document-refs.js';
import { appliesGrounds, readSentenceGrounds } from './ground-trail.js';
import { findPointRefs } from './point-refs.js';
import { addDecision, highestPoint, sentenceEvidence, type Reading } from './reading.js';
import { restatesRequestPoint } from './restatement.js';
import type { ParseOptions, RequestPoint } from './types.js';

/** "Voor de overige punten geldt …": applies to the points nothing else answered. */
const REMAINING_POINTS = /\b(?:overige|resterende|andere|overblijvende)\s+(?:punten|onderdelen|verzoekonderdelen|vragen|deelvragen)\b|\bvoor\s+het\s+overige\b/i;

/**
 * "Hetzelfde geldt voor punt 4", "Dit geldt ook voor punt 4", "Punt 5: eveneens": no decision of its
 * own, but the one just given applies here too. A decision by equivalence, not a pointer.
 */
const SAME_DECISION = /\bhetzelfde\s+geldt\b|\bgeldt\s+(?:\S+\s+){0,3}?hetzelfde\b|\bgeld(?:t|en)\s+(?:dit\s+|dat\s+|deze\s+)?(?:ook|eveneens)\b|\beveneens\b|\bidem\b/i;

/**
 * "Met uitzondering van onderdeel 2: …" opening a sentence under a grouped heading: that point
 * gets its own answer, so what the group's sentences said does not apply to it.
 */
const EXCEPTION_OPENER = /^\s*(?:met\s+uitzondering\s+van|behalve|uitgezonderd)\s+(?:het\s+|de\s+)?$/i;

/** Reads one sentence; returns the points it names as its subject, to carry to the next sentences. */
export function readSentence(reading: Reading, sentence: string, context: number[] | null, points: RequestPoint[], law: ParseOptions['law']): number[] {
  const refs = findPointRefs(sentence, highestPoint(points));
  const classification = restatesRequestPoint(sentence, points) ? NO_DECISION : classifySentence(sentence);
  // "Zie het antwoord bij punt 2" refers to a point, not to other information.
  const outcomes = refs.crossRefs.length > 0 ? classification.outcomes.filter((o) => o !== 'referred') : classification.outcomes;
  const aboutRemainingPoints = refs.subjects.length === 0 && REMAINING_POINTS.test(sentence);
  // "Document 5 bevat bedrijfsgegevens …" after an inventory with a point column: that row's point,
  // when it lies within what the sentence was about anyway.
  const byDocuments = refs.subjects.length > 0 ? [] : [...new Set(documentNumbers(sentence).flatMap((n) => reading.documentPoints.get(n) ?? []))];
  const narrowed = byDocuments.length > 0 && (!context || byDocuments.every((p) => context.includes(p))) ? byDocuments : null;
  const target = refs.subjects.length > 0 ? refs.subjects : aboutRemainingPoints ? null : (narrowed ?? context);
  const { cited, carried } = readSentenceGrounds(reading.groundTrail, sentence, law, target);
  const grounds = cited.length > 0 ? cited : carried;
  // Pointers ("zie het antwoord bij punt 2") make a point `referred`; only an equivalence copies a
  // decision, whether it names the point ("hetzelfde als bij punt 4") or means the last one given.
  const excepted = refs.groups.filter((g) => !g.cross && EXCEPTION_OPENER.test(sentence.slice(0, g.start))).flatMap((g) => g.points);
  if (context) excepted.filter((p) => context.includes(p)).forEach((p) => reading.byPoint.delete(p));
  let cross = { crossRefs: refs.crossRefs, sameAs: refs.sameAs };
  if (target && outcomes.length === 0 && refs.crossRefs.length === 0 && SAME_DECISION.test(sentence)) {
    const previous = reading.lastDecided.filter((p) => !target.includes(p));
    cross = { crossRefs: previous, sameAs: previous };
  }

  if (!target) {
    const bucket = aboutRemainingPoints ? reading.remaining : reading.letterWide;
    // Tied to no point, a citation counts only where the sentence applies it: the law set out in
    // general ("getoetst aan de artikelen 10 en 11") withholds nothing.
    const applied = cited.length > 0 ? (appliesGrounds(sentence) ? cited : []) : carried;
    mergeEvidence(bucket, sentenceEvidence(sentence, outcomes, classification, { crossRefs: [], sameAs: [] }, applied));
    return [];
  }

  const subjectGroups = refs.groups.filter((g) => !g.cross);
  if (subjectGroups.length >= 2 && classification.positions.length >= 2) {
    // "De punten 1 en 2 zijn reeds openbaar, punt 3 is niet aangetroffen": each outcome belongs to
    // the group named before it (or, when it comes first, to the first group).
    for (const { outcome, start } of classification.positions) {
      const group = [...subjectGroups].reverse().find((g) => g.start <= start) ?? subjectGroups[0];
      if (outcome === 'referred' && refs.crossRefs.length > 0) continue;
      addDecision(reading, group.points, sentenceEvidence(sentence, [outcome], classification, cross, grounds));
    }
    reading.lastDecided = subjectGroups.flatMap((g) => g.points);
  } else {
    // "Punt 3 maak ik openbaar, evenals punt 4": a decision said to be the same for another point is
    // that point's decision too.
    const decidedFor = outcomes.length > 0 ? [...new Set([...target, ...refs.sameAs])] : target;
    addDecision(reading, decidedFor, sentenceEvidence(sentence, outcomes, classification, cross, grounds));
    if (outcomes.length > 0) reading.lastDecided = decidedFor;
  }
  return refs.subjects;
}
