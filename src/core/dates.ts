// Calendar dates as 'YYYY-MM-DD' strings (Europe/Amsterdam calendar days); arithmetic on UTC midnight.
import { UsageError } from './errors.js';

export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/**
 * The years woo computes terms in. A Woo or Wob request, its decision and its court case fall in
 * them; a typo such as 9999, 1000 or 1582 (before the Gregorian calendar) would give nonsense
 * deadlines, so such a year is refused wherever a date comes in.
 */
export const PLAUSIBLE_YEARS = { from: 1980, to: 2100 } as const;

export function hasPlausibleYear(date: IsoDate): boolean {
  const year = yearOf(date);
  return year >= PLAUSIBLE_YEARS.from && year <= PLAUSIBLE_YEARS.to;
}

/** An existing date in the years woo computes terms in. */
export function isPlausibleDate(value: string): boolean {
  return isIsoDate(value) && hasPlausibleYear(value);
}

/** "het jaar 9999 ligt niet tussen 1980 en 2100": the Dutch reason a date's year is refused. */
export function implausibleYearText(date: IsoDate): string {
  return `het jaar ${yearOf(date)} ligt niet tussen ${PLAUSIBLE_YEARS.from} en ${PLAUSIBLE_YEARS.to}`;
}
export const IMPLAUSIBLE_YEAR_HINT = 'Controleer het jaar; woo rekent alleen termijnen voor datums in die jaren.';

/** Validates a user-given date; `what` names the field in the Dutch error. */
export function parseIsoDate(value: string, what = 'datum'): IsoDate {
  // Dutch notation (23-11-2026 or 23/11/2026) is what people type; it is unambiguous day-first.
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value.trim());
  const v = dutch ? `${dutch[3]}-${dutch[2].padStart(2, '0')}-${dutch[1].padStart(2, '0')}` : value.trim();
  if (!isIsoDate(v)) {
    throw new UsageError(
      `Ongeldige ${what}: "${value}". Gebruik een bestaande datum in de vorm JJJJ-MM-DD (of DD-MM-JJJJ), bijvoorbeeld 2026-11-02.`,
    );
  }
  if (!hasPlausibleYear(v)) {
    throw new UsageError(`Ongeldige ${what}: "${value}": ${implausibleYearText(v)}.`, IMPLAUSIBLE_YEAR_HINT);
  }
  return v;
}

// Deadlines of many requests revisit the same few hundred dates: remember their UTC time.
const utcCache = new Map<IsoDate, number>();

function toUtc(date: IsoDate): number {
  let ms = utcCache.get(date);
  if (ms === undefined) {
    ms = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
    utcCache.set(date, ms);
  }
  return ms;
}

function fromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

export function addWeeks(date: IsoDate, weeks: number): IsoDate {
  return addDays(date, weeks * 7);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return new Date(toUtc(date)).getUTCDay();
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function makeDate(year: number, month: number, day: number): IsoDate {
  return fromUtc(Date.UTC(year, month - 1, day));
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxDate(...dates: IsoDate[]): IsoDate {
  return dates.reduce((m, d) => (d > m ? d : m));
}

const DAYS_SHORT = ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'];
const DAYS_LONG = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MONTHS_SHORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** "2 november 2026" — for letters. */
export function formatDateLong(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "maandag 2 november 2026". */
export function formatDateWithDay(date: IsoDate): string {
  return `${DAYS_LONG[weekday(date)]} ${formatDateLong(date)}`;
}

/** "ma 2 nov 2026" — for explanations and tables. */
export function formatDateShort(date: IsoDate): string {
  let text = shortDates.get(date);
  if (text === undefined) {
    const [y, m, d] = date.split('-').map(Number);
    text = `${DAYS_SHORT[weekday(date)]} ${d} ${MONTHS_SHORT[m - 1]} ${y}`;
    shortDates.set(date, text);
  }
  return text;
}
/** Long lists repeat the same few hundred dates. */
const shortDates = new Map<string, string>();

/** Today in Europe/Amsterdam, or WOO_TODAY when set (tests, reproducible reports). */
export function today(env: NodeJS.ProcessEnv = process.env): IsoDate {
  const fixed = env.WOO_TODAY?.trim();
  if (fixed) return parseIsoDate(fixed, 'WOO_TODAY');
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/**
 * A date as an inventory list writes it — "15-1-2018", "15/01/2018", "2018-01-15", "15 januari 2018",
 * "15 jan. 2018" — or undefined when the text is no (existing) date. Any year: a document may be
 * older than 1980, and its date sets no term.
 */
export function readDateCell(text: string): IsoDate | undefined {
  const t = text.trim().toLowerCase();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t\s].*)?$/.exec(t);
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  const words = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/.exec(t);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dutch) [y, m, d] = [Number(dutch[3]), Number(dutch[2]), Number(dutch[1])];
  else if (words) {
    const month = MONTHS.indexOf(words[2]) + 1 || MONTHS_SHORT.indexOf(words[2].slice(0, 3)) + 1;
    if (!month) return undefined;
    [y, m, d] = [Number(words[3]), month, Number(words[1])];
  } else return undefined;
  const date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(date) ? date : undefined;
}
