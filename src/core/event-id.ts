// Event ids: a running number people can type (e4) and a random tail (e4-k3f9) so that two copies of
// a workspace, merged by git, never give one id to two different events, and an id taken back with
// `woo log --remove` is never handed out again. Ids without a tail (older files) stay valid.
export const EVENT_ID_PATTERN = /^e\d+(?:-[0-9a-z]{4,12})?$/;

/** What a user may type for an event: its full id or just its number part (e4). */
export const EVENT_ID_INPUT = /^e\d+(?:-[0-9a-z]{4,12})?$/i;

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

function randomTail(): string {
  const bytes = new Uint8Array(4);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => ALPHABET[b % 32]).join('');
}

export function eventNumber(id: string): number {
  return Number(id.slice(1).split('-')[0]);
}

/** The id for a new event after `events` (and after ids already handed out in the same change). */
export function nextEventId(events: readonly { id: string }[], tail: () => string = randomTail): string {
  const next = Math.max(0, ...events.map((e) => eventNumber(e.id))) + 1;
  let id: string;
  do id = `e${next}-${tail()}`;
  while (events.some((e) => e.id === id));
  return id;
}

/**
 * The event a typed id means: the exact id, or the only event with that number. Two events with one
 * number (after a merge) need the full id; the caller says so.
 */
export function resolveEventId(events: readonly { id: string }[], typed: string): { id?: string; candidates: string[] } {
  const t = typed.trim().toLowerCase();
  if (events.some((e) => e.id === t)) return { id: t, candidates: [t] };
  if (!/^e\d+$/.test(t)) return { candidates: [] };
  const candidates = events.filter((e) => eventNumber(e.id) === eventNumber(t)).map((e) => e.id);
  return candidates.length === 1 ? { id: candidates[0], candidates } : { candidates };
}
