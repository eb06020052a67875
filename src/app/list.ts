// `woo list`: every request with its body, title, status and next deadline.
import { formatDateShort } from '../core/dates.js';
import { isOpen } from '../core/request/status.js';
import type { WooRequest } from '../core/schema/request.js';
import type { AppContext } from './context.js';
import { DEADLINE_NAMES } from './deadline-format.js';
import { summarise, type RequestSummary } from './summary.js';

export type ListFilter = 'all' | 'open' | 'overdue';

export interface ListRow {
  id: string;
  body: string;
  title: string;
  status: string;
  statusLabel: string;
  overdue: boolean;
  created: string;
  next: { kind: string; date: string } | null;
  batch?: string;
}

export interface ListResult {
  rows: ListRow[];
  problems: { file: string; message: string }[];
}

function keep(filter: ListFilter, summary: RequestSummary): boolean {
  if (filter === 'open') return isOpen(summary.status) || summary.status === 'draft';
  if (filter === 'overdue') return summary.overdue;
  return true;
}

export function listRows(requests: WooRequest[], today: string, filter: ListFilter, batch?: string): ListRow[] {
  return requests
    .filter((r) => batch === undefined || r.batch === batch)
    .map((r) => ({ r, s: summarise(r, today) }))
    .filter(({ s }) => keep(filter, s))
    .map(({ r, s }) => ({
      id: r.id,
      body: r.body.name,
      title: r.title,
      status: s.status,
      statusLabel: s.statusLabel,
      overdue: s.overdue,
      created: r.created,
      next: s.next ? { kind: s.next.kind, date: s.next.date } : null,
      ...(r.batch ? { batch: r.batch } : {}),
    }));
}

export async function runList(options: { filter: ListFilter; batch?: string }, ctx: AppContext): Promise<ListResult> {
  const { requests, problems } = await ctx.workspace.listRequests();
  return {
    rows: listRows(requests, ctx.today, options.filter, options.batch),
    problems: problems.map((p) => ({ file: p.file, message: p.message })),
  };
}

function cut(text: string, width: number): string {
  return text.length <= width ? text.padEnd(width) : `${text.slice(0, width - 1)}…`;
}

export function formatList(rows: ListRow[]): string {
  if (rows.length === 0) return 'Geen verzoeken. Begin met: woo new';
  const header = ['Id', 'Bestuursorgaan', 'Onderwerp', 'Status', 'Volgende termijn', 'Aangemaakt'];
  const idW = Math.max(2, ...rows.map((r) => r.id.length));
  const lines = [`${cut(header[0], idW)}  ${cut(header[1], 24)}  ${cut(header[2], 28)}  ${cut(header[3], 20)}  ${cut(header[4], 34)}  ${header[5]}`];
  for (const r of rows) {
    const next = r.next ? `${DEADLINE_NAMES[r.next.kind] ?? r.next.kind} ${formatDateShort(r.next.date)}` : '—';
    lines.push(`${cut(r.id, idW)}  ${cut(r.body, 24)}  ${cut(r.title, 28)}  ${cut(r.statusLabel, 20)}  ${cut(next, 34)}  ${r.created}`);
  }
  return lines.join('\n');
}
