// Cleans text extracted from PDFs and scans before anything reads it. Each repair is general
// (typography, line breaking, OCR digit confusion); none knows about a particular letter.
import { removePageFurniture } from './furniture.js';
import { joinBrokenUrls } from './urls.js';

const LIGATURES: Record<string, string> = { 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st' };

/**
 * Words the parser's patterns rely on. OCR and PDF extraction split words with a stray space or
 * line break ("open baar", "aan getroffen"); two neighbours that together spell one of these words
 * are joined again. A closed list keeps legitimate word pairs intact.
 */
const KEY_WORDS = new Set([
  'openbaar', 'openbaarmaking', 'aangetroffen', 'opgemaakt', 'gepubliceerd', 'doorgezonden', 'doorgestuurd',
  'gedeeltelijk', 'verstrekt', 'vastgelegd', 'gedocumenteerd', 'beschikbaar', 'afgewezen', 'achterwege',
  'ontvangen', 'ontvangst', 'ontvangstbevestiging', 'verdaagd', 'verdaging', 'verzoekonderdeel', 'onderdeel',
  'documenten', 'weigeringsgrond', 'levenssfeer', 'persoonsgegevens', 'gevonden', 'aanwezig', 'geregistreerd',
]);

export function normaliseLetterText(raw: string): string {
  let text = raw
    .replace(/\r\n?|\f/g, '\n')
    .replace(/[\uFB00-\uFB06]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[\u00AD\u200B-\u200D\uFEFF]/g, '')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[‘’‚]/g, "'")
    .replace(/[“”„]/g, '"');
  // Page breaks first: a header between "open-" and "baar" would keep the word apart.
  text = removePageFurniture(text);
  // URLs first: their hyphens are real, so the word-hyphenation repair below must not eat them.
  text = joinBrokenUrls(text);
  text = joinHyphenatedWords(text);
  text = repairOcrDigits(text);
  return rejoinSplitKeyWords(text);
}

/** "open-\nbaar" and OCR's "open- baar" → "openbaar"; "bedrijfs- en fabricage…" stays as written. */
function joinHyphenatedWords(text: string): string {
  return text.replace(/(\p{Ll})-(?:\n[ \t]*| )(?!(?:en|of|tot|t\/m|noch)\b)(?=\p{Ll})/gu, '$1');
}

/**
 * OCR confuses 1 with l and 0 with O next to digits ("punt l", "5.l", "2O21") and inserts spaces
 * around dots ("5. 1"). Only places where a digit is certain are repaired.
 */
export function repairOcrDigits(text: string): string {
  return text
    .replace(/\b(punt(?:en)?|onderdeel|onderdelen|vraag|vragen|ad|artikel|art\.)\s+l\b/gi, '$1 1')
    .replace(/^([ \t]*)l([.)][ \t])/gm, '$11$2')
    .replace(/(?<=\d\s?\.)l(?![\p{L}])/gu, '1')
    .replace(/(?<=\d)[lI](?=\d|\b)/g, '1')
    .replace(/\b[lI](?=\d)/g, '1')
    .replace(/(?<=\d)O|O(?=\d)/g, '0')
    // The reverse confusions in words: "0ns", "0penbaar"; "Iid" for "lid" in citations.
    .replace(/\b0(?=\p{Ll}{2})/gu, 'O')
    .replace(/\bIid\b/g, 'lid')
    // Stray spaces are only repaired in citations, where "5. 1" cannot be a list item followed by a number.
    .replace(/\b(artikel(?:en)?|art\.)\s+(\d{1,2})\s?\.\s?(\d)/gi, '$1 $2.$3')
    .replace(/\b(\d)\s?\.\s?(\d)\s?\.\s?(\d)(?=[a-i]?\b)/g, '$1.$2.$3');
}

function rejoinSplitKeyWords(text: string): string {
  const parts = text.split(/([ \t]+|\n)/);
  for (let i = 0; i + 2 < parts.length; i += 2) {
    const [left, gap, right] = [parts[i], parts[i + 1], parts[i + 2]];
    if (gap !== ' ' && gap !== '\n') continue;
    const trailing = /[.,;:)]*$/.exec(right)?.[0] ?? '';
    const joined = (left + right.slice(0, right.length - trailing.length)).toLowerCase();
    if (/^\p{L}+$/u.test(joined) && KEY_WORDS.has(joined) && !KEY_WORDS.has(left.toLowerCase())) {
      parts.splice(i, 3, left + right);
      i -= 2;
    }
  }
  return parts.join('');
}
