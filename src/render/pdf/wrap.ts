// Greedy word wrapping on a caller-supplied width measure. Pure (no pdf-lib import), so the
// plain-text renderer can use it with a character count and the PDF renderer with font metrics.

/** Width of a string in the caller's unit (points for a PDF font, columns for plain text). */
export type Measure = (text: string) => number;

export interface WrapOptions {
  /**
   * Break a word that is wider than the measure. PDF needs this (text must never run off the
   * page); plain text does not (a URL broken over two lines cannot be copied any more).
   */
  breakLongWords?: boolean;
}

/** Whitespace a line may break at: all of it except the no-break spaces ("art. 5.1\u00A0lid 2"). */
const BREAKABLE_SPACE = /[^\S\u00A0\u2007\u202F]+/;

/**
 * Wraps one paragraph of text into lines no wider than `maxWidth`. Runs of breakable whitespace
 * collapse to one space; explicit newlines are not handled here (split the text first). An empty or
 * blank text gives no lines.
 */
export function wrapText(text: string, maxWidth: number, measure: Measure, options: WrapOptions = {}): string[] {
  const words = text.split(BREAKABLE_SPACE).filter((w) => w.length > 0);
  // Widths add up over words: a line's width is kept as a running sum instead of measuring the
  // whole line again for every word (font measuring is the slow part of making a PDF).
  const space = measure(' ');
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of words) {
    const wordWidth = measure(word);
    if (line !== '' && lineWidth + space + wordWidth <= maxWidth) {
      line = `${line} ${word}`;
      lineWidth += space + wordWidth;
      continue;
    }
    if (wordWidth <= maxWidth || !options.breakLongWords) {
      if (line !== '') lines.push(line);
      line = word;
      lineWidth = wordWidth;
      continue;
    }
    // Too long for any line: cut it into pieces, starting on the current line when a useful
    // piece still fits there ("Zie https://…" rather than "Zie" alone). The last piece stays
    // open so that the next word can follow it.
    const first = line === '' ? [] : breakLongWord(word, maxWidth - lineWidth - space, measure);
    const startHere = first.length > 1 && Array.from(first[0]).length >= 8;
    if (!startHere && line !== '') lines.push(line);
    const head = startHere ? [`${line} ${first[0]}`] : [];
    const rest = breakLongWord(startHere ? word.slice(first[0].length) : word, maxWidth, measure);
    const pieces = [...head, ...rest];
    lines.push(...pieces.slice(0, -1));
    line = pieces[pieces.length - 1] ?? '';
    lineWidth = measure(line);
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Characters after which a URL or path may be broken without hiding its structure. */
const BREAK_AFTER = new Set(['/', '-', '?', '&', '=', '_', '.', ',', ';', ':', '#', '\u2013', '\u2014']);

/**
 * Cuts a word wider than `maxWidth` into pieces that fit. Prefers the last "soft" break point
 * (after '/', '-', '?', '&', '=' …) that fits on the line and falls back to cutting between
 * characters. Works on code points so surrogate pairs are never split.
 */
export function breakLongWord(word: string, maxWidth: number, measure: Measure): string[] {
  const chars = Array.from(word);
  const pieces: string[] = [];
  let start = 0;
  while (start < chars.length) {
    // Longest prefix from `start` that fits (at least one character, so we always progress).
    let end = start + 1;
    while (end < chars.length && measure(chars.slice(start, end + 1).join('')) <= maxWidth) end++;
    if (end < chars.length) {
      // Look back for a soft break point, but not so far that the line becomes very short.
      for (let i = end; i > start + Math.max(1, Math.floor((end - start) / 3)); i--) {
        if (BREAK_AFTER.has(chars[i - 1])) {
          end = i;
          break;
        }
      }
    }
    pieces.push(chars.slice(start, end).join(''));
    start = end;
  }
  return pieces;
}

/** Column count for plain text: code points, not UTF-16 units ("ĳ" and "€" count as one). */
export const columns: Measure = (text) => {
  // Code points, as Array.from(text).length counts them, without building the array: long
  // screens (woo agenda over 10,000 requests) measure every line several times.
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
};
