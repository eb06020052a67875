// Turns the evidence per point into the proposal: one outcome per point, the grounds where something
// was withheld, a reference. A point answered only by another point's number is, as DESIGN.md defines
// `referred`, referred when the letter merely points there ("zie het antwoord bij punt 2"), and takes
// that point's decision only when the letter says it is the same ("hetzelfde als bij punt 2").
import { emptyEvidence, summariseOutcome, type PointEvidence } from './aggregate.js';
import { groundsOfMentionedDocuments } from './document-refs.js';
import { groundsFromTopics } from './ground-mentions.js';
import { highestPoint, type Reading } from './reading.js';
import { findPointRefs } from './point-refs.js';
import { findReference } from './references.js';
import type { Outcome, ParseOptions, ProposedPoint, RequestPoint } from './types.js';
import { groundOfLaw } from './whole-letter.js';

const WITHHELD: Outcome[] = ['partial_public', 'not_public'];

interface Summary {
  outcome: Outcome;
  alsoOutcomes: Outcome[];
  evidence: PointEvidence;
}

/** A point whose only answer is "hetzelfde als bij punt 2" takes point 2's decision; a pointer decides nothing. */
function resolvePoint(point: number, summaries: Map<number, Summary | null>, reading: Reading, seen: number[] = []): Summary | null {
  const own = summaries.get(point);
  if (own) return own;
  const evidence = reading.byPoint.get(point);
  for (const other of evidence?.sameAs ?? []) {
    if (seen.includes(other) || other === point) continue;
    const resolved = resolvePoint(other, summaries, reading, [...seen, point]);
    if (resolved) return resolved;
  }
  return null;
}

/** "punt 1", "punten 1 en 2", "punten 1, 2 en 5": the points a referral names, as the letter would. */
function pointReference(points: number[]): string {
  const sorted = [...points].sort((a, b) => a - b);
  if (sorted.length === 1) return `punt ${sorted[0]}`;
  return `punten ${sorted.slice(0, -1).join(', ')} en ${sorted[sorted.length - 1]}`;
}

export function proposePoints(reading: Reading, ordered: RequestPoint[], law: ParseOptions['law']): ProposedPoint[] {
  const summaries = new Map<number, Summary | null>();
  for (const p of ordered) {
    const evidence = reading.byPoint.get(p.number) ?? emptyEvidence();
    // "volgnummers 5.1 en 5.2" in a Wob letter are documents, not Woo articles.
    evidence.grounds = evidence.grounds.filter((code) => groundOfLaw(code, law));
    const summary = summariseOutcome(evidence);
    if (summary && WITHHELD.some((o) => o === summary.outcome || summary.alsoOutcomes.includes(o)) && evidence.grounds.length === 0) {
      // The inventory rows of the documents its sentences name, else the interest its sentences
      // name ("persoonsgegevens"); failing both, parse.ts gives it the grounds the letter applies.
      const byDocuments = groundsOfMentionedDocuments(evidence.sentences, reading.inventory);
      const byTopic = groundsFromTopics(evidence.sentences.join(' '), law);
      evidence.grounds = byDocuments.length > 0 ? byDocuments : byTopic;
    }
    summaries.set(p.number, summary ? { ...summary, evidence } : null);
  }

  return ordered.map((p) => {
    const own = reading.byPoint.get(p.number) ?? emptyEvidence();
    const summary = resolvePoint(p.number, summaries, reading);
    const evidenceText = (own.decisive.length > 0 ? own.decisive : own.pointers).join(' ').slice(0, 4000);
    if (!summary) {
      if (own.crossRefs.length === 0) return { point: p.number, outcome: 'unanswered', evidence: '', grounds: [] };
      return { point: p.number, outcome: 'referred', evidence: evidenceText, reference: pointReference(own.crossRefs), grounds: [] };
    }
    const { outcome, alsoOutcomes, evidence } = summary;
    const keepsGrounds = WITHHELD.some((o) => o === outcome || alsoOutcomes.includes(o));
    const found = findReference([...own.sentences, ...evidence.sentences], outcome);
    // "verwijzen wij u naar ons besluit over onderdeel 1": a referral to another point is kept as
    // that point, in the same words as a pointer ("zie punt 1") would be.
    const named = found ? findPointRefs(found, highestPoint(ordered)).subjects.filter((n) => n !== p.number) : [];
    const referredTo = outcome !== 'referred' ? [] : own.crossRefs.length > 0 ? own.crossRefs : named;
    const reference = referredTo.length > 0 ? pointReference(referredTo) : found;
    return {
      point: p.number,
      outcome,
      evidence: evidenceText,
      ...(reference ? { reference } : {}),
      grounds: keepsGrounds ? evidence.grounds : [],
      ...(evidence.documents > 0 ? { documents: evidence.documents } : {}),
      ...(alsoOutcomes.length > 0 ? { alsoOutcomes } : {}),
    };
  });
}
