// Splits a letter into blocks (point headings, numbered items, section headings, paragraphs,
// tables) and paragraphs into sentences. Blocks carry no meaning yet: parse.ts decides which
// point each sentence belongs to.
import { isSpacedRow, spacedCells } from './columns.js';
import { isFlatTableHeader, readFlatTable } from './flat-tables.js';
import { groundsNamedByTitle } from './ground-mentions.js';
import { ORDINALS, expandList, findPointRefs } from './point-refs.js';

export type Block =
  /** "Ad 6", "Punt 3:", "Ten aanzien van onderdeel 3", "Verzoekonderdeel 7", optionally with text after a colon. */
  | { kind: 'point-heading'; points: number[]; content: string }
  /** "3. Alle notulen …": a numbered line, either a restated request point or an answer to it. */
  | { kind: 'item'; point: number; text: string }
  /** A short title line ("Besluit", "Zienswijzen"): ends whatever point a heading opened. */
  | { kind: 'section'; title: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; rows: string[][] };

const HEADING_START = new RegExp(
  String.raw`^\s*(?:(?:uw|je|jouw)\s+)?(?:ad\.?|punt(?:en)?|(?:verzoek)?onderde(?:el|len)|(?:deel)?vra(?:ag|gen)|deelverzoek(?:en)?|verzoekpunt(?:en)?|verzoek(?=\s+\d)|ten\s+aanzien\s+van|t\.a\.v\.|wat\s+betreft|met\s+betrekking\s+tot|m\.b\.t\.|inzake|betreft` +
    // "Het eerste verzoekonderdeel: …", "Uw derde vraag"
    String.raw`|(?:het|de|uw|je|jouw)\s+(?:${ORDINALS.join('|')})\s+(?:verzoek)?(?:onderdeel|punt|vraag|deelvraag|deelverzoek))\b`,
  'i',
);

const isTableRow = (line: string) => (line.match(/\|/g) ?? []).length >= 2 || (line.match(/\t/g) ?? []).length >= 2;
const isTableRule = (line: string) => /^[\s|:\-+=]+$/.test(line) && line.includes('-');

function tableCells(line: string): string[] {
  // Runs of tabs align columns, as spaces do; they do not stand for empty cells.
  const cells = line.includes('|') ? line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|') : line.trim().split(/\t+/);
  return cells.map((c) => c.trim());
}

/** "Beeldmateriaal (punt 5)", "Gegevensdeling (punten 8 en 9)": a subject title naming its points in brackets. */
const BRACKETED_POINTS = /^\p{Lu}[^.;:()]{1,80}?\s*\(\s*((?:verzoek)?(?:punt(?:en)?|onderde(?:el|len)|vra(?:ag|gen))\s+[^)]+|deelverzoek(?:en)?\s+[^)]+)\)\s*:?$/u;

function bracketedHeading(line: string, pointCount: number): Extract<Block, { kind: 'point-heading' }> | null {
  const m = BRACKETED_POINTS.exec(line);
  if (!m) return null;
  const refs = findPointRefs(m[1], pointCount);
  return refs.subjects.length > 0 ? { kind: 'point-heading', points: refs.subjects, content: '' } : null;
}

/**
 * "Missieboeken (ad 2)", "… naar aanleiding van dit document (ad 4)": a subject title, wrapped or
 * not, closed by the point it answers in brackets. "(ad N)" ends no sentence of prose, so it heads
 * what follows even after a line that did not end.
 */
const AD_BRACKET = /^[^.;:]{0,100}?\(\s*ad\.?\s+(\d{1,2}(?:\s*(?:,|en|t\/m|tot\s+en\s+met|-|–)\s*\d{1,2})*)\s*\)\s*:?$/i;

function adBracketHeading(line: string, pointCount: number): Extract<Block, { kind: 'point-heading' }> | null {
  const m = AD_BRACKET.exec(line);
  if (!m) return null;
  const points = expandList(m[1]).filter((n) => n >= 1 && n <= pointCount);
  return points.length > 0 ? { kind: 'point-heading', points, content: '' } : null;
}

const BARE_POINT_HEADING = /^(?:Verzoek)?(?:Punt|Onderdeel|Vraag|Deelverzoek|Deelvraag|Verzoekpunt)\s+\d{1,2}[a-z]?\s*:?$/;

/** A line that is only a point reference ("Ad 4 en 5", "Ten aanzien van onderdeel 3:"), or one followed by ": text". */
function pointHeading(line: string, pointCount: number): Extract<Block, { kind: 'point-heading' }> | null {
  if (!HEADING_START.test(line)) return null;
  const refs = findPointRefs(line, pointCount);
  const first = refs.groups[0];
  if (!first || first.cross) return null;
  const rest = line.slice(first.end);
  // "Punt 3: …", "Vraag 5. Welke …?", "Ad 2 – …": the reference is a heading, the rest its first line.
  const colon = /^\s*(?:[:.)]|\s[-–—]\s)\s*(.*)$/.exec(rest) ?? /^[^:.]{0,40}?(?::|\s[-–—]\s)\s*(.*)$/.exec(rest);
  if (colon) return { kind: 'point-heading', points: refs.subjects, content: colon[1].trim() };
  const tail = rest.replace(/[\s.,;:]+$/, '').trim();
  const tailWords = tail.split(/\s+/).filter(Boolean).length;
  if (tailWords > 4 || (tailWords > 0 && /[.!?]$/.test(line.trim()))) return null;
  return { kind: 'point-heading', points: refs.subjects, content: '' };
}

/**
 * The usual sections of a decision letter. Numbered ("3. Wettelijk kader", "IV. Besluit") they look
 * like request points, but they close a point's answer instead of opening one.
 */
const SECTION_WORD = String.raw`(?:(?:het|uw|de|ons|mijn|onze)\s+)?(?:verzoek|aanvraag|procedure|verloop(?:\s+van\s+de\s+procedure)?|(?:wettelijk|juridisch)\s+kader|overwegingen|beoordeling|besluit|beslissing|inventari[sz]atie|reikwijdte|afbakening|zoekslag|doorzending|zienswijzen?|(?:wijze\s+van\s+)?openbaarmaking|bezwaar(?:mogelijkheid|clausule)?|slotsom|conclusie|inleiding|achtergrond|motivering|belangenafweging|(?:uitzonderings|weigerings)gronden|publicatie)`;
/** Ministries number these sections and join two in one title: "4. Reikwijdte en inventarisatie". */
export const SECTION_NAME = new RegExp(String.raw`^(?:(?:\d{1,2}|[IVX]{1,5})[.)]?\s+)?${SECTION_WORD}(?:\s+(?:en|&)\s+${SECTION_WORD})?\s*:?$`, 'i');

/** "2. en 3. Aanvragen en adviezen": one heading for several points, after labels became digits. */
function groupedItemHeading(line: string, pointCount: number): Extract<Block, { kind: 'point-heading' }> | null {
  const m = /^\s*((?:\d{1,2}[.)]?\s*(?:,|en|&)\s*)+\d{1,2}[.)])\s+(\S.*)$/.exec(line);
  if (!m) return null;
  const points = (m[1].match(/\d{1,2}/g) ?? []).map(Number);
  if (points.some((n) => n < 1 || n > pointCount)) return null;
  return { kind: 'point-heading', points, content: m[2].trim() };
}

/**
 * "Vraag 3 / <the question> / Antwoord / <the answer>": the label between question and answer
 * ends the question's paragraph but not the point's heading, as a section title would.
 */
const ANSWER_LABEL = /^(?:(?:ons|mijn|het)\s+)?(?:antwoord|beantwoording|reactie)\s*:?$/i;

/** A prose line cut by the page width: what follows it continues the sentence, it heads nothing. */
function continuesProse(previous: string | undefined): boolean {
  const t = previous?.trim() ?? '';
  return t !== '' && !/[.:;!?]$/.test(t) && t.split(/\s+/).length > 6;
}

function numberedItem(line: string, pointCount: number): Extract<Block, { kind: 'item' }> | null {
  // A request quoted back opens with a quotation mark before its first number: "“1. Alle …".
  const m = /^\s*["“„']?\(?(\d{1,2})[.)]\s+(\S.*)$/.exec(line);
  if (!m || Number(m[1]) < 1 || Number(m[1]) > pointCount) return null;
  return { kind: 'item', point: Number(m[1]), text: m[2].trim() };
}

/**
 * A short title line between finished sentences: "Besluit", "Overwegingen:". The next line must
 * start a sentence too, so a short wrapped line ("De politie" + "beschikt niet …") is not taken.
 */
function isSectionTitle(line: string, previous: string | undefined, next: string | undefined): boolean {
  const t = line.trim();
  const words = t.split(/\s+/).length;
  const previousEnded = previous === undefined || previous.trim() === '' || /[.:;!?"]$/.test(previous.trim());
  const nextStarts = next === undefined || next.trim() === '' || /^[\p{Lu}\d("']/u.test(next.trim());
  // Headings that name a refusal ground run longer: "Het voorkomen van onevenredige bevoordeling of benadeling".
  const short = words <= 6 || (words <= 14 && groundsNamedByTitle(t, 'woo').length > 0);
  return previousEnded && nextStarts && short && /^\p{Lu}/u.test(t) && !/[.,;]$/.test(t) && !/\d{4}/.test(t) && !/^(?:https?:|www\.)/.test(t);
}

/** "1             Niet openbaar": a decision table's row, a point number and one wide gap. */
const POINT_ROW = /^\s*\d{1,2}[.)]?\s{3,}\S/;
/** "Deelverzoek   Besluit": a two-column header, one wide gap. */
const TWO_COLUMNS = /^\s*\S+(?: \S+)*\s{3,}\S+(?: \S+)*\s*$/;

/**
 * Two-column decision tables ("Deelverzoek   Besluit" over "1   Niet openbaar") have one gap per
 * line, which prose columns rarely do; they count only as a header over point-numbered rows, so an
 * aligned letterhead ("Datum      5 maart 2024") is not taken for a table.
 */
function isPointColumnRow(line: string, spaced: string[], next: string | undefined): boolean {
  if (spaced.length > 0) return POINT_ROW.test(line) && TWO_COLUMNS.test(line);
  return TWO_COLUMNS.test(line) && !POINT_ROW.test(line) && next !== undefined && POINT_ROW.test(next) && TWO_COLUMNS.test(next);
}

/** "Ad 4 Schetsplannen": a short line opening with a heading word and a number. */
const NUMBERED_HEADING = /^\s*(ad|punt|onderdeel|vraag|deelvraag|verzoekonderdeel|deelverzoek|verzoekpunt)\.?\s+(\d{1,2})\b(?:\s+\S+){0,6}\s*:?$/i;

/**
 * "Ad 1 Brieven … Ad 5 Onderzoeksrapporten" in a letter about two request points: a heading series
 * that numbers past the request counts something else (document categories), so none of its
 * headings is a point's.
 */
function foreignHeadingWords(lines: string[], pointCount: number): Set<string> {
  const foreign = new Set<string>();
  for (const line of lines) {
    const m = NUMBERED_HEADING.exec(line);
    if (m && Number(m[2]) > pointCount) foreign.add(m[1].toLowerCase());
  }
  return foreign;
}

export function segmentLetter(text: string, pointCount: number): Block[] {
  const lines = text.split('\n');
  const foreign = foreignHeadingWords(lines, pointCount);
  const ownHeading = (line: string) => !foreign.has(NUMBERED_HEADING.exec(line)?.[1].toLowerCase() ?? '');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let table: string[][] = [];
  let item: Extract<Block, { kind: 'item' }> | null = null;
  let spaced: string[] = [];
  let skipUntil = 0;
  // "Punt 3. … Deze verslagen maken wij niet" + "openbaar. …": a heading's text cut by the page
  // width goes on in the next lines until its sentence ends.
  let openHeading: Extract<Block, { kind: 'point-heading' }> | null = null;

  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ').replace(/\s+/g, ' ').trim() });
    if (table.length > 0) blocks.push({ kind: 'table', rows: table });
    if (spaced.length > 0) blocks.push({ kind: 'table', rows: spacedCells(spaced) });
    if (item) blocks.push({ ...item, text: item.text.replace(/\s+/g, ' ') });
    paragraph = [];
    table = [];
    spaced = [];
    item = null;
    openHeading = null;
  };

  lines.forEach((line, i) => {
    if (i < skipUntil) return;
    const trimmed = line.trim();
    if (trimmed === '') return flush();
    if (table.length === 0 && spaced.length === 0 && isFlatTableHeader(trimmed)) {
      flush();
      const flat = readFlatTable(lines, i);
      blocks.push({ kind: 'table', rows: flat.rows });
      skipUntil = flat.end;
      return;
    }
    if (isTableRow(line)) {
      if (table.length === 0) flush();
      if (!isTableRule(line)) table.push(tableCells(line));
      return;
    }
    if (table.length > 0) flush();
    // A spaced row starts a table only when the next line is one too: a header needs a row.
    if ((isSpacedRow(line) && (spaced.length > 0 || isSpacedRow(lines[i + 1] ?? ''))) || isPointColumnRow(line, spaced, lines[i + 1])) {
      if (spaced.length === 0) flush();
      spaced.push(line);
      return;
    }
    if (spaced.length > 0) flush();
    // "… Dit betreft" + "punt 2." is a wrapped sentence, not a heading for what follows.
    // "Onderdeel 2" alone on its line, capitalised, heads what follows even after a line without a
    // full stop (a closing "Uw verzoek wordt op dit onderdeel afgewezen" often has none).
    const bare = BARE_POINT_HEADING.test(trimmed) ? pointHeading(trimmed, pointCount) : null;
    const heading = !ownHeading(trimmed)
      ? null
      : (bare ??
        adBracketHeading(trimmed, pointCount) ??
        (continuesProse(lines[i - 1]) ? null : (pointHeading(trimmed, pointCount) ?? groupedItemHeading(trimmed, pointCount) ?? bracketedHeading(trimmed, pointCount))));
    if (heading) {
      flush();
      blocks.push(heading);
      openHeading = heading.content === '' ? null : heading;
      return;
    }
    if (ANSWER_LABEL.test(trimmed)) return flush();
    if (SECTION_NAME.test(trimmed)) {
      flush();
      blocks.push({ kind: 'section', title: trimmed });
      return;
    }
    const numbered = numberedItem(line, pointCount);
    if (numbered) {
      flush();
      item = numbered;
      return;
    }
    // What follows a title, a table or a finished list item starts afresh, as after a full stop.
    const afterBlock = paragraph.length === 0 && table.length === 0 && (blocks[blocks.length - 1]?.kind === 'section' || i === skipUntil);
    const previous = afterBlock || (item && /[.;]$/.test(item.text.trim())) ? undefined : lines[i - 1];
    if (item && (previous !== undefined || !isSectionTitle(trimmed, previous, lines[i + 1]))) {
      item.text += ` ${trimmed}`;
      return;
    }
    if (isSectionTitle(trimmed, previous, lines[i + 1])) {
      flush();
      blocks.push({ kind: 'section', title: trimmed });
      return;
    }
    if (openHeading && !/[.:;!?"]$/.test(openHeading.content)) {
      openHeading.content += ` ${trimmed}`;
      return;
    }
    openHeading = null;
    paragraph.push(trimmed);
  });
  flush();
  return blocks;
}

const ABBREVIATIONS = new Set(['art', 'nr', 'jl', 'o.a', 'd.d', 'bijv', 'blz', 'p', 'm.b.t', 'i.v.m', 't.a.v', 'e.d', 'etc', 'dhr', 'mevr', 'mr', 'drs', 'ir', 'prof', 'jo', 'resp', 'ca', 'vs', 'zgn', 'i.c', 'z.s.m', 'nl', 'a.i', 'c.q', 'e.a', 'mw', 'sub', 'stcrt', 'stb', 'trb']);

/**
 * Splits at sentence ends and at semicolons, which Dutch letters use between separate decisions,
 * and before list bullets ("…toe; - punt 2 …"), where each bullet is a decision of its own.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/(?<=[.!?;:])\s+(?=["'(]?[\p{Lu}\p{Ll}\d]|[-–•*]\s)/gu)) {
    const end = m.index ?? 0;
    const before = text.slice(start, end);
    // Only the last word and the next few characters matter: looking at no more keeps a letter
    // whose "sentences" never end (a list of lower-case lines) linear in its length.
    const lastWord = /(\S+)[.!?;]$/.exec(text.slice(Math.max(start, end - 32), end))?.[1]?.toLowerCase() ?? '';
    const next = text.slice(end + m[0].length, end + m[0].length + 3);
    const bullet = /^[-–•*]\s/.test(next);
    if (before.endsWith(':') && !bullet) continue;
    const isSentenceEnd = bullet || before.endsWith(';') || (!ABBREVIATIONS.has(lastWord.replace(/^\(/, '')) && /^["'(]?[\p{Lu}\d]/u.test(next));
    if (!isSentenceEnd) continue;
    sentences.push(before.trim());
    start = end;
  }
  sentences.push(text.slice(start).trim());
  return sentences.filter((s) => s.length > 0);
}
