// `woo log ID --remove eN`: take back an event logged by mistake, if the history stays possible.
import { CannotError } from '../core/errors.js';
import { resolveEventId } from '../core/event-id.js';
import { checkNewEvent } from '../core/law/index.js';
import { EVENT_LABELS, type WooEvent } from '../core/schema/event.js';
import type { PointOutcome } from '../core/schema/outcome.js';
import type { WooRequest } from '../core/schema/request.js';
import type { AppContext } from './context.js';
import { summarise, type RequestSummary } from './summary.js';

export interface UnlogResult {
  request: WooRequest;
  removed: WooEvent;
  /** Outcomes that belonged to a removed decision. */
  droppedOutcomes: PointOutcome[];
  summary: RequestSummary;
}

export async function runUnlog(options: { id: string; eventId: string }, ctx: AppContext): Promise<UnlogResult> {
  let removed: WooEvent | undefined;
  let droppedOutcomes: PointOutcome[] = [];
  const request = await ctx.workspace.updateRequest(options.id, (current) => {
    const { id: eventId, candidates } = resolveEventId(current.events, options.eventId);
    if (!eventId) {
      throw new CannotError(
        `Gebeurtenis "${options.eventId}" ${candidates.length > 1 ? 'is niet eenduidig' : 'bestaat niet'} bij ${current.id}.`,
        candidates.length > 1 ? `Geef het volledige id: ${candidates.join(' of ')}.` : `De ids staan in de tijdlijn: woo show ${current.id}.`,
      );
    }
    removed = current.events.find((e) => e.id === eventId)!;
    const rest = current.events.filter((e) => e.id !== eventId);
    // Replay what remains in the order it was logged: removing e.g. the start of a suspension whose
    // end is logged would leave an impossible history. What was already wrong before (two sendings
    // logged before woo refused that) is not the removal's fault, and must not block it.
    const opts = { regime: current.regime, committee: current.committee };
    const before = new Map(current.events.map((e, i) => [e.id, new Set(checkNewEvent(current.events.slice(0, i), e, ctx.today, opts).errors)]));
    for (let i = 0; i < rest.length; i++) {
      const errors = checkNewEvent(rest.slice(0, i), rest[i], ctx.today, opts).errors.filter((error) => !before.get(rest[i].id)?.has(error));
      if (errors.length) {
        throw new CannotError(
          `Zonder "${EVENT_LABELS[removed.type]}" (${removed.id}) klopt de tijdlijn niet meer: ${errors.join(' ')}`,
          `Verwijder eerst ${rest[i].id} (${EVENT_LABELS[rest[i].type]}).`,
        );
      }
    }
    droppedOutcomes = current.outcomes.filter((o) => o.decision === eventId);
    // A letter whose sending is taken back is again one made ready, not sent.
    const dispatches = current.dispatches.map((d) => (d.event === eventId ? (({ sent: _s, event: _e, barcode: _b, confirmation: _c, ...rest }) => rest)(d) : d));
    return { ...current, events: rest, outcomes: current.outcomes.filter((o) => o.decision !== eventId), dispatches };
  });
  return { request, removed: removed!, droppedOutcomes, summary: summarise(request, ctx.today) };
}
