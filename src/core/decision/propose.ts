// Turns the evidence per point into the proposal: one outcome per point (a point answered only by
// "zie punt 2" takes point 2's answer), the grounds where something was withheld, a reference.
import { emptyEvidence, summariseOutcome, type PointEvidence } from './aggregate.js';
import { groundsOfMentionedDocuments } from './document-refs.js';
import { groundsFromTopics } from './ground-mentions.js';
import type { Reading } from './reading.js';
import { findReference } from './references.js';
import type { Outcome, ParseOptions, ProposedPoint, RequestPoint } from './types.js';

const WITHHELD: Outcome[] = ['partial_public', 'not_public'];

interface Summary {
  outcome: Outcome;
  alsoOutcomes: Outcome[];
  evidence: PointEvidence;
}

/** A point answered only by "zie punt 2" takes point 2's answer, or becomes `referred` when that point has none. */
function resolvePoint(point: number, summaries: Map<number, Summary | null>, reading: Reading, seen: number[] = []): Summary | null {
  const own = summaries.get(point);
  if (own) return own;
  const evidence = reading.byPoint.get(point);
  for (const other of evidence?.crossRefs ?? []) {
    if (seen.includes(other) || other === point) continue;
    const resolved = resolvePoint(other, summaries, reading, [...seen, point]);
    if (resolved) return resolved;
  }
  return null;
}

export function proposePoints(reading: Reading, ordered: RequestPoint[], law: ParseOptions['law']): ProposedPoint[] {
  const summaries = new Map<number, Summary | null>();
  for (const p of ordered) {
    const evidence = reading.byPoint.get(p.number) ?? emptyEvidence();
    const summary = summariseOutcome(evidence);
    if (summary && WITHHELD.some((o) => o === summary.outcome || summary.alsoOutcomes.includes(o)) && evidence.grounds.length === 0) {
      // A point whose sentences name only the interest ("persoonsgegevens") gets that ground; else
      // grounds explained once for the whole letter apply to every point where something was withheld.
      // Failing that, the inventory rows of the documents its sentences name.
      const byDocuments = groundsOfMentionedDocuments(evidence.sentences, reading.inventory);
      const byTopic = groundsFromTopics(evidence.sentences.join(' '), law);
      evidence.grounds = byDocuments.length > 0 ? byDocuments : byTopic.length > 0 ? byTopic : [...reading.letterWide.grounds];
    }
    summaries.set(p.number, summary ? { ...summary, evidence } : null);
  }

  return ordered.map((p) => {
    const own = reading.byPoint.get(p.number) ?? emptyEvidence();
    const summary = resolvePoint(p.number, summaries, reading);
    const evidenceText = (own.decisive.length > 0 ? own.decisive : own.pointers).join(' ').slice(0, 4000);
    if (!summary) {
      const pointedTo = own.crossRefs[0];
      if (pointedTo === undefined) return { point: p.number, outcome: 'unanswered', evidence: '', grounds: [] };
      return { point: p.number, outcome: 'referred', evidence: evidenceText, reference: `punt ${pointedTo}`, grounds: [] };
    }
    const { outcome, alsoOutcomes, evidence } = summary;
    const keepsGrounds = WITHHELD.some((o) => o === outcome || alsoOutcomes.includes(o));
    const reference = findReference([...own.sentences, ...evidence.sentences], outcome);
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
