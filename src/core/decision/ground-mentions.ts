// Finds refusal grounds cited in a letter's prose or in an inventory cell and returns their codes.
// Letters cite one article with several letters ("artikel 5.1, tweede lid, aanhef en onder e en i,
// Woo"), so a citation is read as parts and expanded, then each code is checked against the table.
import { groundCodeFromCitation, normaliseGround, type Law } from '../grounds.js';

const ORDINAL = String.raw`(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende)`;
const ORDINAL_VALUE: Record<string, number> = { eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, zesde: 6, zevende: 7 };
const PARAGRAPH = String.raw`(?:${ORDINAL}\s+lid|\d\s*e\s+lid|lid\s*\d)`;
const LETTER_LIST = String.raw`(?:aanhef\s+en\s+)?(?:onder|sub|onderdeel|letter)\s*\(?[a-i]\)?(?:\s*(?:,|en|of)\s*(?:onder\s+|sub\s+)?\(?[a-i]\)?)*(?![\p{L}\d])`;
/** "lid 2e" / "lid 2 sub e": the letter written straight after the paragraph number. */
const ATTACHED_LETTER = String.raw`(?<=lid\s*\d)\s*\(?[a-i]\)?(?![\p{L}\d])`;

const CITATION = new RegExp(
  String.raw`(?:\b(?:artikel(?:en)?|art\.?)\s*|\ben\s+(?=5\.)|(?=(?:5\.[124]a?|10|11)\s*,?\s*${PARAGRAPH}))` +
    // Not the end of another statute's number: "artikel 3.3.11 lid 1 van de Huisvestingsverordening".
    String.raw`(?<![\d.,])(5\.[124]a?|10|11)(?![\d.]*\d)` +
    String.raw`((?:\s*,?\s*${PARAGRAPH})?(?:\s*,?\s*(?:${LETTER_LIST}|${ATTACHED_LETTER}))?` +
    // "eerste lid, onder d, en tweede lid, onder e en h": one article, several paragraphs.
    String.raw`(?:\s*,?\s*en\s+${PARAGRAPH}(?:\s*,?\s*(?:${LETTER_LIST}|${ATTACHED_LETTER}))?)*)`,
  'giu',
);

const COMPACT_CODE = /\b(?:wob-)?(5\.1\.[12]\.?\s?[a-i]|5\.1\.[456]|5\.2\.[12]|10\.[127]\.?\s?[a-g]|11\.1)(?![\p{L}\d])/giu;

const PARAGRAPH_PARTS = new RegExp(String.raw`(${ORDINAL})\s+lid|(\d)\s*e\s+lid|lid\s*(\d)`, 'gi');

/** The (paragraph, letters) pairs of a citation's tail; letters belong to the paragraph before them. */
function paragraphsAndLetters(tail: string): { paragraph?: number; letters: (string | undefined)[] }[] {
  const found = [...tail.matchAll(PARAGRAPH_PARTS)];
  const segments =
    found.length === 0
      ? [{ paragraph: undefined, text: tail }]
      : found.map((m, i) => ({
          paragraph: m[1] ? ORDINAL_VALUE[m[1].toLowerCase()] : Number(m[2] ?? m[3]),
          text: tail.slice((m.index ?? 0) + m[0].length, found[i + 1]?.index ?? tail.length),
        }));
  return segments.map(({ paragraph, text }) => {
    const letters = [...text.matchAll(/(?<![\p{L}])\(?([a-i])\)?(?![\p{L}\d])/giu)].map((m) => m[1].toLowerCase());
    return { paragraph, letters: letters.length > 0 ? letters : [undefined] };
  });
}

/** Secrecy provisions of other statutes: "artikel 67 Awr", "artikel 7, eerste lid, van de Wet politiegegevens". */
const SPECIAL_STATUTES: { re: RegExp; code: string }[] = [
  { re: /\bartikel\s+67(?:\s*,?\s*(?:eerste|tweede)\s+lid)?\s*,?\s*(?:van\s+de\s+)?(?:awr\b|algemene\s+wet\s+inzake\s+rijksbelastingen)/giu, code: 'awr-67' },
  { re: /\bartikel\s+7(?:\s*,?\s*(?:eerste|tweede)\s+lid)?\s*,?\s*(?:van\s+de\s+)?(?:wpg\b|wet\s+politiegegevens)/giu, code: 'wpg-7' },
  { re: /\bartikel\s+28(?:\s*,?\s*(?:eerste|tweede)\s+lid)?\s*,?\s*(?:van\s+de\s+)?(?:wet\s+)?bibob\b/giu, code: 'bibob-28' },
];

/**
 * OCR misreads the "1" of "artikel 10" and "artikel 11" as a letter ("artikel io", "artikel ao",
 * "artikel l1"); only right after "artikel", and only before what follows an article number.
 */
const OCR_ARTICLE = /\b(artikel(?:en)?\s+)([ialI1][oO0]|[ilI1][ilI1])(?=\s*(?:,|lid\b|(?:eerste|tweede|derde|zevende)\s+lid\b|van\s+de\s+wob\b|wob\b|en\b))/giu;

function repairArticleOcr(text: string): string {
  return text.replace(OCR_ARTICLE, (_, word: string, number: string) => `${word}${/[oO0]$/.test(number) ? '10' : '11'}`);
}

/** All grounds cited in running text, in order of appearance, without duplicates. */
export function findGroundsInText(raw: string): string[] {
  const text = repairArticleOcr(raw);
  const found: { at: number; code: string }[] = [];
  for (const { re, code } of SPECIAL_STATUTES) for (const m of text.matchAll(re)) found.push({ at: m.index ?? 0, code });
  // "de artikelen 10, tweede lid, onder g, en 11 van de Wob": the second article has no lid of its own.
  // Bare "de artikelen 10 en 11" names the grounds in general, not art. 11 applied.
  for (const m of text.matchAll(/\bartikelen\s+10\s*,?\s*(?:\S+\s+){0,6}?(?:lid|onder|sub)\b[^.;]{0,60}?\ben\s+11\b(?![.,]?\s*\d)/giu)) found.push({ at: (m.index ?? 0) + m[0].length - 2, code: 'wob-11.1' });
  for (const m of text.matchAll(CITATION)) {
    const article = m[1].toLowerCase();
    for (const { paragraph, letters } of paragraphsAndLetters(m[2])) {
      for (const letter of letters) {
        const code = groundCodeFromCitation({ article, paragraph, letter });
        if (code) found.push({ at: m.index ?? 0, code });
      }
    }
  }
  for (const m of text.matchAll(COMPACT_CODE)) {
    const code = normaliseGround(m[1]);
    if (code) found.push({ at: m.index ?? 0, code });
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.code))];
}

/**
 * Grounds in an inventory cell, where short forms are normal ("5.2", "11", "10.2.e",
 * "5.1 lid 2 sub e"): prose citations first, then each comma- or "en"-separated part on its own.
 */
export function findGroundsInCell(cell: string, law: Law): string[] {
  const inProse = findGroundsInText(cell);
  if (inProse.length > 0) return inProse;
  const parts = cell.split(/\s*(?:[;,/+]|\s(?:en|of)\s)\s*/);
  return [...new Set(parts.map((part) => normaliseGround(part, law)).filter((c): c is string => c !== null))];
}

/**
 * Letters often name the interest instead of the article ("persoonsgegevens zijn niet openbaar
 * gemaakt"). The interests below are the law's own wording for its grounds, so they identify a
 * ground in any letter; used only for a withheld point whose sentences cite no article.
 */
const TOPICS: { re: RegExp; woo: string; wob: string; plain?: true }[] = [
  { re: /\beenheid\s+van\s+de\s+kroon\b/i, woo: '5.1.1a', wob: 'wob-10.1a' },
  { re: /\bveiligheid\s+van\s+de\s+staat\b/i, woo: '5.1.1b', wob: 'wob-10.1b' },
  { re: /\bbijzondere\s+persoonsgegevens\b|\bgegevens\s+over\s+(?:de\s+)?gezondheid\b/i, woo: '5.1.1d', wob: 'wob-10.1d' },
  { re: /\bbedrijfs-\s+en\s+fabricagegegevens\b[^.]*\bvertrouwelijk\b|\bvertrouwelijk\b[^.]*\bbedrijfs-\s+en\s+fabricagegegevens\b/i, woo: '5.1.1c', wob: 'wob-10.1c' },
  // The Wob had no ground of its own for identification numbers; letters withheld them on 10.2.e.
  { re: /\bburgerservicenummers?\b|\bBSN(?:-nummers?)?\b|\bidentificatienummers?\b/, woo: '5.1.1e', wob: 'wob-10.2e' },
  { re: /\bbetrekkingen\s+van\s+nederland\b/i, woo: '5.1.2a', wob: 'wob-10.2a' },
  { re: /\beconomische\s+(?:en|of)\s+financi[eë]le\s+belangen\b/i, woo: '5.1.2b', wob: 'wob-10.2b' },
  { re: /\bopsporing\s+en\s+vervolging\b/i, woo: '5.1.2c', wob: 'wob-10.2c' },
  { re: /\binspectie,?\s+controle\s+en\s+toezicht\b/i, woo: '5.1.2d', wob: 'wob-10.2d' },
  { re: /\bpersoonlijke\s+levenssfeer\b|(?<!bijzondere\s)\bpersoonsgegevens\b/i, woo: '5.1.2e', wob: 'wob-10.2e' },
  // "privacy" is the plain word for it, not the law's: as a heading it may head a subject ("Privacy"
  // over a DPIA) as well as a ground. "privacy impact assessment" is a document's name.
  { re: /\bprivacy\b(?![\s-]*(?:impact|officer|statement|verklaring|beleid))/i, woo: '5.1.2e', wob: 'wob-10.2e', plain: true },
  { re: /\bals\s+eerste\s+kennis\s+te\s+(?:kunnen\s+)?nemen\b/i, woo: '5.1.4', wob: 'wob-10.2f' },
  { re: /\bconcurrentiegevoelige\b/i, woo: '5.1.2f', wob: 'wob-10.2g' },
  { re: /\bbescherming\s+van\s+het\s+milieu\b/i, woo: '5.1.2g', wob: 'wob-10.7a' },
  { re: /\bbeveiliging\s+van\s+(?:personen|bedrijven)\b|\bsabotage\b/i, woo: '5.1.2h', wob: 'wob-10.2g' },
  { re: /\bgoed\s+functioneren\s+van\b/i, woo: '5.1.2i', wob: 'wob-10.2g' },
  // Wob 10.2.g protected against "onevenredige bevoordeling of benadeling"; the Woo keeps
  // "onevenredige benadeling" of another interest as its residual ground (art. 5.1, vijfde lid).
  { re: /\bonevenredige?\s+(?:bevoordeling|benadeling|nadeel)\b|\bonevenredig\s+(?:benadeeld|bevoordeeld|benadelen|bevoordelen|benadeelt|bevoordeelt)\b|\b(?:benadeelt|bevoordeelt|benadelen|bevoordelen)\s+(?:\S+\s+){0,3}?onevenredig\b/i, woo: '5.1.5', wob: 'wob-10.2g' },
  { re: /\bpersoonlijke\s+beleidsopvattingen\b|\bintern\s+beraad\b/i, woo: '5.2.1', wob: 'wob-11.1' },
  // Secrecy provisions of other statutes, named without their article.
  { re: /\bfiscale\s+geheimhouding|\bAwr\b/, woo: 'awr-67', wob: 'awr-67' },
  { re: /\bwet\s+politiegegevens\b|\bWpg\b/i, woo: 'wpg-7', wob: 'wpg-7' },
  { re: /\bbibob\b/i, woo: 'bibob-28', wob: 'bibob-28' },
];

/** Headings name a ground by its interest alone: "Bedrijfs- en fabricagegegevens", "Intern beraad". */
const TITLE_TOPICS: { re: RegExp; woo: string; wob: string }[] = [
  { re: /^(?:de\s+|het\s+)?(?:vertrouwelijke\s+)?bedrijfs-\s+en\s+fabricagegegevens\b(?![^.]*\bconcurrentiegevoelig)/i, woo: '5.1.1c', wob: 'wob-10.1c' },
];

export function groundsFromTopics(text: string, law: Law): string[] {
  return [...new Set(TOPICS.filter((t) => t.re.test(text)).map((t) => t[law]))];
}

/** The grounds a section heading names: an article it cites ("(artikel 10, tweede lid, onder e, van de Wob)"), else the interest. */
export function groundsNamedByTitle(title: string, law: Law): string[] {
  if (title.split(/\s+/).length > 16) return [];
  const cited = findGroundsInText(title);
  if (cited.length > 0) return cited;
  return [...new Set([...TITLE_TOPICS, ...TOPICS].filter((t) => !('plain' in t) && t.re.test(title.trim())).map((t) => t[law]))];
}

/**
 * "ter bescherming van de persoonlijke levenssfeer", "om hun privacy te beschermen": an interest
 * named as the reason for withholding is a ground even next to a cited article for another part
 * ("op grond van artikel 5.1, lid 2, sub f en ter bescherming van de persoonlijke levenssfeer").
 */
const INTEREST_CLAUSE =
  /\b(?:ter\s+(?:bescherming|eerbiediging|voorkoming|voorkomen)|in\s+het\s+belang|vanwege\s+de\s+bescherming)\s+van\s+([^.;()]{0,100})|\bom\s+([^.;()]{0,80}?)\s+te\s+(?:beschermen|eerbiedigen|voorkomen)\b/gi;

export function groundsFromInterestClauses(text: string, law: Law): string[] {
  return [...new Set([...text.matchAll(INTEREST_CLAUSE)].flatMap((m) => groundsFromTopics(m[1] ?? m[2], law)))];
}
