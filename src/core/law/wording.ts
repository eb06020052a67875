// Dutch phrasing shared by the explanations: one line per deadline, with the arithmetic.
import { formatDateShort, type IsoDate } from '../dates.js';
import { ATW_ART_1, type AtwExtension } from './calendar.js';

export const fmt = (date: IsoDate): string => formatDateShort(date);

const NUMBER_WORDS = ['nul', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'];

/** "vier weken", "één week", "13 weken". */
export function weeksInWords(weeks: number): string {
  const number = NUMBER_WORDS[weeks] ?? String(weeks);
  return `${number} ${weeks === 1 ? 'week' : 'weken'}`;
}

/** "1 dag", "13 dagen". */
export function daysInWords(days: number): string {
  return `${days} ${days === 1 ? 'dag' : 'dagen'}`;
}

/**
 * "valt op Hemelvaartsdag; daarna gelijkgestelde dag (…), zaterdag, zondag; verschoven naar ma 18 mei 2026,
 * art. 1 Algemene termijnenwet" — or null when the Atw did not move the date.
 */
export function atwMoveText(extension: AtwExtension): string | null {
  const [first, ...rest] = extension.movedBecause;
  if (!first) return null;
  const then = rest.length > 0 ? `daarna ${rest.join(', ')}; ` : '';
  return `valt op ${first}; ${then}verschoven naar ${fmt(extension.date)}, ${ATW_ART_1}`;
}

/** The explanation parts joined into one line. */
export function line(parts: (string | null)[]): string {
  return parts.filter((p): p is string => p !== null).join('; ');
}
