// `woo report --by document`: the document ledgers of all requests counted — documents per
// assessment and the refusal grounds they rest on — per public body and in total.
import { formatCsv, type CsvDialect } from '../core/csv.js';
import { DOCUMENT_ASSESSMENT_LABELS, DOCUMENT_ASSESSMENTS, type DocumentAssessment } from '../core/schema/document.js';
import type { WooRequest } from '../core/schema/request.js';
import { capitalise } from '../core/text.js';
import type { AppContext } from './context.js';
import { wrapParagraph } from '../render/screen.js';
import { groundCounts, groundLines, pct, pctNumber, table } from './report-format.js';

export interface DocumentReportRow {
  key: string;
  /** Requests with at least one document in a ledger. */
  requests: number;
  documents: number;
  assessments: Record<DocumentAssessment, number>;
  /** Documents per refusal ground (a document withheld on two grounds counts for both). */
  grounds: Record<string, number>;
}

export interface DocumentReport {
  by: 'document';
  rows: DocumentReportRow[];
  total: DocumentReportRow;
  problems: string[];
}

function emptyRow(key: string): DocumentReportRow {
  return { key, requests: 0, documents: 0, assessments: Object.fromEntries(DOCUMENT_ASSESSMENTS.map((a) => [a, 0])) as Record<DocumentAssessment, number>, grounds: {} };
}

function add(row: DocumentReportRow, request: WooRequest): void {
  const documents = request.events.flatMap((e) => (e.type === 'decided' ? (e.documents ?? []) : []));
  row.requests++;
  row.documents += documents.length;
  for (const d of documents) {
    row.assessments[d.assessment]++;
    for (const g of d.grounds) row.grounds[g] = (row.grounds[g] ?? 0) + 1;
  }
}

export function buildDocumentReport(requests: WooRequest[]): Omit<DocumentReport, 'problems'> {
  const rows = new Map<string, DocumentReportRow>();
  const total = emptyRow('totaal');
  for (const r of requests) {
    if (!r.events.some((e) => e.type === 'decided' && e.documents?.length)) continue;
    if (!rows.has(r.body.name)) rows.set(r.body.name, emptyRow(r.body.name));
    add(rows.get(r.body.name)!, r);
    add(total, r);
  }
  const sorted = [...rows.values()].sort((a, b) => b.documents - a.documents || a.key.localeCompare(b.key, 'nl'));
  return { by: 'document', rows: sorted, total };
}

export async function runDocumentReport(ctx: AppContext): Promise<DocumentReport> {
  const { requests, problems } = await ctx.workspace.listRequests();
  return { ...buildDocumentReport(requests), problems: problems.map((p) => p.message) };
}

const SHORT: Record<DocumentAssessment, string> = { public: 'openbaar', partial_public: 'deels', not_public: 'niet', already_public: 'reeds' };

export function formatDocumentReport(report: DocumentReport): string {
  if (report.total.documents === 0) {
    return 'Nog geen documenten vastgelegd. Een inventarislijst leest u in met woo respond ID --from besluit.pdf --inventory lijst.csv.';
  }
  const all = [...report.rows, report.total];
  const counts = table(
    ['Bestuursorgaan', 'verz.', 'doc.', ...DOCUMENT_ASSESSMENTS.map((a) => SHORT[a])],
    all.map((r) => [
      r.key.length <= 26 ? r.key : `${r.key.slice(0, 25)}…`,
      String(r.requests),
      String(r.documents),
      ...DOCUMENT_ASSESSMENTS.map((a) => (r.assessments[a] ? `${r.assessments[a]} ${pct(r.assessments[a], r.documents).padStart(4)}` : '·')),
    ]),
    (i) => i > 0,
  );
  const legend = DOCUMENT_ASSESSMENTS.map((a) => `${SHORT[a]} = ${DOCUMENT_ASSESSMENT_LABELS[a]}`).join('; ');
  return [
    'Documenten per beoordeling (aantal en percentage van de documenten)',
    counts,
    `  ${wrapParagraph(`verz. = verzoeken met een inventarislijst; doc. = documenten; ${legend}`, 78, '  ')}`,
    '',
    'Weigeringsgronden (aantal documenten)',
    ...groundLines(report.total.grounds),
  ].join('\n');
}

/** The bodies only, no total row; Dutch headers, percentages as their own columns. */
export function documentReportCsv(report: DocumentReport, dialect: CsvDialect = {}): string {
  const header = ['Bestuursorgaan', 'Verzoeken', 'Documenten', ...DOCUMENT_ASSESSMENTS.map((a) => capitalise(DOCUMENT_ASSESSMENT_LABELS[a])), ...DOCUMENT_ASSESSMENTS.map((a) => `% ${DOCUMENT_ASSESSMENT_LABELS[a]}`), 'Weigeringsgronden'];
  const rows = report.rows.map((r) => [r.key, r.requests, r.documents, ...DOCUMENT_ASSESSMENTS.map((a) => r.assessments[a]), ...DOCUMENT_ASSESSMENTS.map((a) => pctNumber(r.assessments[a], r.documents)), groundCounts(r.grounds)]);
  return formatCsv([header, ...rows], dialect);
}
