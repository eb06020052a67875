// Turns the answer "bestuursorgaan" into the addressee of the letter, using the directory of public
// bodies: an exact name, abbreviation, alias or id fills in the address; any other text is kept as
// typed (with a "Bedoelde u …?" warning), so a body missing from the directory still works.
import type { Body } from '../core/bodies/schema.js';
import { normalise, searchBodies, suggestBodies } from '../core/bodies/search.js';
import { UsageError } from '../core/errors.js';
import type { BodyRef } from '../core/schema/request.js';
import type { Ask, Choice } from './ask.js';
import type { Directory } from './directory.js';

// Batches look up hundreds of names: build the lookup table once per list of bodies.
const exactIndexes = new WeakMap<readonly Body[], Map<string, Body>>();

function exactIndex(bodies: readonly Body[]): Map<string, Body> {
  let index = exactIndexes.get(bodies);
  if (index) return index;
  index = new Map();
  // The first claim on a key wins: an id before a name, a name before an abbreviation or alias.
  const keys = [
    ...bodies.map((b): [string, Body] => [b.id, b]),
    ...bodies.map((b): [string, Body] => [normalise(b.name), b]),
    ...bodies.flatMap((b) => [b.shortName, ...(b.aliases ?? [])].filter((n) => n !== undefined).map((n): [string, Body] => [normalise(n), b])),
  ];
  for (const [key, body] of keys) if (!index.has(key)) index.set(key, body);
  exactIndexes.set(bodies, index);
  return index;
}

/** The body meant by exactly this id, name, abbreviation or alias (case and accents ignored). */
export function findExactBody(bodies: readonly Body[], typed: string): Body | undefined {
  const index = exactIndex(bodies);
  return index.get(typed.trim().toLowerCase()) ?? index.get(normalise(typed));
}

/** "Gemeente Amsterdam (gemeente-amsterdam) of GGD Amsterdam (ggd-amsterdam)". */
function nameAndIdList(bodies: readonly Body[]): string {
  const items = bodies.map((b) => `${b.name} (${b.id})`);
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} of ${items.at(-1)}` : items.join('');
}

/** "Bedoelde u …?" for a name or id that matched nothing exactly; undefined without a candidate. */
export function didYouMean(bodies: readonly Body[], typed: string): string | undefined {
  const suggestions = suggestBodies(bodies, typed);
  return suggestions.length > 0 ? `Bedoelde u ${nameAndIdList(suggestions)}?` : undefined;
}

/** Refuses a body the Woo does not apply to: the request would not be a Woo request. */
export function assertWooApplies(body: Body): void {
  if (!body.woo) throw new UsageError(`Aan ${body.name} (${body.id}) kunt u geen Woo-verzoek richten.`, body.wooNote);
}

/** The letter's addressee, copied from the directory entry (a snapshot: later corrections do not change sent letters). */
export function bodyRef(body: Body): BodyRef {
  // The address for Woo requests, where the directory has one, before the general one.
  const postal = body.channels?.postal ?? body.postal;
  const email = body.channels?.email?.address ?? body.email;
  const webform = body.channels?.webform?.url ?? body.webform;
  return {
    name: body.name,
    id: body.id,
    ...(postal ? { address: postal.address, city: 'country' in postal && postal.country ? `${postal.city}, ${postal.country}` : postal.city } : {}),
    ...(postal?.postcode ? { postcode: postal.postcode } : {}),
    ...(email ? { email } : {}),
    ...(webform ? { webform } : {}),
  };
}

/** Parts of the Kingdom where the Woo does not apply: a name mentioning them is refused however typed. */
const OUTSIDE_WOO = ['aruba', 'curacao', 'sint maarten', 'bonaire', 'sint eustatius', 'saba', 'caribisch nederland'];

function assertNotOutsideWoo(name: string, directory: Directory): void {
  const typed = ` ${normalise(name).replace(/[^a-z0-9]+/g, ' ')} `;
  const place = OUTSIDE_WOO.find((p) => typed.includes(` ${p} `));
  if (!place) return;
  const example = directory.bodies.find((b) => !b.woo && ` ${normalise(b.name).replace(/[^a-z0-9]+/g, ' ')} `.includes(` ${place} `));
  throw new UsageError(`Aan "${name}" kunt u geen Woo-verzoek richten: de Woo geldt daar niet.`, example?.wooNote ?? 'Daar geldt een eigen regeling voor openbaarheid van bestuur.');
}

/** The answers that describe a body outside the directory (flags --body-unlisted, --body-address, …). */
const UNLISTED_KEYS = { address: 'bestuursorgaan_adres', postcode: 'bestuursorgaan_postcode', city: 'bestuursorgaan_plaats', email: 'bestuursorgaan_email' } as const;

function unlistedBody(name: string, answers: Record<string, unknown>): BodyRef {
  const get = (key: string) => (typeof answers[key] === 'string' && (answers[key] as string).trim() ? (answers[key] as string).replace(/\s+/g, ' ').trim() : undefined);
  const postcode = get(UNLISTED_KEYS.postcode)?.toUpperCase().replace(/^(\d{4})\s*([A-Z]{2})$/, '$1 $2');
  if (postcode && !/^\d{4} [A-Z]{2}$/.test(postcode)) throw new UsageError(`Ongeldige postcode "${postcode}" bij --body-postcode.`, 'Een postcode heeft de vorm 1234 AB.');
  const email = get(UNLISTED_KEYS.email);
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new UsageError(`Ongeldig e-mailadres "${email}" bij --body-email.`);
  const address = get(UNLISTED_KEYS.address);
  const city = get(UNLISTED_KEYS.city);
  return { name, ...(address ? { address } : {}), ...(postcode ? { postcode } : {}), ...(city ? { city } : {}), ...(email ? { email } : {}) };
}

/** True when the answers say the body is meant to be outside the directory. */
export function isUnlisted(answers: Record<string, unknown>): boolean {
  const flag = answers.bestuursorgaan_buiten_lijst;
  return flag === true || flag === 'true' || flag === 'ja' || Object.values(UNLISTED_KEYS).some((k) => answers[k] !== undefined);
}

/**
 * Resolves the typed body. A name not in the directory is refused with suggestions, unless the
 * answers say it is meant (--body-unlisted, or an address given with --body-address …).
 */
export function resolveBody(typed: string, directory: Directory, warnings: string[], answers: Record<string, unknown> = {}): BodyRef {
  const name = typed.replace(/\s+/g, ' ').trim();
  if (!name) throw new UsageError('Verplicht antwoord ontbreekt: "bestuursorgaan".', 'Geef het op met --body "Naam" of --body <id> (zoek met woo bodies <zoekterm>).');
  const body = findExactBody(directory.bodies, name);
  if (body) {
    assertWooApplies(body);
    return bodyRef(body);
  }
  assertNotOutsideWoo(name, directory);
  const suggestion = didYouMean(directory.bodies, name);
  // "gemeente-utrect" is a mistyped directory id, not a body's name: refuse rather than address
  // a letter to it.
  if (/^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(name)) {
    throw new UsageError(`Onbekend bestuursorgaan-id "${name}".`, suggestion ? `${suggestion} Zoek met woo bodies <zoekterm>.` : 'Zoek het juiste id met woo bodies <zoekterm>.');
  }
  if (!isUnlisted(answers)) {
    throw new UsageError(
      `"${name}" staat niet in de lijst van bestuursorganen.`,
      `${suggestion ? `${suggestion} Kies dan met --body <id>. ` : ''}Bedoelt u echt een bestuursorgaan buiten de lijst? Geef dan --body-unlisted, met het adres: --body-address "Postbus 1" --body-postcode "1234 AB" --body-city Plaats (of --body-email).`,
    );
  }
  const ref = unlistedBody(name, answers);
  if (!ref.address && !ref.email) warnings.push(`"${name}" staat niet in de lijst van bestuursorganen en u gaf geen adres: de brief krijgt geen adres (geef het met --body-address, --body-postcode, --body-city of --body-email).`);
  return ref;
}

function contact(body: Body): string {
  const postal = body.postal ? `${body.postal.address}, ${[body.postal.postcode, body.postal.city].filter(Boolean).join(' ')}` : 'geen postadres bekend';
  return [postal, body.email ?? body.webform].filter(Boolean).join(' · ');
}

/** The choices of the body search prompt for what has been typed so far. */
export function bodyChoices(bodies: readonly Body[], term: string): Choice<string>[] {
  const typed = term.replace(/\s+/g, ' ').trim();
  if (!typed) return [];
  const exact = findExactBody(bodies, typed);
  const found = searchBodies(bodies, typed, { limit: 9 }).map((r) => r.body);
  const ordered = exact ? [exact, ...found.filter((b) => b !== exact)] : found;
  const choices: Choice<string>[] = ordered.map((b) => ({
    name: `${b.name}${b.postal ? ` (${b.postal.city})` : ''}`,
    value: b.name,
    short: b.name,
    description: contact(b),
    ...(b.woo ? {} : { disabled: '(valt niet onder de Woo)' }),
  }));
  // An exact match already is what was typed. Otherwise the text itself is offered last, so that a
  // body missing from the directory can still be used, while Enter on a typo picks the likely body.
  if (exact) return choices;
  return [...choices, { name: `Gebruik “${typed}” zoals getypt`, value: typed, short: typed, description: 'Niet uit de lijst: daarna vraagt woo het adres.' }];
}

/** Asks for the body with a search prompt over the directory; returns the name to store as the answer. */
export function askBody(ask: Ask, label: string, fallback: string | undefined, directory: Directory): Promise<string> {
  // Nothing typed yet: the answer given before comes first, so Enter keeps it (also an unlisted body).
  const keep = (choices: Choice<string>[]): Choice<string>[] => {
    const typed = choices.find((c) => c.value === fallback && !c.disabled);
    return typed ? [typed, ...choices.filter((c) => c !== typed)] : choices;
  };
  return ask.search({ message: `${label} (typ om te zoeken)`, source: (term) => (term ? bodyChoices(directory.bodies, term) : keep(bodyChoices(directory.bodies, fallback ?? ''))) });
}
