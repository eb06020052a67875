// Letters that answer by subject instead of by number: a heading "Evaluaties en audits" or a
// summary-table row "Advies FG | Openbaar" stands for the request point with those words. A subject
// naming two points ("Technische documentatie en risico-indicatoren") stands for both. Headings
// the words do not settle are placed by their order between headings that were settled.
import { contentWords, pointByContent } from './content-match.js';
import type { RequestPoint } from './types.js';

/** The points a subject line stands for, or null when its words do not single them out. */
export function themePoints(subject: string, points: RequestPoint[]): number[] | null {
  const parts = subject.split(/\s*(?:,|\ben\b|&|\/)\s*/i).filter((p) => contentWords(p).size > 0);
  // A one-word part ("De toets en de beslisregels") is too weak to claim a point of its own.
  if (parts.length >= 2 && parts.every((p) => contentWords(p).size >= 2)) {
    const each = parts.map((p) => pointByContent(p, points));
    if (each.every((p) => p !== null) && new Set(each).size === each.length) return each as number[];
  }
  const whole = pointByContent(subject, points);
  return whole === null ? null : [whole];
}

/**
 * Subject headings in letter order (null where the words did not settle them) → the points they
 * answer. A run of unsettled headings between two settled ones, or before the first, takes the
 * points in between when the counts match exactly; after the last settled heading nothing is
 * guessed, because closing sections ("Hoe ontvangt u de documenten?") follow there.
 */
export function fillThemeGaps(settled: (number[] | null)[]): (number[] | null)[] {
  const filled = [...settled];
  let previousIndex = -1;
  let previousPoint = 0;
  settled.forEach((points, i) => {
    if (!points) return;
    const first = Math.min(...points);
    const gap = i - previousIndex - 1;
    if (gap > 0 && first - previousPoint - 1 === gap) {
      for (let k = 1; k <= gap; k++) filled[previousIndex + k] = [previousPoint + k];
    }
    previousIndex = i;
    previousPoint = Math.max(...points);
  });
  return filled;
}
