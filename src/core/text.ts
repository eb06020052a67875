// User text and third-party text (decision letters, inventory lists, bodies.json) are data: they
// may not carry terminal control sequences into screens, files or letters. The cleaning lives
// here, once; src/cli/io.ts applies terminalSafe to everything printed as the last line of defence.

/**
 * Whole escape sequences, so that no payload is left behind: CSI (ESC [ … final byte, or C1 CSI),
 * OSC / DCS / SOS / PM / APC strings up to BEL or ST (an unterminated one ends at the line end, so
 * a stray opener cannot swallow the rest of a letter), and the short ESC forms (ESC c, ESC ( B).
 */
const ESCAPE_SEQUENCE =
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[^\u0007\u001b\u009c\n]*(?:\u0007|\u001b\\|\u009c)?|\u001b[ -/]*[0-~]?/g;
/** C0 except tab and line feed, DEL, C1, and the bidi overrides that reorder what is shown. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** The same, but a CR that ends a line (CRLF: CSV, ICS, e-mail) is harmless and kept. */
const CONTROL_BUT_CRLF = /\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const SOME_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** Any control character at all, line breaks and tabs included: a name or address is one plain line. */
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

export function hasControlCharacters(value: string): boolean {
  return ANY_CONTROL.test(value);
}

/** Text as it may reach a terminal: no escape sequences, no controls but \n, \t and the CR of CRLF. */
export function terminalSafe(text: string): string {
  // Most output is clean: skip the copies then.
  if (!SOME_CONTROL.test(text)) return text;
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL_BUT_CRLF, '');
}

/**
 * A letter's text as read from a file or PDF: one kind of line end (CRLF and a bare CR become a
 * line feed), no byte-order mark, no escape sequences or other controls; tabs stay (tables).
 */
export function cleanLetterText(text: string): string {
  return text
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .replace(ESCAPE_SEQUENCE, '')
    .replace(CONTROL, '');
}

/** One line of user text: controls and escape sequences removed, white space folded to single spaces. */
export function cleanText(value: string): string {
  return value.replace(ESCAPE_SEQUENCE, '').replace(/\s+/g, ' ').replace(CONTROL, '').replace(/ {2,}/g, ' ').trim();
}

/**
 * Where a point's documents are (a URL or a description), or undefined when nothing is left.
 * A URL with a control character near it is no URL (an OSC 8 link hides where it leads): dropped.
 */
export function cleanReference(value: string): string | undefined {
  if (value.includes('://') && hasControlCharacters(value.trim())) return undefined;
  const clean = cleanText(value);
  return clean === '' ? undefined : clean;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export type TextEncodingName = 'UTF-8' | 'UTF-16 (little-endian)' | 'UTF-16 (big-endian)' | 'Windows-1252';

/**
 * A text file's characters, whatever a Dutch office wrote it with: UTF-8 with or without a
 * byte-order mark, UTF-16 with a BOM (Word's "Unicode text"), or Windows-1252 / Latin-1 when the
 * bytes are no UTF-8 ("geïnformeerd" from an old mail program). Undefined for binary data.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16 (little-endian)' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16 (big-endian)' };
  if (bytes.includes(0)) return undefined;
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'Windows-1252' };
  }
}

/** Text read as UTF-8 without its byte-order mark, which JSON.parse would call a syntax error. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Every other byte zero: UTF-16 text that lost its byte-order mark. */
export function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let even = 0;
  let odd = 0;
  sample.forEach((b, i) => {
    if (b === 0) i % 2 === 0 ? even++ : odd++;
  });
  if (!(Math.max(even, odd) > sample.length / 4 && Math.min(even, odd) < sample.length / 50)) return false;
  // The bytes beside the zeros must read as Latin text, else it is just binary data with zeros.
  const textParity = even > odd ? 1 : 0;
  let chars = 0;
  let printable = 0;
  sample.forEach((b, i) => {
    if (i % 2 !== textParity) return;
    chars++;
    if ((b >= 0x20 && b !== 0x7f) || b === 0x09 || b === 0x0a || b === 0x0d) printable++;
  });
  return chars > 0 && printable >= chars * 0.9;
}
