// "Ten eerste vraagt u …", "Ten tweede de handleiding …": letters that walk through the request
// with ordinal sentence openers instead of headings. Such an opener is read as the paragraph's
// point only when the letter uses them as a series (first, second, … in order), because "ten
// eerste" is just as often the first of several arguments inside one answer.
import { ORDINALS } from './point-refs.js';

const OPENER = new RegExp(String.raw`^(?:ten|in\s+de)\s+(${ORDINALS.join('|')})(?:\s+plaats)?\b`, 'i');

/** Paragraph index → point, for paragraphs that open with an ordinal of such a series. */
export function ordinalOpeners(paragraphs: { index: number; text: string }[]): Map<number, number> {
  const found = paragraphs.flatMap(({ index, text }) => {
    const m = OPENER.exec(text);
    return m ? [{ index, point: ORDINALS.indexOf(m[1].toLowerCase()) + 1 }] : [];
  });
  const series = found.length >= 2 && found[0].point === 1 && found.every((f, i) => i === 0 || f.point > found[i - 1].point);
  return new Map(series ? found.map((f) => [f.index, f.point]) : []);
}
