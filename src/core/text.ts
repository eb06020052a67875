// User text is data: it may not carry terminal control sequences into screens, files or letters.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Any control character at all, line breaks and tabs included: a name or address is one plain line. */
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

export function hasControlCharacters(value: string): boolean {
  return ANY_CONTROL.test(value);
}

/** Removes control characters (ANSI escapes, bidi overrides) and folds white space to single spaces. */
export function cleanText(value: string): string {
  return value.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
