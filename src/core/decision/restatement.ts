// Letters quote the request back ("1. Alle gegevensvelden die …"). Such a quote names a point but
// decides nothing, and its wording ("documenten die niet openbaar zijn") must not be read as a
// decision. A sentence counts as a quote when nearly all its words come from one request point.

import { memoByString } from '../memo.js';

const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);

// A request's points are compared with every sentence of a letter: their words are read once.
const wordsOfPoint = memoByString(words, 1_000);

export function restatesRequestPoint(sentence: string, points: { text: string }[]): boolean {
  const own = words(sentence);
  if (own.size < 4) return false;
  return points.some((p) => {
    const requested = wordsOfPoint(p.text);
    if (requested.size === 0) return false;
    const shared = [...own].filter((w) => requested.has(w)).length;
    return shared / own.size >= 0.85;
  });
}
