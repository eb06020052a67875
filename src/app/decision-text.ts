// The text of a decision letter: PDF (text layer, see pdf-text.ts) or plain text, within limits,
// cleaned of escape sequences and controls (a letter is third-party input).
import { CannotError, UsageError } from '../core/errors.js';
import { cleanLetterText, decodeText, looksLikeUtf16 } from '../core/text.js';
import { MB, megabytes, readInputFile } from './input-file.js';

export const LETTER_LIMITS = { pdfBytes: 20 * MB, textBytes: 2 * MB } as const;
const GIVE_LETTER = 'Geef het besluit als .pdf (hoogstens 20 MB) of als .txt (hoogstens 2 MB).';

export function isPdf(bytes: Buffer): boolean {
  return bytes.subarray(0, 5).toString('latin1') === '%PDF-';
}

/** The letter file's bytes: a regular file, a PDF up to 20 MB or a text up to 2 MB. */
async function readLetterBytes(file: string): Promise<Buffer> {
  const bytes = await readInputFile(file, 'Het besluit', LETTER_LIMITS.pdfBytes, GIVE_LETTER);
  if (!isPdf(bytes) && bytes.length > LETTER_LIMITS.textBytes) {
    throw new UsageError(`Het besluit ${file} is te groot voor een tekstbestand (${megabytes(bytes.length)}; woo leest hoogstens ${megabytes(LETTER_LIMITS.textBytes)} tekst).`, GIVE_LETTER);
  }
  return bytes;
}

export async function readDecisionText(file: string): Promise<string> {
  const bytes = await readLetterBytes(file);
  if (isPdf(bytes)) {
    const { pdfText } = await import('./pdf-text.js');
    const text = await pdfText(bytes, file);
    if (text.replace(/\s+/g, '').length < 40) {
      throw new CannotError(`De PDF ${file} bevat (bijna) geen tekst; waarschijnlijk is het een scan zonder tekstlaag.`, 'Laat er eerst tekstherkenning (OCR) op los, of leg de uitkomsten vast met woo respond --points … --outcome ….');
    }
    return cleanLetterText(text);
  }
  const decoded = decodeText(bytes);
  if (!decoded) {
    const utf16 = looksLikeUtf16(bytes);
    throw new UsageError(
      utf16 ? `${file} lijkt tekst in UTF-16 zonder byte-order mark; die codering herkent woo niet zeker.` : `${file} is geen PDF- of tekstbestand (het bevat binaire gegevens).`,
      utf16 ? 'Sla de brief op als UTF-8 (of als "Unicode-tekst" met byte-order mark), of als PDF.' : 'Geef het besluit als .pdf of .txt.',
    );
  }
  return cleanLetterText(decoded.text);
}
