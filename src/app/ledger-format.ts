// The document ledger as a table that fits an 80-column terminal: number, date, assessment in
// Dutch, grounds, points, and as much of the description as fits.
import { DOCUMENT_ASSESSMENT_LABELS, DOCUMENT_ASSESSMENTS, type LedgerDocument } from '../core/schema/document.js';

const WIDTH = 80;

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= width ? flat : `${flat.slice(0, Math.max(0, width - 1))}…`;
}

const dutchDate = (iso?: string) => (iso ? iso.split('-').reverse().join('-') : '');

/** "23 documenten: 2 openbaar, 18 deels openbaar, 3 niet openbaar". */
export function ledgerSummary(docs: readonly LedgerDocument[]): string {
  const counts = DOCUMENT_ASSESSMENTS.map((a) => [a, docs.filter((d) => d.assessment === a).length] as const).filter(([, n]) => n > 0);
  return `${docs.length} ${docs.length === 1 ? 'document' : 'documenten'}: ${counts.map(([a, n]) => `${n} ${DOCUMENT_ASSESSMENT_LABELS[a]}`).join(', ')}`;
}

/** The ledger as table lines, indented by `indent`; `limit` shows only the first rows and says how many more there are. */
export function formatLedger(docs: readonly LedgerDocument[], indent = '  ', limit = Infinity): string[] {
  const shown = docs.slice(0, limit);
  const withPoints = docs.some((d) => d.points?.length);
  const nr = Math.min(8, Math.max(3, ...shown.map((d) => d.number.length)));
  const grounds = Math.min(22, Math.max(7, ...shown.map((d) => d.grounds.join(', ').length)));
  const points = withPoints ? Math.min(8, Math.max(4, ...shown.map((d) => (d.points ?? []).join(',').length))) : 0;
  const fixed = indent.length + nr + 2 + 10 + 2 + 14 + 2 + grounds + 2 + (withPoints ? points + 2 : 0);
  // Too little room beside the other columns: the description goes on a line of its own.
  const below = WIDTH - fixed < 20;
  const widths = [nr, 10, 14, grounds, ...(withPoints ? [points] : []), ...(below ? [] : [WIDTH - fixed])];
  const row = (values: string[]) => `${indent}${values.map((v, i) => clip(v, widths[i]).padEnd(widths[i])).join('  ')}`.trimEnd();
  const under = (text: string) => (below && text ? [`${indent}${' '.repeat(nr + 2)}${clip(text, WIDTH - indent.length - nr - 2)}`] : []);
  const head = ['Nr.', 'Datum', 'Beoordeling', 'Gronden', ...(withPoints ? ['Punt'] : [])];
  const lines = [row(below ? head : [...head, 'Omschrijving']), ...under('Omschrijving')];
  for (const d of shown) {
    const values = [d.number, dutchDate(d.date), DOCUMENT_ASSESSMENT_LABELS[d.assessment], d.grounds.join(', '), ...(withPoints ? [(d.points ?? []).join(',')] : [])];
    lines.push(row(below ? values : [...values, d.description ?? '']), ...under(d.description ?? ''));
  }
  if (docs.length > shown.length) lines.push(`${indent}… en nog ${docs.length - shown.length} ${docs.length - shown.length === 1 ? 'document' : 'documenten'}`);
  return lines;
}
