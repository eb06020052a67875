// Validates answers from a file, --set flags or prompts against a template's questions.
import { compareDates, formatDateLong, parseIsoDate } from '../dates.js';
import { UsageError } from '../errors.js';
import type { Question, RequestTemplate } from '../templates/schema.js';
import { cleanText } from '../text.js';
import type { Answers } from './context.js';

/** Answer keys every template understands besides its own questions. */
export const COMMON_KEYS = {
  punten: 'welke punten van het sjabloon (nummers of sleutels, bijvoorbeeld "1-5,16" of ["gegevensvelden"]); standaard alle',
  extra: 'aanvullende punten die standaard uit staan (sleutels)',
  eigen_punten: 'eigen punten (lijst van teksten)',
  clausules: 'standaardclausules (ids); standaard de aanbevolen set',
  bestuursorgaan_buiten_lijst: 'ja als het bestuursorgaan bewust niet uit de lijst komt (--body-unlisted)',
  bestuursorgaan_adres: 'postadres van een bestuursorgaan buiten de lijst (--body-address)',
  bestuursorgaan_postcode: 'postcode daarvan (--body-postcode)',
  bestuursorgaan_plaats: 'plaats daarvan (--body-city)',
  bestuursorgaan_email: 'e-mailadres daarvan (--body-email)',
  namens: 'de cliënt namens wie u schrijft, met haar of zijn machtiging (--client); leeg: uzelf',
} as const;

const YES = new Set(['true', 'ja', 'j', 'yes', 'y', '1']);
const NO = new Set(['false', 'nee', 'n', 'no', '0']);

export function parseBoolean(value: unknown, key: string): boolean {
  if (typeof value === 'boolean') return value;
  const v = String(value).trim().toLowerCase();
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  throw new UsageError(`Antwoord "${key}" moet ja of nee zijn, niet "${String(value)}".`);
}

/** Validates one answer; returns the normalised value, or undefined for an empty optional answer. */
export function normaliseAnswer(q: Question, value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (q.type === 'boolean') return parseBoolean(value, q.key);
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new UsageError(`Antwoord "${q.key}" moet tekst zijn.`);
  }
  const text = cleanText(String(value));
  if (text === '') return undefined;
  if (q.type === 'date') return parseIsoDate(text, `datum bij "${q.key}"`);
  if (text.length > 500) throw new UsageError(`Antwoord "${q.key}" is te lang (meer dan 500 tekens).`);
  return text;
}

export function toList(value: unknown, key: string): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.map((v) => String(v).trim()).filter(Boolean);
  if (typeof value === 'string' || typeof value === 'number') return String(value).split(',').map((v) => v.trim()).filter(Boolean);
  throw new UsageError(`Antwoord "${key}" moet een lijst zijn.`);
}

/** Checks keys and values; returns the normalised answers and the required keys still missing. */
export function validateAnswers(template: RequestTemplate, raw: Answers): { answers: Answers; missing: Question[] } {
  const known = new Set([...template.questions.map((q) => q.key), ...Object.keys(COMMON_KEYS)]);
  const unknown = Object.keys(raw).filter((k) => !known.has(k));
  if (unknown.length > 0) {
    throw new UsageError(
      `Onbekende antwoordsleutel${unknown.length > 1 ? 's' : ''} voor sjabloon "${template.id}": ${unknown.join(', ')}.`,
      `Toegestaan: ${[...known].join(', ')} (zie woo templates show ${template.id}).`,
    );
  }
  const answers: Answers = {};
  for (const key of Object.keys(COMMON_KEYS)) if (raw[key] !== undefined) answers[key] = raw[key];
  const missing: Question[] = [];
  for (const q of template.questions) {
    const value = normaliseAnswer(q, raw[q.key]);
    if (value !== undefined) answers[q.key] = value;
    else if (q.default !== undefined) answers[q.key] = normaliseAnswer(q, q.default);
    else if (q.required) missing.push(q);
  }
  checkPeriod(answers);
  return { answers, missing };
}

export function checkPeriod(answers: Answers): void {
  const from = answers.periode_van;
  const to = answers.periode_tot;
  if (typeof from === 'string' && typeof to === 'string' && compareDates(from, to) > 0) {
    throw new UsageError(
      `De periode klopt niet: periode_van (${formatDateLong(from)}) ligt na periode_tot (${formatDateLong(to)}).`,
      'Geef een begindatum die vóór of op de einddatum ligt.',
    );
  }
}
