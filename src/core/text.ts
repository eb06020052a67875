// User text is data: it may not carry terminal control sequences into screens, files or letters.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Removes control characters (ANSI escapes, bidi overrides) and folds white space to single spaces. */
export function cleanText(value: string): string {
  return value.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
