import { UsageError } from './errors.js';

/** Parses a point list like "1-5,16,17" into sorted unique numbers, each at most `max`. */
export function parsePointSpec(spec: string, max: number, what = '--points'): number[] {
  const numbers = new Set<number>();
  for (const raw of spec.split(',')) {
    const part = raw.trim();
    const m = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(part);
    if (!m) throw new UsageError(`Ongeldige puntenlijst bij ${what}: "${spec}".`, 'Gebruik nummers en reeksen, bijvoorbeeld 1-5,16,17.');
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from < 1 || to < from) throw new UsageError(`Ongeldige reeks "${part}" bij ${what}.`, 'Een reeks loopt van laag naar hoog, bijvoorbeeld 3-7.');
    if (to > max) throw new UsageError(`Punt ${to} bestaat niet (${what}): dit verzoek heeft ${max} punten.`);
    for (let n = from; n <= to; n++) numbers.add(n);
  }
  return [...numbers].sort((a, b) => a - b);
}

function runs(numbers: number[]): [number, number][] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const result: [number, number][] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    result.push([sorted[i], sorted[j]]);
    i = j;
  }
  return result;
}

/** Formats numbers back into the compact form: [1,2,3,5] → "1-3, 5". */
export function formatPointList(numbers: number[]): string {
  return runs(numbers)
    .map(([a, b]) => (b > a ? `${a}-${b}` : `${a}`))
    .join(', ');
}

/** The same in words, for letters: [1,2,3,5,7] → "1 tot en met 3, 5 en 7". */
export function dutchPointList(numbers: number[]): string {
  const parts = runs(numbers).flatMap(([a, b]) => (b > a + 1 ? [`${a} tot en met ${b}`] : b > a ? [`${a}`, `${b}`] : [`${a}`]));
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`;
}
