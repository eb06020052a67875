// The text layer of a PDF through pdf.js (unpdf, loaded only here), within limits: a decision letter
// is third-party input, and pdf.js would spend minutes on a 20,000-page file or on streams that
// unpack to a hundred times their size. Scripting stays off: pdf.js only runs a PDF's JavaScript
// through the viewer's sandbox, which woo never loads, and eval-compiled fonts are disabled.
import { constants, inflateSync } from 'node:zlib';
import { CannotError, UsageError } from '../core/errors.js';
import { MB, megabytes } from './input-file.js';

export const PDF_LIMITS = {
  pages: 500,
  /** Extracted text, as for a plain-text letter. */
  textBytes: 2 * MB,
  /** Streams may unpack to this many times the file's size (with a floor for small files)... */
  inflateRatio: 100,
  inflateFloor: 10 * MB,
  /** ...and never to more than this. */
  inflateMax: 200 * MB,
} as const;

const STREAM = Buffer.from('stream', 'latin1');
const END_STREAM = Buffer.from('endstream', 'latin1');

/**
 * Unpacks every Flate stream that is not an image (images are never decoded for text), stopping
 * once the total passes `budget`; true when it does. A stream that does not unpack counts as nothing.
 */
export function inflatesBeyond(bytes: Buffer, budget: number): boolean {
  let total = 0;
  let at = bytes.indexOf(STREAM);
  while (at >= 0) {
    const afterKeyword = at + STREAM.length;
    const isEnd = at >= 3 && bytes.toString('latin1', at - 3, at) === 'end';
    let next = afterKeyword;
    if (!isEnd && (bytes[afterKeyword] === 0x0a || bytes[afterKeyword] === 0x0d)) {
      const start = afterKeyword + (bytes[afterKeyword] === 0x0d && bytes[afterKeyword + 1] === 0x0a ? 2 : 1);
      const end = bytes.indexOf(END_STREAM, start);
      const stop = end < 0 ? bytes.length : end;
      const dict = bytes.toString('latin1', Math.max(0, at - 1024), at);
      const own = dict.slice(dict.lastIndexOf('obj') + 1);
      if (/\/FlateDecode\b/.test(own) && !/\/Subtype\s*\/Image\b/.test(own)) {
        try {
          total += inflateSync(bytes.subarray(start, stop), { maxOutputLength: budget - total + 1, finishFlush: constants.Z_SYNC_FLUSH }).length;
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return true;
        }
        if (total > budget) return true;
      }
      next = stop;
    }
    at = bytes.indexOf(STREAM, next);
  }
  return false;
}

/** pdf.js's exceptions by name, in Dutch; its own English messages are never shown. */
function pdfProblem(e: unknown): string {
  switch ((e as Error)?.name) {
    case 'PasswordException':
      return 'de PDF is met een wachtwoord beveiligd';
    case 'InvalidPDFException':
      return 'het bestand is geen geldige PDF (beschadigd of onvolledig)';
    case 'MissingPDFException':
      return 'het bestand is leeg of onvolledig';
    default:
      return 'de PDF is beschadigd of gebruikt iets wat woo niet kan lezen';
  }
}

const READ_AS_TEXT = 'Sla het besluit anders op als tekst (.txt), of leg de uitkomsten vast met woo respond --points … --outcome ….';

/** The text of all pages, merged as unpdf's extractText does (pages joined, spaces folded). */
export async function pdfText(bytes: Buffer, file: string): Promise<string> {
  const budget = Math.min(PDF_LIMITS.inflateMax, Math.max(PDF_LIMITS.inflateFloor, PDF_LIMITS.inflateRatio * bytes.length));
  if (inflatesBeyond(bytes, budget)) {
    throw new UsageError(`De PDF ${file} pakt uit tot meer dan ${megabytes(budget)} (een "zip-bom" of een ongewoon opgebouwd bestand); woo leest hem niet.`, READ_AS_TEXT);
  }
  const { getDocumentProxy } = await import('unpdf');
  let pdf;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, enableXfa: false, verbosity: 0 });
  } catch (e) {
    throw new CannotError(`Kan de PDF ${file} niet lezen: ${pdfProblem(e)}.`, READ_AS_TEXT);
  }
  try {
    if (pdf.numPages > PDF_LIMITS.pages) {
      throw new UsageError(`De PDF ${file} heeft ${pdf.numPages} pagina's; woo leest besluiten van hoogstens ${PDF_LIMITS.pages} pagina's.`, 'Geef alleen de besluitbrief zelf (zonder de openbaar gemaakte documenten), als PDF of als tekst.');
    }
    const pages: string[] = [];
    let length = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
      length += text.length;
      if (length > PDF_LIMITS.textBytes) {
        throw new UsageError(`De PDF ${file} bevat meer dan ${megabytes(PDF_LIMITS.textBytes)} tekst; woo leest besluiten tot die omvang.`, 'Geef alleen de besluitbrief zelf (zonder de openbaar gemaakte documenten), als PDF of als tekst.');
      }
      pages.push(text);
    }
    return pages.join('\n').replace(/[^\S\n]+/g, ' ').replace(/ ?\n ?/g, '\n').replace(/\n{3,}/g, '\n\n');
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new CannotError(`Kan de PDF ${file} niet lezen: ${pdfProblem(e)}.`, READ_AS_TEXT);
  } finally {
    await pdf.destroy();
  }
}
