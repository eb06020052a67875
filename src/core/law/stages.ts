// Which procedure an event belongs to: the first decision on the request, or the objection against one
// (partial) decision. Each decision, a partial one too, is a decision of its own (art. 1:3 Awb) with its own
// objection, decision on objection and court appeal (art. 6:7, 6:8, 7:10 Awb).
import { compareDates } from '../dates.js';
import { UsageError } from '../errors.js';
import { eventNumber, resolveEventId } from '../event-id.js';
import { EVENT_TYPES, isFinalDecision, type WooEvent } from '../schema/event.js';

/** Events that only exist within the objection against a decision: in the schema, those named objection-…. */
export const OBJECTION_EVENTS: ReadonlySet<WooEvent['type']> = new Set(EVENT_TYPES.filter((type) => type.startsWith('objection-')));

/** Events that belong to the first decision or to an objection, depending on where the request stands. */
export const LATENESS_EVENTS = new Set<WooEvent['type']>(['notice-of-default', 'appeal-lodged', 'judgment']);

/** 'request': the procedure up to the first decision; otherwise the id of the decision objected to. */
export type Target = 'request' | { decision: string };

/** Events in the order they happened; same-day events in the order they were logged (e1, e2, …). */
export function chronological(events: WooEvent[]): WooEvent[] {
  const sequence = (event: WooEvent) => eventNumber(event.id);
  return [...events].sort((a, b) => compareDates(a.date, b.date) || sequence(a) - sequence(b));
}

/**
 * Where every event belongs, in one pass through the history; null when it cannot belong anywhere yet (an
 * objection without a decision, a decision on objection without an objection, an unknown decision id).
 * An explicit `decision` (eN) on the event decides; otherwise an objection is against the latest decision not
 * yet objected to, later objection steps concern the latest open objection, a notice of default or appeal
 * concerns the open objection once the whole request is decided (the first decision before that), and a
 * judgment follows the latest appeal.
 */
export function assignTargets(events: WooEvent[]): Map<string, Target | null> {
  const targets = new Map<string, Target | null>();
  const decisions: WooEvent[] = [];
  const objected = new Set<string>();
  const closed = new Set<string>();
  let lastObjection: string | undefined;
  let lastAppeal: Target | null = null;
  for (const event of chronological(events)) {
    if (event.type === 'decided') decisions.push(event);
    if (!OBJECTION_EVENTS.has(event.type) && !LATENESS_EVENTS.has(event.type)) {
      targets.set(event.id, 'request');
      continue;
    }
    const open = [...decisions].reverse().find((d) => objected.has(d.id) && !closed.has(d.id))?.id;
    let target: Target | null;
    if (event.decision !== undefined) {
      target = decisions.some((d) => d.id === event.decision) ? { decision: event.decision } : null;
    } else if (event.type === 'objection-lodged') {
      const decision = [...decisions].reverse().find((d) => !objected.has(d.id)) ?? decisions.at(-1);
      target = decision ? { decision: decision.id } : null;
    } else if (OBJECTION_EVENTS.has(event.type)) {
      const id = open ?? lastObjection;
      target = id ? { decision: id } : null;
    } else if (event.type === 'judgment') {
      target = lastAppeal;
    } else {
      target = decisions.some(isFinalDecision) && open ? { decision: open } : 'request';
    }
    targets.set(event.id, target);
    if (target && target !== 'request') {
      if (event.type === 'objection-lodged') {
        objected.add(target.decision);
        lastObjection = target.decision;
      }
      if (event.type === 'objection-decided') closed.add(target.decision);
    }
    if (event.type === 'appeal-lodged') lastAppeal = target;
  }
  return targets;
}

/** The event that takes the step a "from" date opens. */
const TAKEN_BY: Partial<Record<string, WooEvent['type']>> = {
  notice_of_default_from: 'notice-of-default',
  appeal_from: 'appeal-lodged',
  objection_notice_of_default_from: 'notice-of-default',
  objection_appeal_from: 'appeal-lodged',
};

/** A step-opening date: the first day for a notice of default or an appeal for lateness. */
export function isStepDate(kind: string): boolean {
  return TAKEN_BY[kind] !== undefined;
}

/**
 * Whether the step a "from" date opens has been logged, in the procedure the date belongs to: a notice of
 * default about the decision on one objection does not take the step for another.
 */
export function stepTaken(events: WooEvent[], deadline: { kind: string; concerns?: { ref?: string } }): boolean {
  const by = TAKEN_BY[deadline.kind];
  if (!by) return false;
  const targets = assignTargets(events);
  const objection = deadline.kind.startsWith('objection_');
  const decision = deadline.concerns?.ref ?? chronological(events).find(isFinalDecision)?.id;
  return events.some((e) => {
    if (e.type !== by) return false;
    const target = targets.get(e.id);
    return objection ? target !== 'request' && target?.decision === decision : target === 'request';
  });
}

/** The full id of the decision a user typed (e4 or e4-k3f9); an unknown one is left for the history check to refuse. */
export function decisionId(events: WooEvent[], typed: string): string {
  const { id, candidates } = resolveEventId(events.filter((e) => e.type === 'decided'), typed);
  if (!id && candidates.length > 1) throw new UsageError(`Besluit "${typed}" is niet eenduidig.`, `Geef het volledige id: ${candidates.join(' of ')}.`);
  return id ?? typed.trim().toLowerCase();
}
