// One isolated Handlebars environment for our own template files. Answers are passed as data only:
// they are never compiled, so "{{constructor}}" typed by a user appears literally.
import Handlebars from 'handlebars';
import { formatDateLong, isIsoDate } from '../core/dates.js';

const hb = Handlebars.create();

hb.registerHelper('datum', (value: unknown) =>
  typeof value === 'string' && isIsoDate(value) ? formatDateLong(value) : String(value ?? ''),
);

// {{log}} would print to stdout (and so into --json output or a letter piped elsewhere): it does nothing.
hb.registerHelper('log', () => '');

const KNOWN_HELPERS = { datum: true };
const cache = new Map<string, Handlebars.TemplateDelegate>();

/**
 * Handlebars' English errors in Dutch: an unclosed or mismatched block, an unknown helper, a field the
 * template does not define, or a syntax error, with the line where Handlebars found it.
 */
export function templateErrorText(e: unknown): string {
  const message = (e as Error)?.message ?? String(e);
  const line = /on line (\d+)|- (\d+):\d+/.exec(message);
  const at = line ? ` (regel ${line[1] ?? line[2]} van de tekst)` : '';
  let m: RegExpExecArray | null;
  if ((m = /(\S+) doesn't match (\S+)/.exec(message))) return `het blok {{#${m[1]}}} wordt afgesloten met {{/${m[2]}}}${at}`;
  if (/got 'EOF'/.test(message) && /OPEN_ENDBLOCK|INVERSE/.test(message)) return `een blok ({{#if …}}, {{#each …}}, …) is niet afgesloten met {{/…}}${at}`;
  if ((m = /unknown helper (\S+)/.exec(message))) return `onbekende helper "${m[1]}": woo kent alleen {{datum …}} en de ingebouwde if, unless, each, with en lookup${at}`;
  if ((m = /"([^"]+)" not defined in/.exec(message))) return `onbekend veld "${m[1]}": gebruik alleen de sleutels van de vragen (en derived) van dit sjabloon${at}`;
  return `de {{…}}-code klopt niet${at}`;
}

/** Fills one of our template strings with plain data (strict: a missing field is an error). */
export function fill(source: string, data: Record<string, unknown>): string {
  let compiled = cache.get(source);
  if (!compiled) {
    compiled = hb.compile(source, { strict: true, noEscape: true, knownHelpers: KNOWN_HELPERS, knownHelpersOnly: false });
    cache.set(source, compiled);
  }
  return compiled(data).replace(/\s+/g, ' ').trim();
}

/** Throws when a template string does not compile or calls a helper woo does not have (linting templates when loaded). */
export function checkTemplateString(source: string): void {
  hb.precompile(source, { strict: true, knownHelpers: KNOWN_HELPERS, knownHelpersOnly: true });
}
