// `woo list`: every request with its body, title, status and next deadline.
import { formatDateShort } from '../core/dates.js';
import { CannotError } from '../core/errors.js';
import { isOpen, type RequestStatus } from '../core/request/status.js';
import type { WooRequest } from '../core/schema/request.js';
import { indexedRequests } from '../store/request-index.js';
import type { AppContext } from './context.js';
import { wrapParagraph } from '../render/screen.js';
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

/** A column of the table: its heading, its text per row, and whether it may be cut short. */
interface Column {
  heading: string;
  cell(r: ListRow): string;
  /** Cut to fit, never narrower than this; absent: never cut (ids, status, deadlines). */
  shrinkTo?: number;
  /** At most this wide, even when there is room. */
  max?: number;
}

const GAP = 2;

/**
 * The widths of the columns on one line of `width` columns, or undefined when they do not fit:
 * columns that may not be cut get their full width, the others share what is left.
 */
function fitColumns(columns: Column[], rows: ListRow[], width: number): number[] | undefined {
  const natural = columns.map((c) => Math.min(c.max ?? Infinity, Math.max(c.heading.length, ...rows.map((r) => c.cell(r).length))));
  let spare = width - GAP * (columns.length - 1) - natural.reduce((a, b) => a + b, 0);
  const widths = [...natural];
  // Take room from the cuttable columns, the widest first, down to their minimum.
  for (const i of columns.map((_, i) => i).filter((i) => columns[i].shrinkTo !== undefined).sort((a, b) => natural[b] - natural[a])) {
    if (spare >= 0) break;
    const take = Math.min(-spare, widths[i] - Math.min(widths[i], columns[i].shrinkTo!));
    widths[i] -= take;
    spare += take;
  }
  return spare >= 0 ? widths : undefined;
}

function tableLine(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === cells.length - 1 ? (c.length <= widths[i] ? c : cut(c, widths[i])) : cut(c, widths[i]))).join(' '.repeat(GAP));
}

const STATUS: Column = { heading: 'Status', cell: (r) => r.statusLabel };
const NEXT: Column = { heading: 'Volgende termijn', cell: nextLabel };
const ID: Column = { heading: 'Id', cell: (r) => r.id };
const CREATED: Column = { heading: 'Aangemaakt', cell: (r) => r.created };

/**
 * The table on one line per request when it fits the width (with the creation date when there is
 * room for it); otherwise two lines per request: the id with what it is about, then the status
 * and the next deadline, which are never cut (they are what `woo list` is for).
 */
function formatTable(rows: ListRow[], columns: Column[], about: (r: ListRow) => string, aboutHeading: string, width: number): string[] {
  for (const cols of [[...columns, CREATED], columns]) {
    const widths = fitColumns(cols, rows, width);
    if (widths) return [tableLine(cols.map((c) => c.heading), widths), ...rows.map((r) => tableLine(cols.map((c) => c.cell(r)), widths))];
  }
  const idW = Math.max(...rows.map((r) => r.id.length));
  const statusW = Math.max(STATUS.heading.length, ...rows.map((r) => r.statusLabel.length));
  const aligned = idW + GAP + 20 <= width;
  const card = (id: string, what: string, status: string, next: string): string[] => {
    const head = `${aligned ? id.padEnd(idW) : id}${' '.repeat(GAP)}`;
    return [`${head}${cut(what, Math.max(10, width - head.length)).trimEnd()}`, `  ${status.padEnd(statusW)}${' '.repeat(GAP)}${next}`];
  };
  return [...card('Id', aboutHeading, 'Status', 'Volgende termijn'), ...rows.flatMap((r) => card(r.id, about(r), r.statusLabel, nextLabel(r)))];
}

/**
 * The rows of one batch: the topic is the same for all, so it is said once, and the column goes to
 * the body's name, which is what tells the requests apart; a tally per status shows how the batch is doing.
 */
function formatBatchList(batch: string, rows: ListRow[], width: number): string {
  const tally = new Map<string, number>();
  for (const r of rows) tally.set(r.statusLabel, (tally.get(r.statusLabel) ?? 0) + 1);
  const overdue = rows.filter((r) => r.overdue).length;
  const lines = [
    `Reeks ${batch}: ${wrapParagraph(rows[0].title, width, '  ', `Reeks ${batch}: `)}`,
    wrapParagraph(`${rows.length} ${rows.length === 1 ? 'verzoek' : 'verzoeken'}: ${[...tally].map(([label, n]) => `${n} ${label}`).join(', ')}${overdue > 0 ? ` (${overdue} over de termijn)` : ''}`, width, '  '),
    '',
    ...formatTable(rows, [ID, { heading: 'Bestuursorgaan', cell: (r) => r.body, shrinkTo: 14, max: 44 }, STATUS, NEXT], (r) => r.body, 'Bestuursorgaan', width),
  ];
  return `${lines.join('\n')}${missingAcknowledgementNote(rows, width)}`;
}

/** Below the table: the requests still without a sign of receipt ten days after sending. */
function missingAcknowledgementNote(rows: ListRow[], width: number): string {
  const missing = rows.filter((r) => r.acknowledgementMissing);
  if (missing.length === 0) return '';
  const commands = missing.map((r) => `woo send ${r.id} reminder`);
  const w = Math.max(...commands.map((c) => c.length));
  return `\n\n${wrapParagraph('Geen ontvangstbevestiging, tien dagen of langer na verzending; vraag erom met:', width, '')}\n${missing
    .map((r, i) => `  ${commands[i].padEnd(w)}  (verzonden ${formatDateShort(r.acknowledgementMissing!.sent)})`)
    .join('\n')}`;
}

/** The list in one section per assignee (woo list --by-assignee); unassigned requests last. */
export function formatByAssignee(rows: ListRow[], width: number): string {
  const groups = new Map<string, ListRow[]>();
  for (const r of [...rows].sort((a, b) => (a.assignee ?? '\uffff').localeCompare(b.assignee ?? '\uffff'))) {
    const key = r.assignee ?? '(niet toegewezen)';
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups].map(([who, group]) => `Behandelaar: ${who} (${group.length})\n${formatList(group, width)}`).join('\n\n') || formatList([], width);
}

export function formatList(rows: ListRow[], width: number): string {
  if (rows.length === 0) return 'Geen verzoeken. Begin met: woo new';
  const batch = rows[0].batch;
  if (batch !== undefined && rows.every((r) => r.batch === batch)) return formatBatchList(batch, rows, width);
  const columns: Column[] = [ID, { heading: 'Bestuursorgaan', cell: (r) => r.body, shrinkTo: 16, max: 24 }, { heading: 'Onderwerp', cell: (r) => r.title, shrinkTo: 16, max: 40 }, STATUS, NEXT];
  return `${formatTable(rows, columns, (r) => `${r.body}: ${r.title}`, 'Bestuursorgaan: onderwerp', width).join('\n')}${missingAcknowledgementNote(rows, width)}`;
}
