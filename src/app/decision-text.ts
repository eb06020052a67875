// The text of a decision letter: PDF (text layer via unpdf, loaded only here) or plain text, cleaned
// of escape sequences and controls (a letter is third-party input).
import { readFile } from 'node:fs/promises';
import { CannotError, UsageError } from '../core/errors.js';
import { cleanLetterText } from '../core/text.js';

export async function readDecisionText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new UsageError(`Besluit niet gevonden of niet leesbaar: ${file}.`);
  }
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
    const { extractText, getDocumentProxy } = await import('unpdf');
    let text: string;
    try {
      const pdf = await getDocumentProxy(new Uint8Array(bytes));
      ({ text } = await extractText(pdf, { mergePages: true }));
    } catch (e) {
      throw new CannotError(`Kan de PDF ${file} niet lezen: ${(e as Error).message}.`, 'Is het bestand beschadigd of beveiligd? Sla het besluit anders op als tekst (.txt).');
    }
    if (text.replace(/\s+/g, '').length < 40) {
      throw new CannotError(`De PDF ${file} bevat (bijna) geen tekst; waarschijnlijk is het een scan zonder tekstlaag.`, 'Laat er eerst tekstherkenning (OCR) op los, of leg de uitkomsten vast met woo respond --points … --outcome ….');
    }
    return cleanLetterText(text);
  }
  if (bytes.includes(0)) throw new UsageError(`${file} is geen PDF- of tekstbestand.`, 'Geef het besluit als .pdf of .txt.');
  return cleanLetterText(bytes.toString('utf8'));
}
