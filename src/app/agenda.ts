// `woo agenda`: the coming deadlines of every request, and an ICS calendar of them.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { addDays, formatDateShort, type IsoDate } from '../core/dates.js';
import { CannotError } from '../core/errors.js';
import type { WooEvent } from '../core/schema/event.js';
import { renderIcs } from '../render/ics.js';
import type { AppContext } from './context.js';
import { DEADLINE_NAMES, wrapText } from './deadline-format.js';
import { summarise } from './summary.js';

export interface AgendaItem {
  id: string;
  body: string;
  title: string;
  kind: string;
  date: IsoDate;
  basis: string;
  explanation: string;
  /** The body's decision deadline has passed without a decision. */
  overdue: boolean;
  /** A step the requester may take from a date that has passed and has not been taken yet. */
  openNow: boolean;
}

export interface AgendaResult {
  items: AgendaItem[];
  until: IsoDate;
  icsFile?: string;
  problems: string[];
}

/** What the requester can do on each kind of date, for the calendar entry. */
const ACTIONS: Record<string, string> = {
  decision: 'uiterste beslisdatum van het bestuursorgaan',
  notice_of_default_from: 'vanaf deze dag kunt u een ingebrekestelling sturen (woo letter <id> notice-of-default)',
  acknowledgement_missing: 'geen ontvangstbevestiging tien dagen na verzending; vraag om bevestiging van de ontvangst en de datum daarvan (woo send <id> reminder). Dit is geen ingebrekestelling: de termijn loopt nog',
  appeal_from: 'vanaf deze dag kunt u beroep instellen wegens niet tijdig beslissen',
  objection: 'laatste dag om bezwaar te maken (woo letter <id> objection)',
  objection_decision: 'uiterste datum voor de beslissing op bezwaar',
  court_appeal: 'laatste dag om beroep in te stellen bij de rechtbank',
};

/** The event that takes the step a "from" date opens. */
const TAKEN_BY: Partial<Record<string, WooEvent['type']>> = {
  notice_of_default_from: 'notice-of-default',
  appeal_from: 'appeal-lodged',
};

export async function runAgenda(options: { days: number; ics?: string; cwd: string; all?: boolean }, ctx: AppContext): Promise<AgendaResult> {
  const until = addDays(ctx.today, options.days);
  const { requests, problems } = await ctx.workspace.listRequests();
  const items: AgendaItem[] = [];
  for (const request of requests) {
    if (request.archived && !options.all) continue;
    const summary = summarise(request, ctx.today);
    for (const d of summary.deadlines?.deadlines ?? []) {
      const overdue = d.kind === 'decision' && summary.overdue;
      // Past "from" dates stay on the agenda until the step is taken: that is when it matters.
      const taken = TAKEN_BY[d.kind];
      const openNow = taken !== undefined && d.date < ctx.today && !request.events.some((e) => e.type === taken);
      if (!overdue && !openNow && (d.date < ctx.today || d.date > until)) continue;
      items.push({ id: request.id, body: request.body.name, title: request.title, kind: d.kind, date: d.date, basis: d.basis, explanation: d.explanation, overdue, openNow });
    }
    const ack = summary.acknowledgementMissing;
    if (ack) items.push({ id: request.id, body: request.body.name, title: request.title, kind: 'acknowledgement_missing', date: ack.since, basis: ack.basis, explanation: `verzonden op ${formatDateShort(ack.sent)}; de beslistermijn loopt vanaf de ontvangst (art. 4.4 lid 1 Woo)`, overdue: false, openNow: true });
  }
  items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id.localeCompare(b.id)));
  let icsFile: string | undefined;
  if (options.ics) {
    icsFile = resolve(options.cwd, options.ics);
    const ics = renderIcs(
      items.filter((i) => !i.overdue && !i.openNow).map((i) => ({
        uid: `${i.id}-${i.kind}@woo`,
        date: i.date,
        summary: `Woo: ${DEADLINE_NAMES[i.kind] ?? i.kind} — ${i.body} (${i.id})`,
        description: `${ACTIONS[i.kind]?.replace('<id>', i.id) ?? ''}. ${i.explanation} (${i.basis})`,
      })),
      { now: ctx.today },
    );
    try {
      await writeFile(icsFile, ics);
    } catch (e) {
      throw new CannotError(`Kan ${icsFile} niet schrijven: ${(e as Error).message}.`);
    }
  }
  return { items, until, ...(icsFile ? { icsFile } : {}), problems: problems.map((p) => p.message) };
}

export function formatAgenda(result: AgendaResult): string {
  if (result.items.length === 0) return `Geen termijnen tot en met ${formatDateShort(result.until)}.`;
  const lines = [`Termijnen tot en met ${formatDateShort(result.until)}:`, ''];
  for (const i of result.items) {
    const flag = i.overdue ? 'TE LAAT  ' : i.openNow ? 'NU       ' : '';
    lines.push(`${formatDateShort(i.date).padEnd(16)} ${flag}${(DEADLINE_NAMES[i.kind] ?? i.kind).padEnd(24)} ${i.id} — ${i.body}`);
    lines.push(`${' '.repeat(17)}${wrapText(ACTIONS[i.kind]?.replace('<id>', i.id) ?? '', 80, ' '.repeat(17))}`);
  }
  return lines.join('\n');
}
