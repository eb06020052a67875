// Ties an answer paragraph that names no point to the request point whose own words it repeats:
// "Van de driehoeksoverleggen bestaan geen notulen" answers the point that asked for "verslagen van
// de driehoeksoverleggen". Words shared by several points say little, so each shared word counts
// 1 / (number of points that use it); a paragraph is tied only when one point clearly wins.
import type { RequestPoint } from './types.js';

/** Words every request and answer uses; they never tell points apart. */
const GENERIC = new Set([
  'documenten', 'document', 'stukken', 'stuk', 'informatie', 'gegevens', 'over', 'tussen', 'waarin', 'welke', 'worden', 'wordt',
  'zijn', 'door', 'naar', 'deze', 'heeft', 'hebben', 'tijdens', 'sinds', 'vanaf', 'periode', 'inclusief', 'betreffende',
  'betrekking', 'waaruit', 'blijkt', 'alle', 'andere', 'zoals', 'onder', 'waarop', 'daarvan', 'hierover', 'daarover',
  'verzoek', 'punt', 'gebruik', 'gebruikt', 'gebruiken', 'onderdeel', 'openbaar', 'gemaakt', 'niet', 'ook', 'wel', 'voor', 'met', 'van', 'aan', 'bij', 'die',
  'dat', 'het', 'een', 'wij', 'ons', 'onze', 'mijn', 'uw', 'jouw', 'jullie', 'zich', 'nog', 'dan', 'als', 'wat', 'hoe', 'wie',
]);

/** Lower case, no accents, doubled vowels single: "aanvraag" and "aanvragen" then share their start. */
const normalise = (word: string) => word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/([aeiou])\1/g, '$1');

export function contentWords(text: string): Set<string> {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return new Set(words.filter((w) => !GENERIC.has(w.toLowerCase())).map(normalise));
}

const commonPrefix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n;
};

/**
 * Inflections of one word ("advies"/"adviezen", "verslag"/"verslagen") share all but their last few
 * letters; a compound ends in its head word ("kostenberekening"/"berekening").
 */
function related(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  return a === b || commonPrefix(a, b) >= Math.max(5, shorter - 3) || (shorter >= 6 && (a.endsWith(b) || b.endsWith(a)));
}

/** The point a paragraph is about by its words, or null when no point clearly wins. */
export function pointByContent(text: string, points: RequestPoint[]): number | null {
  const pointStems = points.map((p) => contentWords(p.text));
  const own = [...contentWords(text)];
  if (own.length === 0) return null;
  const sharedBy = (s: string) => pointStems.filter((stems) => [...stems].some((t) => related(s, t))).length;
  const scores = pointStems.map((stems) => {
    let score = 0;
    let unique = false;
    for (const s of stems) {
      if (!own.some((o) => related(o, s))) continue;
      const df = sharedBy(s);
      score += 1 / df;
      unique ||= df === 1;
    }
    return { score, unique };
  });
  const ranked = scores.map((s, i) => ({ ...s, point: points[i].number })).sort((a, b) => b.score - a.score);
  const [best, second] = ranked;
  if (!best || !best.unique || best.score < 1 || best.score < 2 * (second?.score ?? 0)) return null;
  return best.point;
}

