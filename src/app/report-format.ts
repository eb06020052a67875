// The report as an aligned table with totals and percentages, or as CSV (RFC 4180, or Dutch Excel).
import { formatCsv, type CsvDialect } from '../core/csv.js';
import { groundByCode } from '../core/grounds.js';
import { capitalise } from '../core/text.js';
import { OUTCOME_LABELS, OUTCOMES } from '../core/schema/outcome.js';
import type { Report, ReportRow } from './report.js';

const GROUP_NAMES = { body: 'Bestuursorgaan', template: 'Sjabloon', year: 'Jaar', batch: 'Reeks' } as const;
const SHORT: Record<string, string> = {
  public: 'openb.',
  partial_public: 'deels',
  not_public: 'niet',
  already_public: 'reeds',
  nothing_found: 'geen doc.',
  referred: 'verwezen',
  forwarded: 'doorgez.',
  unanswered: 'onbeantw.',
  pending: 'wacht',
};
const COLUMNS = [...OUTCOMES, 'pending'] as const;

export function pct(n: number, of: number): string {
  return of === 0 ? '' : `${Math.round((100 * n) / of)}%`;
}

export function table(header: string[], rows: string[][], rightAlign: (i: number) => boolean): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (rightAlign(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(0, -1).map(line), widths.map((w) => '─'.repeat(w)).join('  '), line(rows.at(-1)!)].join('\n');
}

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/** One line per refusal ground, most used first: code, count and the protected interest. */
export function groundLines(counts: Record<string, number>): string[] {
  const grounds = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  return grounds.length ? grounds.map(([code, n]) => `  ${code.padEnd(10)} ${String(n).padStart(4)}×  ${groundByCode(code)?.short ?? ''}`) : ['  (geen)'];
}

export function formatReport(report: Report): string {
  const all = [...report.rows, report.total];
  const name = (r: ReportRow) => clip(r.key, 32);
  const overview = table(
    [GROUP_NAMES[report.by], 'verzoeken', 'punten', 'besloten', 'dagen (mediaan)', 'verdaagd', 'te laat besloten', 'nu te laat'],
    all.map((r) => [name(r), String(r.requests), String(r.points), String(r.decided), r.medianDays === null ? '—' : String(r.medianDays), String(r.adjourned), String(r.late), String(r.overdue)]),
    (i) => i > 0,
  );
  const outcomes = table(
    [GROUP_NAMES[report.by], ...COLUMNS.map((c) => SHORT[c])],
    all.map((r) => [name(r), ...COLUMNS.map((c) => (r.outcomes[c] ? `${r.outcomes[c]} ${pct(r.outcomes[c], r.points).padStart(4)}` : '·'))]),
    (i) => i > 0,
  );
  const legend = COLUMNS.map((c) => `${SHORT[c]} = ${c === 'pending' ? 'nog geen besluit' : OUTCOME_LABELS[c]}`).join('; ');
  return [
    'Verzoeken',
    overview,
    '',
    'Uitkomsten per punt (aantal en percentage van de punten)',
    outcomes,
    `  ${legend}`,
    '',
    'Gebruikte weigeringsgronden (aantal punten)',
    ...groundLines(report.total.grounds),
  ].join('\n');
}

/** Whole percentage of `of`, or empty when there is nothing to divide by. */
export function pctNumber(n: number, of: number): number | null {
  return of === 0 ? null : Math.round((100 * n) / of);
}

/** The groups only, no total row (a spreadsheet sums them itself); Dutch headers, percentages as their own columns. */
export function reportCsv(report: Report, dialect: CsvDialect = {}): string {
  const header = [
    GROUP_NAMES[report.by],
    'Verzoeken',
    'Punten',
    ...COLUMNS.map((c) => capitalise(CSV_LABELS[c])),
    ...COLUMNS.map((c) => `% ${CSV_LABELS[c]}`),
    'Besloten',
    'Dagen tot besluit (mediaan)',
    'Verdaagd',
    'Te laat besloten',
    'Nu te laat',
    'Weigeringsgronden',
  ];
  const rows = report.rows.map((r) => [
    r.key,
    r.requests,
    r.points,
    ...COLUMNS.map((c) => r.outcomes[c]),
    ...COLUMNS.map((c) => pctNumber(r.outcomes[c], r.points)),
    r.decided,
    r.medianDays,
    r.adjourned,
    r.late,
    r.overdue,
    groundCounts(r.grounds),
  ]);
  return formatCsv([header, ...rows], dialect);
}

const CSV_LABELS: Record<(typeof COLUMNS)[number], string> = { ...OUTCOME_LABELS, pending: 'nog geen besluit' };

/** "5.1.2e: 3; 5.2.1: 1": the grounds of one row in one cell. */
export function groundCounts(grounds: Record<string, number>): string {
  return Object.entries(grounds).map(([g, n]) => `${g}: ${n}`).join('; ');
}
