// How often each deadline's date has changed over a request's history, without keeping any state:
// the history is replayed one logged event at a time. Calendar files use it as the SEQUENCE of an
// event, so a calendar app replaces an entry whose date moved instead of keeping the old one.
import type { IsoDate } from '../dates.js';
import { eventNumber } from '../event-id.js';
import type { WooEvent } from '../schema/event.js';
import { computeDeadlines } from './deadlines.js';
import { deadlineInputFromEvents, type FromEventsOptions } from './from-events.js';
import type { Concerns } from './types.js';

/** One deadline of one request: its kind and, after a partial decision, which decision it follows from. */
export function deadlineKey(d: { kind: string; concerns?: Concerns }): string {
  const c = d.concerns;
  return c ? `${d.kind}.${c.ref ?? `${c.decided}.${c.points.join('-')}`}` : d.kind;
}

/** Per deadline key: the number of times its date changed as the events were logged, in logging order. */
export function dateRevisions(events: WooEvent[], opts: FromEventsOptions, today: IsoDate): Map<string, number> {
  const logged = events.map((e, i) => ({ e, i })).sort((a, b) => eventNumber(a.e.id) - eventNumber(b.e.id) || a.i - b.i).map((x) => x.e);
  const last = new Map<string, IsoDate>();
  const revisions = new Map<string, number>();
  for (let n = 1; n <= logged.length; n++) {
    const input = deadlineInputFromEvents(logged.slice(0, n), opts);
    if (!input.received && !input.sent) continue;
    for (const d of computeDeadlines(input, today).deadlines) {
      const key = deadlineKey(d);
      const before = last.get(key);
      if (before !== undefined && before !== d.date) revisions.set(key, (revisions.get(key) ?? 0) + 1);
      last.set(key, d.date);
    }
  }
  return revisions;
}
