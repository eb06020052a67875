// `woo list`: every request with its body, title, status and next deadline.
import { formatDateShort } from '../core/dates.js';
import { CannotError } from '../core/errors.js';
import { isOpen, type RequestStatus } from '../core/request/status.js';
import type { WooRequest } from '../core/schema/request.js';
import { indexedRequests } from '../store/request-index.js';
import type { AppContext } from './context.js';
import { DEADLINE_NAMES } from './deadline-format.js';
import { summarise } from './summary.js';

/** `current`: every request not archived (the default); `all` includes the archived ones. */
export type ListFilter = 'current' | 'all' | 'open' | 'overdue';

export interface ListRow {
  id: string;
  body: string;
  title: string;
  status: RequestStatus;
  statusLabel: string;
  overdue: boolean;
  created: string;
  next: { kind: string; date: string } | null;
  batch?: string;
  assignee?: string;
  archived?: string;
  /** Sent ten days ago or more without any sign it arrived: ask for an acknowledgement. */
  acknowledgementMissing?: { sent: string; since: string };
}

export interface ListResult {
  rows: ListRow[];
  problems: { file: string; message: string }[];
}

function keep(filter: ListFilter, row: ListRow): boolean {
  if (filter === 'open') return isOpen(row.status) || row.status === 'draft';
  if (filter === 'overdue') return row.overdue;
  return true;
}

/** What woo list shows of one request (kept per request and day in the workspace index). */
export function listRow(r: WooRequest, today: string): ListRow {
  const s = summarise(r, today);
  return {
    id: r.id,
    body: r.body.name,
    title: r.title,
    status: s.status,
    statusLabel: s.statusLabel,
    overdue: s.overdue,
    created: r.created,
    next: s.next ? { kind: s.next.kind, date: s.next.date } : null,
    ...(r.batch ? { batch: r.batch } : {}),
    ...(r.assignee ? { assignee: r.assignee } : {}),
    ...(r.archived ? { archived: r.archived } : {}),
    ...(s.acknowledgementMissing ? { acknowledgementMissing: { sent: s.acknowledgementMissing.sent, since: s.acknowledgementMissing.since } } : {}),
  };
}

export function listRows(rows: ListRow[], filter: ListFilter, batch?: string): ListRow[] {
  return (
    rows
      .filter((r) => batch === undefined || r.batch === batch)
      // Archived requests show only with --all.
      .filter((r) => filter === 'all' || !r.archived)
      .filter((r) => keep(filter, r))
  );
}

export interface ListOptions {
  filter: ListFilter;
  batch?: string;
  /** Only the requests assigned to the user of this profile (woo assign). */
  mine?: boolean;
}

export async function runList(options: ListOptions, ctx: AppContext): Promise<ListResult> {
  const listing = await indexedRequests(ctx.workspace, { view: 'list', module: import.meta.url, today: ctx.today, derive: (r) => listRow(r, ctx.today) });
  const { problems } = listing;
  let rows = listing.entries;
  if (options.mine) {
    const me = (await ctx.workspace.readProfile()).name;
    if (!me) throw new CannotError('--mine heeft uw naam nodig, maar het profiel heeft er geen.', 'Vul hem in met woo profile --name "Uw Naam".');
    rows = rows.filter((r) => r.assignee === me);
  }
  if (options.batch !== undefined && !rows.some((r) => r.batch === options.batch)) {
    const known = [...new Set(rows.map((r) => r.batch).filter((b) => b !== undefined))];
    throw new CannotError(`Onbekende reeks: "${options.batch}".`, known.length > 0 ? `Reeksen in deze werkmap: ${known.join(', ')}.` : 'Deze werkmap heeft nog geen reeksen; maak er een met woo new <sjabloon> --bodies ….');
  }
  return {
    rows: listRows(rows, options.filter, options.batch),
    problems: problems.map((p) => ({ file: p.file, message: p.message })),
  };
}

function cut(text: string, width: number): string {
  return text.length <= width ? text.padEnd(width) : `${text.slice(0, width - 1)}…`;
}

function nextLabel(r: ListRow): string {
  return r.next ? `${DEADLINE_NAMES[r.next.kind] ?? r.next.kind} ${formatDateShort(r.next.date)}` : '—';
}

/**
 * The rows of one batch: the topic is the same for all, so it is said once, and the column goes to
 * the body's name, which is what tells the requests apart; a tally per status shows how the batch is doing.
 */
function formatBatchList(batch: string, rows: ListRow[]): string {
  const idW = Math.max(2, ...rows.map((r) => r.id.length));
  const bodyW = Math.min(44, Math.max(14, ...rows.map((r) => r.body.length)));
  const tally = new Map<string, number>();
  for (const r of rows) tally.set(r.statusLabel, (tally.get(r.statusLabel) ?? 0) + 1);
  const overdue = rows.filter((r) => r.overdue).length;
  const lines = [
    `Reeks ${batch}: ${rows[0].title}`,
    `${rows.length} ${rows.length === 1 ? 'verzoek' : 'verzoeken'}: ${[...tally].map(([label, n]) => `${n} ${label}`).join(', ')}${overdue > 0 ? ` (${overdue} over de termijn)` : ''}`,
    '',
    `${cut('Id', idW)}  ${cut('Bestuursorgaan', bodyW)}  ${cut('Status', 20)}  ${cut('Volgende termijn', 38)}  Aangemaakt`,
    ...rows.map((r) => `${cut(r.id, idW)}  ${cut(r.body, bodyW)}  ${cut(r.statusLabel, 20)}  ${cut(nextLabel(r), 38)}  ${r.created}`),
  ];
  return `${lines.join('\n')}${missingAcknowledgementNote(rows)}`;
}

/** Below the table: the requests still without a sign of receipt ten days after sending. */
function missingAcknowledgementNote(rows: ListRow[]): string {
  const missing = rows.filter((r) => r.acknowledgementMissing);
  if (missing.length === 0) return '';
  return `\n\nGeen ontvangstbevestiging, tien dagen of langer na verzending:\n${missing
    .map((r) => `  ${r.id} (verzonden ${formatDateShort(r.acknowledgementMissing!.sent)}): vraag erom met woo send ${r.id} reminder`)
    .join('\n')}`;
}

/** The list in one section per assignee (woo list --by-assignee); unassigned requests last. */
export function formatByAssignee(rows: ListRow[]): string {
  const groups = new Map<string, ListRow[]>();
  for (const r of [...rows].sort((a, b) => (a.assignee ?? '\uffff').localeCompare(b.assignee ?? '\uffff'))) {
    const key = r.assignee ?? '(niet toegewezen)';
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups].map(([who, group]) => `Behandelaar: ${who} (${group.length})\n${formatList(group)}`).join('\n\n') || formatList([]);
}

export function formatList(rows: ListRow[]): string {
  if (rows.length === 0) return 'Geen verzoeken. Begin met: woo new';
  const batch = rows[0].batch;
  if (batch !== undefined && rows.every((r) => r.batch === batch)) return formatBatchList(batch, rows);
  const header = ['Id', 'Bestuursorgaan', 'Onderwerp', 'Status', 'Volgende termijn', 'Aangemaakt'];
  const idW = Math.max(2, ...rows.map((r) => r.id.length));
  const lines = [`${cut(header[0], idW)}  ${cut(header[1], 24)}  ${cut(header[2], 28)}  ${cut(header[3], 20)}  ${cut(header[4], 38)}  ${header[5]}`];
  for (const r of rows) {
    lines.push(`${cut(r.id, idW)}  ${cut(r.body, 24)}  ${cut(r.title, 28)}  ${cut(r.statusLabel, 20)}  ${cut(nextLabel(r), 38)}  ${r.created}`);
  }
  return `${lines.join('\n')}${missingAcknowledgementNote(rows)}`;
}
