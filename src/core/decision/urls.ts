// Web addresses in letters: PDF extraction breaks long URLs over lines, and the reference a body
// gives for "reeds openbaar" is only useful when it is whole again.

const URL_AT_LINE_END = /((?:https?:\/\/|www\.)[^\s<>"]*)\n[ \t]*([^\s<>"]+)/g;

/** Whether the text on the next line continues a URL that the line break cut off. */
function continuesUrl(url: string, next: string): boolean {
  if (/[.,;:!?)]$/.test(url) && !/[/\-_=&#%~]$/.test(url)) return false;
  if (/[/\-_=?&#%~]$/.test(url)) return /^[\w\-./?=&%#~:+]+$/.test(next) && !/^\p{Lu}\p{Ll}+[.,;:]?$/u.test(next);
  // The URL ended in a word: only a clear path or file part on the next line belongs to it.
  return /^\//.test(next) || /^[\w\-]+\.(?:html?|pdf|aspx|php|docx?|odt)\b/i.test(next) || /^[\w\-.]+\/[\w\-./?=&%#~]*$/.test(next);
}

export function joinBrokenUrls(text: string): string {
  let previous: string;
  do {
    previous = text;
    text = text.replace(URL_AT_LINE_END, (match, url: string, next: string) => (continuesUrl(url, next) ? url + next : match));
  } while (text !== previous);
  return text;
}

/** "amersfoort.nl/deelscooters": a bare domain, only trusted with a Dutch-government-style TLD. */
const BARE_DOMAIN = /(?<![\w@./-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:nl|eu|be|org|com|net|frl)(?:\/[^\s<>"()]*)?(?![\w@-])/gi;

export const isFullUrl = (url: string) => /^(?:https?:\/\/|www\.)/i.test(url);

/** URLs in a text: full ones (scheme or www.) first, then bare domains, each without trailing punctuation. */
export function findUrls(text: string): string[] {
  const trim = (url: string) => url.replace(/[.,;:!?'"]+$/, '');
  const full = (text.match(/(?:https?:\/\/|www\.)[^\s<>"()]+/g) ?? []).map(trim);
  const withoutFull = text.replace(/(?:https?:\/\/|www\.)[^\s<>"()]+/g, ' ');
  const bare = (withoutFull.match(BARE_DOMAIN) ?? []).map(trim);
  return [...full, ...bare];
}
