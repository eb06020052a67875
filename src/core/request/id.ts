// Request ids: "<year>-<sequence>-<body>-<topic>", short, readable and stable (e.g. 2026-003-politie-cas).
import type { IsoDate } from '../dates.js';

// Words that say what kind of body it is rather than which one.
const GENERIC = new Set([
  'gemeente', 'provincie', 'ministerie', 'van', 'voor', 'de', 'het', 'en', 'der', 'nationale', 'waterschap',
  'hoogheemraadschap', 'college', 'burgemeester', 'wethouders', 'gedeputeerde', 'staten', 'dienst', 'bureau',
  'autoriteit', 'stichting', 'raad', 'regionale', 'eenheid', 'een', 'over', 'systeem', 'in', 'op', 'te', 'bij',
  'aan', 'uit', 'met', 'naar', 'om',
]);

export function slugWords(text: string, maxWords: number, skipGeneric: boolean, maxLength = 24): string {
  const words = text
    .replace(/ĳ/g, 'ij')
    .replace(/Ĳ/g, 'IJ')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const significant = skipGeneric ? words.filter((w) => !GENERIC.has(w)) : words;
  // Whole words only, as many as fit: "herinrichting-statio" would read as a typo.
  let slug = '';
  for (const word of (significant.length ? significant : words).slice(0, maxWords)) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) return slug || word.slice(0, maxLength);
    slug = next;
  }
  return slug;
}

export function nextRequestId(created: IsoDate, existingIds: string[], bodyName: string, topic: string): string {
  const year = created.slice(0, 4);
  const used = existingIds
    .map((id) => new RegExp(`^${year}-(\\d{3,})-`).exec(id))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]));
  const seq = String((used.length ? Math.max(...used) : 0) + 1).padStart(3, '0');
  const parts = [year, seq, slugWords(bodyName, 2, true, 16), slugWords(topic, 2, true, 20)].filter(Boolean);
  return parts.join('-');
}
