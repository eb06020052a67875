// `woo respond --inventory FILE`: an inventory list given beside the decision letter, as CSV or XLSX
// (read-excel-file, loaded only here), read into the document ledger.
import { parseCsv } from '../core/csv.js';
import { CannotError, UsageError } from '../core/errors.js';
import type { Law } from '../core/grounds.js';
import { documentsFromRows, type InventoryReading } from '../core/inventory.js';
import { cleanLetterText, cleanText, decodeText } from '../core/text.js';
import { MB, readInputFile } from './input-file.js';

const ZIP = Buffer.from('PK\x03\x04', 'latin1');

/** A spreadsheet cell as text; dates as ISO dates (Excel stores them as day numbers the library decodes). */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return cleanText(String(value));
}

async function xlsxSheets(bytes: Buffer, file: string): Promise<string[][][]> {
  const { default: readXlsxFile } = await import('read-excel-file/node');
  try {
    const sheets = await readXlsxFile(bytes);
    return sheets.map((s) => s.data.map((row) => row.map(cellText)));
  } catch (e) {
    throw new CannotError(`Kan het Excel-bestand ${file} niet lezen: het is beschadigd of geen Excel-werkmap.`, 'Is het een .xlsx-bestand (Excel 2007 of later)? Sla een .xls anders op als .xlsx of als CSV.');
  }
}

export async function readInventoryFile(file: string, law: Law, pointCount: number): Promise<InventoryReading> {
  const bytes = await readInputFile(file, 'De inventarislijst', 20 * MB, 'Geef de inventarislijst als .csv of .xlsx (hoogstens 20 MB).');
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
    throw new UsageError(`De inventarislijst ${file} is een PDF; die lees ik (nog) niet als losse lijst.`, 'Geef de lijst als CSV of XLSX, of laat hem in de besluitbrief zelf staan (woo respond … --from besluit.pdf).');
  }
  if (bytes.subarray(0, 4).equals(ZIP)) {
    const sheets = await xlsxSheets(bytes, file);
    // The first sheet with a recognisable header row is the inventory.
    let firstError: unknown;
    for (const rows of sheets) {
      try {
        return documentsFromRows(rows, law, pointCount);
      } catch (e) {
        firstError ??= e;
      }
    }
    throw firstError ?? new UsageError(`Het Excel-bestand ${file} heeft geen werkbladen.`);
  }
  const decoded = decodeText(bytes);
  if (!decoded) throw new UsageError(`${file} is geen CSV- of XLSX-bestand.`, 'Geef de inventarislijst als .csv (met ; of , tussen de kolommen) of als .xlsx.');
  return documentsFromRows(parseCsv(cleanLetterText(decoded.text)), law, pointCount);
}
