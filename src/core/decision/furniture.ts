// Page furniture in text extracted from PDFs: page numbers, running headers ("Datum 5 juli 2021",
// "Kenmerk …" on top of every page), running footers (the body's address line) and footnotes all
// land in the middle of sentences and paragraphs. They are removed before anything else reads the
// letter, so a sentence cut by a page break is whole again and a footer never joins a paragraph.
// Only lines next to a page break are candidates, and only when they repeat or look like a header
// label, so the first page's own header (where the letter date is read) stays.

/** "Pagina 2 van 5", "2/5", "- 2 -", and footer lines that end or start with such a marker. */
const PAGE_MARKER = /\b(?:pagina|page|blad|blz\.?)\s*\d{1,3}\s*(?:van|\/|of)\s*\d{1,3}\b|^\s*\d{1,3}\s*\/\s*\d{1,3}\s*$|^\s*[-–]\s*\d{1,3}\s*[-–]\s*$/i;
/** Running-header labels, alone or with their value on the same line. */
const HEADER_LABEL =
  /^(?:datum|(?:ons|uw|onze|jouw)\s+(?:kenmerk|referentie)|kenmerk|referentie|zaaknummer|dossiernummer|onderwerp|betreft|contactpersoon|behandeld\s+door)\b:?/i;
/** How far from a page break running headers and footers reach. */
const TOP_REACH = 10;
const BOTTOM_REACH = 4;

const key = (line: string) => line.trim().replace(/\s+/g, ' ').toLowerCase();

function isPageMarker(line: string): boolean {
  const t = line.trim();
  return PAGE_MARKER.test(t) && t.split(/\s+/).length <= 14 && !/[.;:]$/.test(t.replace(/\d+$/, ''));
}

/**
 * Footnotes sit above the page footer as "3 Artikel 5.1, tweede lid, …", referred to in the text
 * by a number glued to a word ("ondermijnen3."). Their text is put back where they are referred
 * to, in brackets, because it often carries what a sentence rests on (a ground, a date).
 */
const NOTE_REFERENCE = String.raw`(?<=(?:^|[\s(])[\p{L}-]{3,}[)"']?)`;
const noteReference = (n: string) => new RegExp(String.raw`${NOTE_REFERENCE}(${n})(?=[\s.,;:]|$)`, 'gmu');

function inlineFootnotes(lines: string[], footnotes: Map<number, string>): string[] {
  if (footnotes.size === 0) return lines;
  return lines.map((line) =>
    line.replace(noteReference(String.raw`\d{1,2}`), (whole, n: string) => {
      const note = footnotes.get(Number(n));
      return note ? ` (${note.replace(/\.$/, '')})` : whole;
    }),
  );
}

export function removePageFurniture(text: string): string {
  const lines = text.split('\n');
  const markers = lines.flatMap((line, i) => (isPageMarker(line) ? [i] : []));
  if (markers.length === 0) return text;

  // Lines near a page break, and the first page's header: a line found at two of these places
  // (counted by position, so windows that overlap on a short page count it once) is furniture.
  const near = new Set<number>();
  for (let i = 0; i < Math.min(40, markers[0] - BOTTOM_REACH); i++) near.add(i);
  for (const m of markers) {
    for (let i = Math.max(0, m - BOTTOM_REACH); i < Math.min(lines.length, m + 1 + TOP_REACH); i++) if (i !== m) near.add(i);
  }
  const seen = new Map<string, number>();
  for (const i of near) seen.set(key(lines[i]), (seen.get(key(lines[i])) ?? 0) + 1);
  const repeats = (line: string) => key(line) !== '' && (seen.get(key(line)) ?? 0) >= 2;

  const drop = new Set<number>(markers);
  const footnotes = new Map<number, string>();
  markers.forEach((m, page) => {
    // Top of the next page: repeated lines and header labels, with a bare label's value line.
    let afterLabel = false;
    for (let i = m + 1; i < Math.min(lines.length, m + 1 + TOP_REACH); i++) {
      const t = lines[i].trim();
      // Short only: "Betreft het verzoek onder punt 3 …" at the top of a page is prose.
      const label = HEADER_LABEL.test(t) && t.split(/\s+/).length <= 6;
      const value = afterLabel && t.split(/\s+/).length <= 4;
      if (t !== '' && !repeats(t) && !label && !value) break;
      drop.add(i);
      afterLabel = label && !/\d/.test(t) && t.split(/\s+/).length <= 3;
    }
    // Bottom of this page: the running footer, then footnotes above it.
    let i = m - 1;
    for (; i >= Math.max(0, m - BOTTOM_REACH) && (lines[i].trim() === '' || repeats(lines[i])); i--) drop.add(i);
    const pageStart = page === 0 ? 0 : markers[page - 1] + 1;
    for (; i > pageStart; i--) {
      const note = /^\s*(\d{1,2})\s+(\S.*)$/.exec(lines[i]);
      // A footnote's number is glued to a word earlier on the same page.
      if (!note || !noteReference(note[1]).test(lines.slice(pageStart, i).join('\n'))) break;
      footnotes.set(Number(note[1]), note[2].trim());
      drop.add(i);
    }
  });
  return inlineFootnotes(
    lines.filter((_, i) => !drop.has(i)),
    footnotes,
  ).join('\n');
}
