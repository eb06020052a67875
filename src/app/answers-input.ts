// Answers from an answers file and --set flags, merged (flags win).
import { MB, readInputFile } from './input-file.js';
import { jsonErrorText } from '../core/problem-text.js';
import { decodeText } from '../core/text.js';
import { UsageError } from '../core/errors.js';
import type { Answers } from '../core/request/context.js';

export async function readAnswersFile(file: string): Promise<Answers> {
  const bytes = await readInputFile(file, 'Het antwoordbestand', MB, 'Geef een JSON-bestand met de antwoorden, bijvoorbeeld {"systeem": "CAS"}.');
  const text = decodeText(bytes)?.text ?? '';
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UsageError(
      `Antwoordbestand ${file} is ${jsonErrorText(text, e).replace('fout op regel', 'regel')}.`,
      'Een antwoordbestand is een JSON-object, bijvoorbeeld {"systeem": "Crime Anticipation System", "bestuursorgaan": "Nationale Politie"}.',
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UsageError(`Antwoordbestand ${file} moet een JSON-object zijn ({"sleutel": "waarde", …}).`);
  }
  return data as Answers;
}

export function parseSetFlags(flags: string[]): Answers {
  const answers: Answers = {};
  for (const flag of flags) {
    const at = flag.indexOf('=');
    if (at <= 0) throw new UsageError(`Ongeldige --set "${flag}".`, 'Gebruik --set sleutel=waarde, bijvoorbeeld --set systeem="Crime Anticipation System".');
    const key = flag.slice(0, at).trim();
    const value = flag.slice(at + 1);
    // A repeated key (--set eigen_punten=A --set eigen_punten=B) collects its values.
    const previous = answers[key];
    answers[key] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return answers;
}
