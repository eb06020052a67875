// CSV as spreadsheets export it: a byte-order mark, ';' (Dutch Excel) or ',' or tab between cells,
// quoted cells with "" for a quote and line breaks inside, CRLF line ends.

/** The separator of the first line, outside quotes: the most frequent of ';', ',' and tab. */
function separatorOf(text: string): string {
  const counts = new Map([[';', 0], [',', 0], ['\t', 0]]);
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  const [best, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
  return n > 0 ? best : ',';
}

export function parseCsv(input: string): string[][] {
  const text = input.replace(/^\uFEFF/, '');
  const sep = separatorOf(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell.trim() === '') (quoted = true), (cell = '');
    else if (c === sep) row.push(cell), (cell = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) row.push(cell), rows.push(row);
  return rows.map((r) => r.map((c) => c.trim())).filter((r) => r.some((c) => c !== ''));
}

export type CsvCell = string | number | null;

export interface CsvDialect {
  /** Dutch Excel: ';' between cells and a byte-order mark, so it opens the file as UTF-8 with accents intact. */
  excel?: boolean;
}

/**
 * A text a spreadsheet would run as a formula (or a DDE command) starts with one of these; a leading
 * apostrophe makes it plain text (OWASP "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function cellText(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const s = FORMULA_START.test(value) ? `'${value}` : value;
  // RFC 4180 § 2: quote a cell with a quote, separator or line break; ',' and ';' both, so either dialect reads it.
  return /[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180: CRLF after every record, cells quoted where needed; numbers stay numbers. */
export function formatCsv(rows: CsvCell[][], dialect: CsvDialect = {}): string {
  const sep = dialect.excel ? ';' : ',';
  return `${dialect.excel ? '\uFEFF' : ''}${rows.map((r) => `${r.map(cellText).join(sep)}\r\n`).join('')}`;
}
