// Footnotes in text extracted from PDFs: "3 Artikel 5.1, tweede lid, …" at the foot of a page (or of
// the letter), referred to in the text by a number glued to a word ("ondermijnen3.") or to the
// full stop after it ("al openbaar.2"). Their text is put back where they are referred to, in
// brackets, because it often carries what a sentence rests on: a ground, a date, the address of a
// publication.

/** A footnote reference: a number glued to a word, or to the punctuation right after a word. */
const noteReference = (n: string) => new RegExp(String.raw`(?<=(?:^|[\s(])[\p{L}-]{3,}[)"']?)([.,;:]?)(${n})(?=[\s.,;:)]|$)`, 'gmu');
const NOTE_LINE = /^\s*(\d{1,2})\s+(\S.*)$/;
/** A footnote wraps onto at most this many further lines. */
const MAX_CONTINUATION = 2;

/**
 * Reads the footnotes stacked above line `bottom` (exclusive), scanning up to `top`: each starts
 * with its number, may wrap onto the next lines, and must be referred to earlier on the page.
 * Adds the lines it takes to `drop`.
 */
export function collectFootnotes(lines: string[], top: number, bottom: number, drop: Set<number>, into: Map<number, string>): void {
  let pending: number[] = [];
  for (let i = bottom - 1; i > top; i--) {
    const note = NOTE_LINE.exec(lines[i]);
    if (note && noteReference(note[1]).test(lines.slice(top, i).join('\n'))) {
      into.set(Number(note[1]), [note[2], ...pending.map((p) => lines[p].trim())].join(' ').trim());
      [i, ...pending].forEach((p) => drop.add(p));
      pending = [];
      continue;
    }
    // A line that is not a note's first line may be the wrapped rest of the note above it.
    if (lines[i].trim() === '' || pending.length >= MAX_CONTINUATION) break;
    pending = [i, ...pending];
  }
}

/** Puts each footnote's text, in brackets, where the text refers to it (before a following full stop). */
export function inlineFootnotes(lines: string[], footnotes: Map<number, string>): string[] {
  if (footnotes.size === 0) return lines;
  return lines.map((line) =>
    line.replace(noteReference(String.raw`\d{1,2}`), (whole, punctuation: string, n: string) => {
      const note = footnotes.get(Number(n));
      return note ? ` (${note.replace(/\.$/, '')})${punctuation}` : whole;
    }),
  );
}
