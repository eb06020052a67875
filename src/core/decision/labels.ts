// Letters label request points in other ways than 1, 2, 3: "I. / II. / Ad III" or "a. / b. /
// Onderdeel c". The request the user stored is numbered, so such labels are rewritten to numbers
// (a → 1, II → 2) before the letter is read, and every later step only has to know digits.
// Letters and roman numerals are ambiguous ("I. Dijkstra", "onder e" in a ground citation), so a
// scheme is only used when the letter itself lists points with it, in order, starting at the
// first label, and does not also number them with digits.

const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];
const LETTERS = 'abcdefghijklmnopqrst'.split('');

interface Scheme {
  /** Label (lower case) → point number. */
  value: (label: string) => number;
  /** A list line's marker: "II. ", "b) ". */
  listMarker: RegExp;
  /** A label after a point keyword: "Ad II", "onderdeel b"; matched case-insensitively, then checked. */
  label: string;
  accepts: (label: string) => boolean;
}

const KEYWORDS = String.raw`(?:ad\.?|punt(?:en)?|(?:verzoek)?onderde(?:el|len)|vra(?:ag|gen)|verzoekpunt(?:en)?|verzoek|deelverzoek)`;

const ROMAN: Scheme = {
  value: (label) => ROMANS.indexOf(label.toLowerCase()) + 1,
  listMarker: /^([ \t]*)([IVX]{1,5})([.)])(?=[ \t]+\S)/gm,
  label: String.raw`[IVX]{1,5}`,
  // "punt i" or "ad v" in lower case is too likely a word or a letter; roman labels are capitals.
  accepts: (label) => /^[IVX]+$/.test(label),
};

const LETTER: Scheme = {
  value: (label) => LETTERS.indexOf(label.toLowerCase()) + 1,
  // "a." and "A." alike: provinces and ministries often list request parts as "A. … B. …".
  listMarker: /^([ \t]*)\(?([a-tA-T])([.)])(?=[ \t]+\S)/gm,
  label: String.raw`[a-tA-T]`,
  accepts: () => true,
};

/** Whether the letter lists at least two points with this scheme, in order from the first label. */
function listsWith(text: string, scheme: Scheme): boolean {
  const values = [...text.matchAll(scheme.listMarker)].map((m) => scheme.value(m[2]));
  return values.some((v, i) => v === 1 && values[i + 1] === 2);
}

/**
 * A run of digit-numbered list lines from 1: then other labels are sub-points or sections.
 * Numbered section titles ("1. Uw verzoek", "2. Besluit") are the letter's outline, not a list.
 */
function hasDigitList(text: string): boolean {
  const numbers = [...text.matchAll(/^[ \t]*\(?(\d{1,2})[.)][ \t]+(\S.*)$/gm)]
    .filter((m) => m[2].trim().split(/\s+/).length > 4 || /[.;,:]$/.test(m[2].trim()))
    .map((m) => Number(m[1]));
  return numbers.some((n, i) => n === 1 && numbers.slice(i + 1).includes(2));
}

function relabel(text: string, scheme: Scheme): string {
  // "eerste lid, onderdeel c" and "onder e" cite an article, not a point.
  const afterKeyword = new RegExp(String.raw`(?<!lid,?\s{0,3}(?:aanhef\s+en\s+)?)\b(${KEYWORDS})(\s+)(${scheme.label})(?![\p{L}\d])`, 'giu');
  // "II. en III. Aanvragen": a heading for two points at once; every label in the run is renumbered.
  const groupedMarker = new RegExp(String.raw`^([ \t]*)(${scheme.label}[.)](?:[ \t]*(?:,|en|&)[ \t]*${scheme.label}[.)])+)(?=[ \t]+\S)`, 'gm');
  const renumber = (label: string) => (scheme.value(label) > 0 ? String(scheme.value(label)) : label);
  // "Ad b en c", "onderdelen a, b en d", "a tot en met c": every label of the list after the keyword.
  const labelList = new RegExp(
    String.raw`(?<!lid,?\s{0,3}(?:aanhef\s+en\s+)?)\b(${KEYWORDS})(\s+)(${scheme.label}(?:\s*(?:,\s*|\s+(?:en|tot\s+en\s+met|t\/m)\s+)${scheme.label})+)(?![\p{L}\d])`,
    'giu',
  );
  // A label alone in a table column ("…   b   Deels openbaar") names the row's point.
  const columnLabel = new RegExp(String.raw`(?<=(?: {2,}|\t|\|)[ \t]*)(${scheme.label})(?=[ \t]*(?: {2,}|\t|\|))`, 'g');
  // "de onderdelen (b) en (d)": labels in brackets after the keyword lose them, then read as above.
  const bracketed = new RegExp(
    String.raw`(?<!lid,?\s{0,3}(?:aanhef\s+en\s+)?)(?<=\b${KEYWORDS}\s+(?:\(?${scheme.label}\)?(?:\s*,\s*|\s+(?:en|tot\s+en\s+met|t\/m)\s+))*)\((${scheme.label})\)`,
    'giu',
  );
  return text
    .replace(bracketed, '$1')
    .replace(labelList, (whole, keyword: string, space: string, list: string) =>
      list.split(/(\s*,\s*|\s+(?:en|tot\s+en\s+met|t\/m)\s+)/i).every((part, i) => i % 2 === 1 || (scheme.value(part) > 0 && scheme.accepts(part)))
        ? `${keyword}${space}${list.replace(new RegExp(String.raw`(?<![\p{L}])${scheme.label}(?![\p{L}])`, 'gu'), renumber)}`
        : whole,
    )
    .replace(columnLabel, (label: string) => (scheme.accepts(label) ? renumber(label) : label))
    .replace(groupedMarker, (_whole, indent: string, run: string) => indent + run.replace(new RegExp(String.raw`${scheme.label}(?=[.)])`, 'g'), renumber))
    .replace(scheme.listMarker, (whole, indent: string, label: string, mark: string) => {
      const n = scheme.value(label);
      return n > 0 ? `${indent}${n}${mark}` : whole;
    })
    .replace(afterKeyword, (whole, keyword: string, space: string, label: string) => {
      const n = scheme.value(label);
      return n > 0 && scheme.accepts(label) ? `${keyword}${space}${n}` : whole;
    });
}

/**
 * The letter up to its signature: the statute annex after it numbers its members "1. … 2. …" and
 * letters them "a. …", which says nothing about how the request's points are labelled.
 */
function beforeSignature(text: string): string {
  const closing = /^[ \t]*(?:hoogachtend|met\s+(?:vriendelijke|hartelijke)\s+groet(?:en)?|met\s+de\s+meeste\s+hoogachting)\b/im.exec(text);
  return closing ? text.slice(0, closing.index) : text;
}

export function numberPointLabels(text: string): string {
  const letter = beforeSignature(text);
  if (hasDigitList(letter)) return text;
  if (listsWith(letter, ROMAN)) return relabel(text, ROMAN);
  if (listsWith(letter, LETTER)) return relabel(text, LETTER);
  return text;
}
