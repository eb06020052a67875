// Page furniture in text extracted from PDFs: page numbers, running headers ("Datum 5 juli 2021",
// "Kenmerk …" on top of every page), running footers (the body's address line) and footnotes all
// land in the middle of sentences and paragraphs. They are removed before anything else reads the
// letter, so a sentence cut by a page break is whole again and a footer never joins a paragraph.
// Only lines next to a page break are candidates, and only when they repeat or look like a header
// label, so the first page's own header (where the letter date is read) stays.
// Footnotes are read at the foot of every page and at the end of the letter (footnotes.ts).

import { collectFootnotes, inlineFootnotes } from './footnotes.js';

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

export function removePageFurniture(text: string): string {
  const lines = text.split('\n');
  const markers = lines.flatMap((line, i) => (isPageMarker(line) ? [i] : []));
  const drop = new Set<number>(markers);
  const footnotes = new Map<number, string>();
  // The letter's end is the foot of its last page, with or without a page number there.
  let end = lines.length;
  while (end > 0 && lines[end - 1].trim() === '') end--;
  collectFootnotes(lines, markers.length > 0 ? markers[markers.length - 1] + 1 : 0, end, drop, footnotes);
  if (markers.length === 0) return inlineFootnotes(lines.filter((_, i) => !drop.has(i)), footnotes).join('\n');

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
    collectFootnotes(lines, page === 0 ? 0 : markers[page - 1] + 1, i + 1, drop, footnotes);
  });
  return inlineFootnotes(
    lines.filter((_, i) => !drop.has(i)),
    footnotes,
  ).join('\n');
}
