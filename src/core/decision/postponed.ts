// Partial decisions ("deelbesluit") leave points for later: "Over de punten 4 en 5 beslis ik
// later", "ontvangt u over onderdeel 3 een afzonderlijk besluit". Those points are not answered by
// this letter, whatever else stands near them (an inventory, a letter-wide statement).
import { findPointRefs } from './point-refs.js';

const POSTPONED =
  /\b(?:later(?:e)?|afzonderlijk(?:e)?|apart(?:e)?|volgend(?:e)?|tweede|nader(?:e)?|separa(?:at|te)|nieuw(?:e)?)\s+(?:deel)?besluit\b|\bbeslis(?:t|sen)?\s+(?:ik|wij|we)\s+(?:\S+\s+){0,3}?later\b|\blater\s+(?:\S+\s+){0,3}?(?:beslis(?:t|sen)?|beslist|besloten)\b|\bnog\s+(?:geen|niet)\s+(?:\S+\s+){0,2}?(?:beslist|besloten|besluit)\b/i;

/** Points the sentences say will be decided later. */
export function postponedPoints(sentences: string[], highest: number): Set<number> {
  const postponed = new Set<number>();
  for (const sentence of sentences) {
    const match = POSTPONED.exec(sentence);
    if (!match) continue;
    // With several groups named ("punten 1 tot en met 3 nu, 4 en 5 later"), the one nearest the words.
    const groups = findPointRefs(sentence, highest).groups.filter((g) => !g.cross);
    const distance = (g: { start: number; end: number }) => Math.min(Math.abs(g.start - match.index), Math.abs(g.end - match.index));
    const nearest = [...groups].sort((a, b) => distance(a) - distance(b))[0];
    nearest?.points.forEach((p) => postponed.add(p));
  }
  return postponed;
}
