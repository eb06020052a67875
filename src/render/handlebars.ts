// One isolated Handlebars environment for our own template files. Answers are passed as data only:
// they are never compiled, so "{{constructor}}" typed by a user appears literally.
import Handlebars from 'handlebars';
import { formatDateLong, isIsoDate } from '../core/dates.js';

const hb = Handlebars.create();

hb.registerHelper('datum', (value: unknown) =>
  typeof value === 'string' && isIsoDate(value) ? formatDateLong(value) : String(value ?? ''),
);

const cache = new Map<string, Handlebars.TemplateDelegate>();

/** Fills one of our template strings with plain data (strict: a missing field is an error). */
export function fill(source: string, data: Record<string, unknown>): string {
  let compiled = cache.get(source);
  if (!compiled) {
    compiled = hb.compile(source, { strict: true, noEscape: true, knownHelpers: { datum: true }, knownHelpersOnly: false });
    cache.set(source, compiled);
  }
  return compiled(data).replace(/\s+/g, ' ').trim();
}

/** Throws when a template string does not compile (used to lint templates when loaded). */
export function checkTemplateString(source: string): void {
  hb.precompile(source, { strict: true, knownHelpers: { datum: true } });
}
