// `woo agenda`: the coming deadlines of every request, and an ICS calendar of them.
import { resolve } from 'node:path';
import { addDays, formatDateShort, type IsoDate } from '../core/dates.js';
import { isStepDate, stepTaken, type Alternative, type Concerns } from '../core/law/index.js';
import type { WooRequest } from '../core/schema/request.js';
import { writeOutputFile } from '../store/output-file.js';
import { indexedRequests } from '../store/request-index.js';
import { agendaIcs } from './agenda-ics.js';
import { wrapParagraph } from '../render/screen.js';
import type { AppContext } from './context.js';
import { concernsLabel, DEADLINE_NAMES } from './deadline-format.js';
import { summarise } from './summary.js';

export interface AgendaItem {
  id: string;
  body: string;
  title: string;
  kind: string;
  date: IsoDate;
  basis: string;
  explanation: string;
  /** The other reading of the date where the law can be read two ways. */
  alternatives: Alternative[];
  /** The body's decision deadline has passed without a decision. */
  overdue: boolean;
  /** A step the requester may take from a date that has passed and has not been taken yet. */
  openNow: boolean;
  /** For the deadlines of a partial decision: which decision. */
  concerns?: Concerns;
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
  appeal_from: 'vanaf deze dag kunt u beroep instellen wegens niet tijdig beslissen (woo letter <id> appeal-for-lateness)',
  objection: 'laatste dag om bezwaar te maken (woo letter <id> objection)',
  objection_decision: 'uiterste datum voor de beslissing op bezwaar',
  objection_notice_of_default_from: 'vanaf deze dag kunt u een ingebrekestelling sturen over de beslissing op bezwaar (woo letter <id> notice-of-default)',
  objection_appeal_from: 'vanaf deze dag kunt u beroep instellen wegens niet tijdig beslissen op bezwaar (woo letter <id> appeal-for-lateness)',
  court_appeal: 'laatste dag om beroep in te stellen bij de rechtbank',
  court_ruling: 'de rechter hoort binnen acht weken uitspraak te doen (met zitting zo mogelijk dertien)',
  court_order: 'uiterste datum voor het besluit die de rechter stelde; daarna loopt de dwangsom van de uitspraak',
  disclosure: 'de documenten worden uiterlijk op deze dag verstrekt (er is een derde gehoord)',
};

/** A week and a day before each date, unless --remind says otherwise. */
const DEFAULT_REMINDERS = [7, 1];

/**
 * The agenda items of one request before the --days cut: every deadline that is ahead, overdue or a
 * step open now, and a missing acknowledgement (kept per request and day in the workspace index).
 */
export function agendaEntry(request: WooRequest, today: IsoDate): { archived: boolean; items: AgendaItem[] } {
  const summary = summarise(request, today);
  const items: AgendaItem[] = [];
  for (const d of summary.deadlines?.deadlines ?? []) {
    const overdue = (d.kind === 'decision' || d.kind === 'objection_decision') && summary.overdue && d.date < today;
    // Past "from" dates stay on the agenda until the step is taken: that is when it matters.
    const openNow = isStepDate(d.kind) && d.date < today && !stepTaken(request.events, d);
    if (!overdue && !openNow && d.date < today) continue;
    const item = { id: request.id, body: request.body.name, title: request.title, kind: d.kind, date: d.date, basis: d.basis, explanation: d.explanation, alternatives: d.alternatives, overdue, openNow };
    items.push(d.concerns ? { ...item, concerns: d.concerns } : item);
  }
  const ack = summary.acknowledgementMissing;
  if (ack) items.push({ id: request.id, body: request.body.name, title: request.title, kind: 'acknowledgement_missing', date: ack.since, basis: ack.basis, explanation: `verzonden op ${formatDateShort(ack.sent)}; de beslistermijn loopt vanaf de ontvangst (art. 4.4 lid 1 Woo)`, alternatives: [], overdue: false, openNow: true });
  return { archived: Boolean(request.archived), items };
}

/** Up to `until`; what is late or open now stays whatever its date. */
const due = (items: AgendaItem[], until: IsoDate) => items.filter((i) => i.overdue || i.openNow || i.date <= until);
const byDate = (a: AgendaItem, b: AgendaItem) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id.localeCompare(b.id));

export async function runAgenda(options: { days: number; ics?: string; remind?: number[]; force: boolean; cwd: string; all?: boolean }, ctx: AppContext): Promise<AgendaResult> {
  const until = addDays(ctx.today, options.days);
  if (!options.ics) {
    const { entries, problems } = await indexedRequests(ctx.workspace, { view: 'agenda', module: import.meta.url, today: ctx.today, derive: (r) => agendaEntry(r, ctx.today) });
    const items = entries.filter((e) => options.all || !e.archived).flatMap((e) => due(e.items, until));
    return { items: items.sort(byDate), until, problems: problems.map((p) => p.message) };
  }
  // The calendar needs each request's history (UIDs, sequence numbers): read the files themselves.
  const { requests, problems } = await ctx.workspace.listRequests();
  const entries = requests.filter((r) => options.all || !r.archived).flatMap((request) => due(agendaEntry(request, ctx.today).items, until).map((item) => ({ item, request })));
  entries.sort((a, b) => byDate(a.item, b.item));
  const items = entries.map((e) => e.item);
  const icsFile = resolve(options.cwd, options.ics);
  const ics = agendaIcs(entries, { today: ctx.today, reminders: options.remind ?? DEFAULT_REMINDERS, actions: ACTIONS });
  await writeOutputFile(icsFile, ics, { workspaceRoot: ctx.workspace.root, force: options.force, ...(ctx.ask ? { ask: ctx.ask } : {}) });
  return { items, until, icsFile, problems: problems.map((p) => p.message) };
}

/**
 * One entry per deadline: the date, the flag (TE LAAT, NU) and the kind first, never cut; the
 * request and body on the same line when there is room, else on the next; then what to do, wrapped.
 */
export function formatAgenda(result: AgendaResult, width: number): string {
  if (result.items.length === 0) return `Geen termijnen tot en met ${formatDateShort(result.until)}.`;
  const lines = [`Termijnen tot en met ${formatDateShort(result.until)}:`, ''];
  const dateW = Math.max(...result.items.map((i) => formatDateShort(i.date).length));
  const flagW = result.items.some((i) => i.overdue || i.openNow) ? 'TE LAAT'.length + 2 : 0;
  const kindW = Math.max(...result.items.map((i) => (DEADLINE_NAMES[i.kind] ?? i.kind).length));
  const indent = ' '.repeat(dateW + 2);
  for (const i of result.items) {
    const flag = (i.overdue ? 'TE LAAT' : i.openNow ? 'NU' : '').padEnd(flagW);
    const head = `${formatDateShort(i.date).padEnd(dateW)}  ${flag}${(DEADLINE_NAMES[i.kind] ?? i.kind).padEnd(kindW)}  `;
    const about = `${i.id} — ${i.body}${i.concerns ? ` (${concernsLabel(i.concerns)})` : ''}`;
    if (head.length + about.length <= width) lines.push(`${head}${about}`);
    else if (head.length + i.id.length <= width) lines.push(`${head}${i.id}`, `${indent}${wrapParagraph(about.slice(i.id.length + 3), width, indent)}`);
    else lines.push(head.trimEnd(), `${indent}${wrapParagraph(about, width, indent)}`);
    lines.push(`${indent}${wrapParagraph(ACTIONS[i.kind]?.replace('<id>', i.id) ?? '', width, indent)}`);
  }
  return lines.join('\n');
}
