// What a point's answer points to: a URL first (the most useful thing to keep), otherwise the body
// a request was forwarded to or the document the letter refers to, in the letter's own words.
import { findUrls, isFullUrl } from './urls.js';
import type { Outcome } from './types.js';

const FORWARDED_TO = [
  /\b(?:doorgezonden|doorgestuurd|doorgeleid|overgedragen|gezonden|gestuurd)\s+(?:\S+\s+){0,3}?(?:aan|naar)\s+((?:het|de)\s+[^.;()]+|\p{Lu}[^.;()]+)/iu,
  /\b(?:aan|naar)\s+((?:het|de)\s+[^,.;()]+?)\s+(?:\S+\s+){0,2}?(?:doorgezonden|doorgestuurd|doorgeleid|overgedragen)\b/iu,
];
const REFERRED_TO = /\b(?:verwij(?:s|st|zen)|verwezen)\s+(?:\S+\s+){0,4}?naar\s+([^.;]+)|\bterecht\s+bij\s+([^.;]+)/i;
/** "Stcrt. 2022, 31455", "Stb. 2021, 499": an official publication is cited exactly as written. */
const OFFICIAL_CITATION = /\b(?:Stcrt|Stb|Trb)\.\s*\d{4},\s*(?:nr\.\s*)?\d+/;
const PUBLISHED_AS = /\b(?:te\s+vinden|gepubliceerd|te\s+raadplegen|vindt\s+u)\s+(?:op|in|via)\s+([^.;]+)/i;

const clip = (phrase: string) =>
  phrase
    .trim()
    // Stop where the name ends and the sentence goes on: "…, waar de politie …", "… omdat …".
    .replace(/,?\s+(?:dat|die|waar|omdat|zodat|onder\s+mededeling|met\s+het\s+verzoek|ter\s+behandeling)\b.*$/i, '')
    .replace(/[\s,:]+$/, '')
    .slice(0, 200);

export function findReference(sentences: string[], outcome: Outcome): string | undefined {
  const urls = sentences.flatMap(findUrls);
  const url = urls.find(isFullUrl) ?? urls[0];
  if (url) return url;
  const citation = outcome === 'already_public' ? sentences.map((s) => OFFICIAL_CITATION.exec(s)?.[0]).find(Boolean) : undefined;
  if (citation) return citation;
  const pattern = outcome === 'forwarded' ? FORWARDED_TO : outcome === 'referred' ? [REFERRED_TO] : outcome === 'already_public' ? [PUBLISHED_AS] : [];
  for (const sentence of sentences) {
    for (const re of pattern) {
      const m = re.exec(sentence);
      const phrase = m?.[1] ?? m?.[2];
      if (phrase) return clip(phrase);
    }
  }
  return undefined;
}
