// Algemene termijnenwet (Atw): which days a statutory term may not end on, and how it is extended.
import { addDays, formatDateLong, formatDateWithDay, makeDate, weekday, yearOf, type IsoDate } from '../dates.js';
import { DECREES, EQUALISED_DAYS, PROBABLE_EQUALISED_DAYS, UNCOVERED_GAP, decreeCovers } from './equalised-days.js';

export const ATW_ART_1 = 'art. 1 Algemene termijnenwet';

export interface AtwHoliday {
  date: IsoDate;
  name: string;
  basis: string;
}

export interface AtwExtension {
  /** The last day of the term after applying Atw art. 1 (the input date when nothing moved). */
  date: IsoDate;
  /** Dutch reason for every day skipped, in order; empty when the term did not move. */
  movedBecause: string[];
}

/** Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return makeDate(year, month, day);
}

/** Koningsdag: 27 April, or Saturday 26 April when the 27th is a Sunday (KB 30 januari 2013). */
function kingsDay(year: number): IsoDate {
  const april27 = makeDate(year, 4, 27);
  return weekday(april27) === 0 ? makeDate(year, 4, 26) : april27;
}

const LID_1 = 'art. 3 lid 1 Algemene termijnenwet';

/** The holidays of Atw art. 3 lid 1–2 for one year (the decree days of lid 3 are in equalised-days.ts). */
export function atwHolidays(year: number): AtwHoliday[] {
  const easter = easterSunday(year);
  return [
    { date: makeDate(year, 1, 1), name: 'Nieuwjaarsdag', basis: LID_1 },
    { date: addDays(easter, -2), name: 'Goede Vrijdag', basis: 'art. 3 lid 2 Algemene termijnenwet' },
    { date: addDays(easter, 1), name: 'tweede Paasdag', basis: LID_1 },
    { date: kingsDay(year), name: 'Koningsdag', basis: `${LID_1}; KB 30 januari 2013` },
    // "de vijfde mei" without qualification: every year, not only once in five years (woo-law.md § 5.2).
    { date: makeDate(year, 5, 5), name: 'Bevrijdingsdag (5 mei)', basis: LID_1 },
    { date: addDays(easter, 39), name: 'Hemelvaartsdag', basis: LID_1 },
    { date: addDays(easter, 50), name: 'tweede Pinksterdag', basis: LID_1 },
    { date: makeDate(year, 12, 25), name: 'eerste Kerstdag', basis: LID_1 },
    { date: makeDate(year, 12, 26), name: 'tweede Kerstdag', basis: LID_1 },
  ];
}

/**
 * Which calendar a term is counted on where no decree is known (2020–2022): 'confirmed' counts only the days
 * of a known decree, 'probable' also the days every known decree equalised (PROBABLE_EQUALISED_DAYS).
 */
export type AtwReading = 'confirmed' | 'probable';

const holidaysByYear = new Map<number, Map<IsoDate, string>>();
const PROBABLE = new Map(PROBABLE_EQUALISED_DAYS.map((d) => [d.date, `waarschijnlijk gelijkgestelde dag (${d.why}; geen besluit gevonden)`]));

function holidayName(date: IsoDate, reading: AtwReading): string | undefined {
  const year = yearOf(date);
  let names = holidaysByYear.get(year);
  if (!names) {
    names = new Map(atwHolidays(year).map((h) => [h.date, h.name]));
    for (const day of EQUALISED_DAYS.days) {
      if (yearOf(day.date) === year) names.set(day.date, `gelijkgestelde dag (${day.decree})`);
    }
    holidaysByYear.set(year, names);
  }
  return names.get(date) ?? (reading === 'probable' ? PROBABLE.get(date) : undefined);
}

/** Why a term may not end on `date` under the Atw, in Dutch; null for an ordinary working day. */
export function atwNonWorkingReason(date: IsoDate, reading: AtwReading = 'confirmed'): string | null {
  const holiday = holidayName(date, reading);
  if (holiday) return holiday;
  const day = weekday(date);
  if (day === 6) return 'zaterdag';
  if (day === 0) return 'zondag';
  return null;
}

/** Atw art. 1 lid 1: a term ending on a Saturday, Sunday or holiday runs on to the next day that is none of these. */
export function atwExtend(date: IsoDate, reading: AtwReading = 'confirmed'): AtwExtension {
  const movedBecause: string[] = [];
  let current = date;
  for (let reason = atwNonWorkingReason(current, reading); reason; reason = atwNonWorkingReason(current, reading)) {
    movedBecause.push(reason);
    current = addDays(current, 1);
  }
  return { date: current, movedBecause };
}

/**
 * Atw art. 2: a term of at least three days is extended, if needed, until it contains at least two days
 * that are not a Saturday, Sunday or holiday. `firstDay` and `lastDay` are the first and last day of the
 * term. Every term in this tool is at least a week, and any seven consecutive days hold at least two
 * working days (tested for 2000–2035), so it never bites there; it is here for shorter statutory terms.
 */
export function atwMinimumWorkingDays(firstDay: IsoDate, lastDay: IsoDate): IsoDate {
  let workingDays = 0;
  let length = 0;
  let day = firstDay;
  for (; day <= lastDay; day = addDays(day, 1)) {
    length += 1;
    if (!atwNonWorkingReason(day)) workingDays += 1;
  }
  if (length < 3) return lastDay;
  let end = lastDay;
  while (workingDays < 2) {
    end = addDays(end, 1);
    if (!atwNonWorkingReason(end)) workingDays += 1;
  }
  return end;
}

/** Atw art. 4 sub a: not for terms of more than twelve weeks (a term of exactly twelve weeks is covered). */
export function atwAppliesToTermOfWeeks(weeks: number): boolean {
  return weeks <= 12;
}

const coveredYears = (): string => {
  const spans = DECREES.map((d) => `${d.years[0]}–${d.years[1]}`);
  return `${spans.slice(0, -1).join(', ')} en ${spans.at(-1)}`;
};

/**
 * A Dutch warning when `date` lies in a year no known decree covers: a royal decree may have equalised an
 * extra day there. For 2020–2022 it names the probable days and how they were counted.
 */
export function coverageWarning(date: IsoDate): string | null {
  const year = yearOf(date);
  if (decreeCovers(year)) return null;
  const checked = `laatst gecontroleerd op ${formatDateLong(EQUALISED_DAYS.lastChecked)}`;
  if (year >= UNCOVERED_GAP.from && year <= UNCOVERED_GAP.to) {
    const days = PROBABLE_EQUALISED_DAYS.filter((d) => yearOf(d.date) === year).map((d) => `${formatDateWithDay(d.date)} (${d.why})`);
    return (
      `Voor ${year} is geen koninklijk besluit over gelijkgestelde dagen gevonden (art. 3 lid 3 Algemene termijnenwet; ${checked}). ` +
      `Elk bekend besluit (${coveredYears()}) stelde de vrijdag na Hemelvaartsdag en na een feestdag op donderdag gelijk; ` +
      `voor ${year} is dat ${days.join(' en ')}. Voor de termijnen van het bestuursorgaan telt woo die dag${days.length > 1 ? 'en' : ''} mee ` +
      '(de latere datum, zodat een ingebrekestelling niet te vroeg komt), voor uw eigen termijnen niet (de vroegere datum); ' +
      'waar dat verschil maakt, staat de andere lezing als alternatief bij de datum.'
    );
  }
  return (
    `Voor ${year} kent de tabel geen bij koninklijk besluit gelijkgestelde dagen (art. 3 lid 3 Algemene termijnenwet; ` +
    `de tabel dekt ${coveredYears()}, ${checked}). Een extra gelijkgestelde dag kan een termijn met een werkdag ` +
    'verlengen; controleer dit in de Staatscourant.'
  );
}

/** atwExtend on one reading, also recording which years were consulted (see deadlines.ts). */
export type ExtendFn = (date: IsoDate) => AtwExtension;
