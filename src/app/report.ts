// `woo report`: counts across requests — outcomes per point, refusal grounds, time to decision,
// adjournments and late decisions — grouped by body, template, year or batch.
import { daysBetween } from '../core/dates.js';
import { pointStates } from '../core/outcomes.js';
import { isFinalDecision } from '../core/schema/event.js';
import { OUTCOMES, type Outcome } from '../core/schema/outcome.js';
import type { WooRequest } from '../core/schema/request.js';
import { indexedRequests } from '../store/request-index.js';
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

/** What the report counts of one request (kept per request and day in the workspace index). */
export interface ReportFacts {
  body: string;
  template: string;
  batch?: string;
  year: string;
  points: number;
  outcomes: Partial<OutcomeCount>;
  grounds: Record<string, number>;
  adjourned: boolean;
  decided: boolean;
  /** Days from receipt to the final decision. */
  days?: number;
  late: boolean;
  overdue: boolean;
}

export function reportFacts(r: WooRequest, today: string): ReportFacts {
  const outcomes: Partial<OutcomeCount> = {};
  const grounds: Record<string, number> = {};
  for (const p of pointStates(r)) {
    const o = p.outcome ?? 'pending';
    outcomes[o] = (outcomes[o] ?? 0) + 1;
    for (const recorded of p.recorded) for (const g of recorded.grounds) grounds[g] = (grounds[g] ?? 0) + 1;
  }
  const received = r.events.find((e) => e.type === 'received') ?? r.events.find((e) => e.type === 'sent');
  const report = deadlinesOf(r, today);
  const deadline = report?.deadlines.find((d) => d.kind === 'decision');
  const final = r.events.find(isFinalDecision);
  return {
    body: r.body.name,
    template: r.template,
    ...(r.batch ? { batch: r.batch } : {}),
    year: (received?.date ?? r.created).slice(0, 4),
    points: r.points.length,
    outcomes,
    grounds,
    adjourned: r.events.some((e) => e.type === 'adjourned'),
    decided: Boolean(final),
    ...(final && report ? { days: daysBetween(report.received, final.date) } : {}),
    late: Boolean(final && deadline && final.date > deadline.date),
    overdue: Boolean(!final && deadline && deadline.date < today && !r.events.some((e) => e.type === 'withdrawn')),
  };
}

function groupKey(f: ReportFacts, by: ReportGroup): string {
  if (by === 'body') return f.body;
  if (by === 'template') return f.template;
  if (by === 'batch') return f.batch ?? '(geen reeks)';
  return f.year;
}

function add(row: ReportRow, f: ReportFacts): void {
  row.requests++;
  row.points += f.points;
  for (const [o, n] of Object.entries(f.outcomes) as [keyof OutcomeCount, number][]) row.outcomes[o] += n;
  for (const [g, n] of Object.entries(f.grounds)) row.grounds[g] = (row.grounds[g] ?? 0) + n;
  if (f.adjourned) row.adjourned++;
  if (f.decided) row.decided++;
  if (f.days !== undefined) row.days.push(f.days);
  if (f.late) row.late++;
  if (f.overdue) row.overdue++;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : Math.round((s[mid - 1] + s[mid]) / 2);
}

export function buildReport(facts: ReportFacts[], by: ReportGroup): Omit<Report, 'problems'> {
  const rows = new Map<string, ReportRow>();
  const total = emptyRow('totaal');
  for (const f of facts) {
    const key = groupKey(f, by);
    if (!rows.has(key)) rows.set(key, emptyRow(key));
    add(rows.get(key)!, f);
    add(total, f);
  }
  const sorted = [...rows.values()].sort((a, b) => b.requests - a.requests || a.key.localeCompare(b.key, 'nl'));
  for (const row of [...sorted, total]) row.medianDays = median(row.days);
  return { by, rows: sorted, total };
}

export async function runReport(options: { by: ReportGroup }, ctx: AppContext): Promise<Report> {
  const { entries, problems } = await indexedRequests(ctx.workspace, { view: 'report', module: import.meta.url, today: ctx.today, derive: (r) => reportFacts(r, ctx.today) });
  return { ...buildReport(entries, options.by), problems: problems.map((p) => p.message) };
}
