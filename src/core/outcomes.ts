// The answer per point, across decisions: what was recorded, and `unanswered` derived after a final decision.
import { OUTCOME_LABELS, type Outcome, type PointOutcome } from './schema/outcome.js';
import type { WooRequest } from './schema/request.js';
import { isFinalDecision } from './schema/event.js';

export interface PointState {
  point: number;
  text: string;
  /** Every outcome recorded for this point, oldest decision first. */
  recorded: PointOutcome[];
  /** What the point came to: the latest decision's outcome, `unanswered` after a final decision, null while pending. */
  outcome: Outcome | null;
  label: string;
}

export function pointStates(request: WooRequest): PointState[] {
  const order = new Map(request.events.map((e, i) => [e.id, i]));
  const finalDecided = request.events.some(isFinalDecision);
  return request.points.map((p) => {
    const recorded = request.outcomes
      .filter((o) => o.point === p.number)
      .sort((a, b) => (order.get(a.decision) ?? 0) - (order.get(b.decision) ?? 0));
    const latestDecision = recorded.at(-1)?.decision;
    const latest = recorded.filter((o) => o.decision === latestDecision);
    const outcome: Outcome | null = latest.length ? mainOutcome(latest.map((o) => o.outcome)) : finalDecided ? 'unanswered' : null;
    return { point: p.number, text: p.text, recorded, outcome, label: outcome ? OUTCOME_LABELS[outcome] : 'nog geen besluit' };
  });
}

// When one decision gives several outcomes for a point, the point as a whole is "partly public" if
// anything was disclosed and anything withheld; otherwise the first recorded one stands.
function mainOutcome(outcomes: Outcome[]): Outcome {
  const set = new Set(outcomes);
  if (set.size === 1) return outcomes[0];
  const disclosed = set.has('public') || set.has('partial_public');
  const withheld = set.has('not_public') || set.has('partial_public');
  if (disclosed && withheld) return 'partial_public';
  return outcomes[0];
}
