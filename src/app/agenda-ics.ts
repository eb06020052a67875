// The agenda as an iCalendar file: every date an all-day event with reminders; a step that is open
// now and a decision that is late sit on the day of the export, so they are seen, not left in the past.
import { createHash } from 'node:crypto';
import { addDays, daysBetween, formatDateShort, type IsoDate } from '../core/dates.js';
import { dateRevisions, deadlineKey } from '../core/law/index.js';
import type { WooRequest } from '../core/schema/request.js';
import { renderIcs, type IcsItem } from '../render/ics.js';
import type { AgendaItem } from './agenda.js';
import { concernsLabel, DEADLINE_NAMES } from './deadline-format.js';

export interface AgendaIcsOptions {
  today: IsoDate;
  /** Days before a date to remind (each at 09:00). */
  reminders: number[];
  /** What the requester can do on each kind of date. */
  actions: Record<string, string>;
}

/**
 * Two workspaces may each have a request 2026-001 (two colleagues): the request's id with its creation
 * day and requester, hashed, tells them apart in the UID, and is the same on every export.
 */
function requestTag(request: WooRequest): string {
  const identity = [request.id, request.created, request.requester.name ?? '', request.requester.email ?? ''].join('\n');
  return createHash('sha256').update(identity).digest('hex').slice(0, 12);
}

function summary(item: AgendaItem): string {
  const flag = item.overdue ? 'Woo TE LAAT' : item.openNow ? 'Woo NU' : 'Woo';
  const which = item.concerns ? ` (deelbesluit ${formatDateShort(item.concerns.decided)})` : '';
  return `${flag}: ${DEADLINE_NAMES[item.kind] ?? item.kind}${which} — ${item.body} (${item.id})`;
}

function description(item: AgendaItem, opts: AgendaIcsOptions): string {
  const lines = [`${opts.actions[item.kind]?.replace('<id>', item.id) ?? DEADLINE_NAMES[item.kind] ?? item.kind}.`];
  if (item.overdue) lines.push(`De termijn liep af op ${formatDateShort(item.date)} (${daysBetween(item.date, opts.today)} dagen geleden) en het bestuursorgaan heeft nog niet beslist.`);
  else if (item.openNow) lines.push(`Mogelijk sinds ${formatDateShort(item.date)} en nog niet gedaan.`);
  // The explanation usually names its articles already: add only those it does not, so each is printed once.
  const missing = item.basis.split('; ').filter((part) => !item.explanation.includes(part));
  lines.push(missing.length ? `${item.explanation} (${missing.join('; ')})` : item.explanation);
  for (const a of item.alternatives) lines.push(`Andere lezing: ${formatDateShort(a.date)}; ${a.reason}`);
  if (item.concerns) lines.push(`Geldt voor het ${concernsLabel(item.concerns)}.`);
  lines.push(`Verzoek ${item.id}: ${item.title} (${item.body}).`);
  return lines.join('\n');
}

export function agendaIcs(entries: { item: AgendaItem; request: WooRequest }[], opts: AgendaIcsOptions): string {
  const revisions = new Map<WooRequest, Map<string, number>>();
  const items: IcsItem[] = entries.map(({ item, request }) => {
    if (!revisions.has(request)) revisions.set(request, dateRevisions(request.events, { regime: request.regime, committee: request.committee }, opts.today));
    const key = deadlineKey(item);
    const changed = revisions.get(request)!.get(key) ?? 0;
    const moved = item.overdue || item.openNow;
    return {
      uid: `${key}.${request.id}.${requestTag(request)}@woo`,
      date: moved ? opts.today : item.date,
      summary: summary(item),
      description: description(item, opts),
      // Raised by every change of the date in the history, and by one each day: an event on the export day
      // moves daily, and one that leaves it again (a late adjournment) must not fall back to a lower number.
      sequence: changed + Math.max(0, daysBetween(request.created, opts.today)),
      // A reminder that would already have gone off is left out; the export day's own events have none.
      reminders: moved ? [] : opts.reminders.filter((days) => addDays(item.date, -days) >= opts.today),
    };
  });
  return renderIcs(items, { now: opts.today });
}
