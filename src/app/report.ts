// `woo report`: counts across requests — outcomes per point, refusal grounds, time to decision,
// adjournments and late decisions — grouped by body, template, year or batch.
import { daysBetween } from '../core/dates.js';
import { pointStates } from '../core/outcomes.js';
import { isFinalDecision } from '../core/schema/event.js';
import { OUTCOMES, type Outcome } from '../core/schema/outcome.js';
import type { WooRequest } from '../core/schema/request.js';
import type { AppContext } from './context.js';
import { deadlinesOf } from './summary.js';

export const REPORT_GROUPS = ['body', 'template', 'year', 'batch'] as const;
export type ReportGroup = (typeof REPORT_GROUPS)[number];

export type OutcomeCount = Record<Outcome | 'pending', number>;

export interface ReportRow {
  key: string;
  requests: number;
  points: number;
  outcomes: OutcomeCount;
  grounds: Record<string, number>;
  decided: number;
  /** Days from receipt to the final decision, per decided request. */
  days: number[];
  medianDays: number | null;
  adjourned: number;
  /** Final decisions after the decision deadline. */
  late: number;
  /** Undecided requests whose decision deadline has passed. */
  overdue: number;
}

export interface Report {
  by: ReportGroup;
  rows: ReportRow[];
  total: ReportRow;
  problems: string[];
}

function emptyRow(key: string): ReportRow {
  return { key, requests: 0, points: 0, outcomes: Object.fromEntries([...OUTCOMES, 'pending'].map((o) => [o, 0])) as OutcomeCount, grounds: {}, decided: 0, days: [], medianDays: null, adjourned: 0, late: 0, overdue: 0 };
}

function groupKey(r: WooRequest, by: ReportGroup): string {
  if (by === 'body') return r.body.name;
  if (by === 'template') return r.template;
  if (by === 'batch') return r.batch ?? '(geen reeks)';
  const received = r.events.find((e) => e.type === 'received') ?? r.events.find((e) => e.type === 'sent');
  return (received?.date ?? r.created).slice(0, 4);
}

function add(row: ReportRow, r: WooRequest, today: string): void {
  row.requests++;
  row.points += r.points.length;
  for (const p of pointStates(r)) {
    row.outcomes[p.outcome ?? 'pending']++;
    for (const o of p.recorded) for (const g of o.grounds) row.grounds[g] = (row.grounds[g] ?? 0) + 1;
  }
  if (r.events.some((e) => e.type === 'adjourned')) row.adjourned++;
  const report = deadlinesOf(r, today);
  const deadline = report?.deadlines.find((d) => d.kind === 'decision');
  const final = r.events.find(isFinalDecision);
  if (final) {
    row.decided++;
    if (report) row.days.push(daysBetween(report.received, final.date));
    if (deadline && final.date > deadline.date) row.late++;
  } else if (deadline && deadline.date < today && !r.events.some((e) => e.type === 'withdrawn')) row.overdue++;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : Math.round((s[mid - 1] + s[mid]) / 2);
}

export function buildReport(requests: WooRequest[], by: ReportGroup, today: string): Omit<Report, 'problems'> {
  const rows = new Map<string, ReportRow>();
  const total = emptyRow('totaal');
  for (const r of requests) {
    const key = groupKey(r, by);
    if (!rows.has(key)) rows.set(key, emptyRow(key));
    add(rows.get(key)!, r, today);
    add(total, r, today);
  }
  const sorted = [...rows.values()].sort((a, b) => b.requests - a.requests || a.key.localeCompare(b.key, 'nl'));
  for (const row of [...sorted, total]) row.medianDays = median(row.days);
  return { by, rows: sorted, total };
}

export async function runReport(options: { by: ReportGroup }, ctx: AppContext): Promise<Report> {
  const { requests, problems } = await ctx.workspace.listRequests();
  return { ...buildReport(requests, options.by, ctx.today), problems: problems.map((p) => p.message) };
}
