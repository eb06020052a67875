// Woo channels from the Register van Overheidsorganisaties (ROO, organisaties.overheid.nl), as the
// YAML export in ../shared/data/roo-polder-2026-05 (CC0). Per body that the ROO registers for the
// Woo: the e-mail address for Woo requests, the request form, the postal address for Woo requests
// ("Woo-Adres"), each with the source and the day the ROO last checked the entry. Nothing is guessed:
// an e-mail counts as a Woo address only when the source gives it for Woo requests (in the Woo
// address's note) or its name says so (woo@…, contactpersoonwoo@…); a form needs DigiD or eHerkenning
// only when its URL says so.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cityCase, slugify, splitPostcode } from './build-bodies.mjs';

export const ROO_SOURCE = 'Register van Overheidsorganisaties (organisaties.overheid.nl), export van mei 2026 via anneschuth/polder';

/** Bodies the shipped list lacks, added from the ROO with their kind (only with a complete Woo address). */
const ADD_FROM_ROO = new Map([
  ['agentschappen/rws.yaml', 'agentschap'],
]);

const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const ATTENTION_RE = /^(t\.?\s?a\.?\s?v\.?|t\.?n\.?v\.?|ter attentie van)\s/i;

function lastName(org) {
  const names = org.names ?? [];
  return names.find((n) => n.valid_until == null) ?? names.at(-1);
}

/** The names the body may go by in the shipped list: "Financiën" is "Ministerie van Financiën". */
function nameKeys(org, dir) {
  const n = lastName(org);
  if (!n?.value) return [];
  const keys = [n.value];
  if (dir === 'ministeries') keys.push(`Ministerie van ${n.value}`);
  if (n.abbr && dir !== 'gemeenten') keys.push(`${n.value} (${n.abbr})`);
  return keys.map(slugify);
}

function checkedOf(org) {
  const roo = (org.sources ?? []).find((s) => s.id === 'roo');
  return org.last_verified ?? org.last_mutation ?? roo?.retrieved;
}

function wooEmail(org, wooAddresses) {
  const fromNote = wooAddresses.flatMap((a) => String(a.toelichting ?? '').match(EMAIL_RE) ?? []);
  const named = (String(org.contact?.email ?? '').match(EMAIL_RE) ?? []).filter((e) => /woo/i.test(e.split('@')[0]));
  return [...fromNote, ...named][0]?.toLowerCase();
}

function wooPostal(wooAddresses) {
  // A PO box first: it is where letters are meant to go; a street address may be the visiting address.
  for (const a of [...wooAddresses].sort((x, y) => Number(Boolean(y.postbus)) - Number(Boolean(x.postbus)))) {
    const street = a.postbus ? `Postbus ${a.postbus}` : [a.openbare_ruimte, a.huisnummer].filter(Boolean).join(' ').trim();
    const split = a.postcode ? splitPostcode(String(a.postcode)) : undefined;
    if (!street || !split?.postcode || !a.woonplaats) continue;
    const note = String(a.toelichting ?? '').trim();
    return { address: street, postcode: split.postcode, city: cityCase(String(a.woonplaats)), ...(ATTENTION_RE.test(note) && note.length <= 80 ? { attention: note } : {}) };
  }
  return undefined;
}

function channelsOf(org) {
  const checked = checkedOf(org);
  if (!checked) return undefined;
  const p = { source: ROO_SOURCE, checked };
  const wooAddresses = (org.contact?.addresses ?? []).filter((a) => a.type === 'Woo-Adres');
  const email = wooEmail(org, wooAddresses);
  const url = org.woo?.wooVerzoek?.url;
  const form = typeof url === 'string' && /^https:\/\//.test(url) ? url : undefined;
  const login = form && /digid/i.test(form) ? 'digid' : form && /eherkenning/i.test(form) ? 'eherkenning' : undefined;
  const postal = wooPostal(wooAddresses);
  const channels = {
    ...(email ? { email: { address: email, ...p } } : {}),
    ...(form ? { webform: { url: form, ...(login ? { login } : {}), ...p } } : {}),
    ...(postal ? { postal: { ...postal, ...p } } : {}),
  };
  return Object.keys(channels).length ? channels : undefined;
}

/** Reads the ROO bodies registered for the Woo (a Woo block; the end dates are unreliable, see its README). */
export async function readRoo(dir) {
  const { parse } = await import('yaml');
  const root = join(dir, 'data', 'organisaties');
  const out = [];
  for (const sub of readdirSync(root).filter((d) => !d.startsWith('.') && d !== 'organisatieonderdelen')) {
    for (const file of readdirSync(join(root, sub)).filter((f) => f.endsWith('.yaml')).sort()) {
      const org = parse(readFileSync(join(root, sub, file), 'utf8'));
      if (!org?.woo) continue;
      out.push({ file: `${sub}/${file}`, dir: sub, org, keys: nameKeys(org, sub), channels: channelsOf(org) });
    }
  }
  return out;
}

/** Adds ROO channels to the bodies it can match by name, and the listed missing bodies. */
export async function addRooChannels(bodies, dir, report) {
  if (!existsSync(dir)) return bodies;
  const roo = await readRoo(dir);
  const byKey = new Map();
  for (const b of bodies) for (const name of [b.name, ...(b.aliases ?? [])]) byKey.set(slugify(name), b);
  let matched = 0;
  for (const r of roo) {
    if (!r.channels) continue;
    const body = r.keys.map((k) => byKey.get(k)).find(Boolean);
    if (!body || body.channels) continue;
    body.channels = r.channels;
    matched++;
  }
  const added = [];
  for (const [file, kind] of ADD_FROM_ROO) {
    const r = roo.find((x) => x.file === file);
    const n = r && lastName(r.org);
    if (!r?.channels?.postal || !n) continue;
    const name = n.value;
    if (byKey.has(slugify(name))) continue;
    const { attention: _a, source: _s, checked: _c, ...postal } = r.channels.postal;
    added.push({ id: slugify(name), name, ...(n.abbr ? { shortName: n.abbr } : {}), kind, postal, woo: true, channels: r.channels, note: `Toegevoegd uit het ${ROO_SOURCE}.` });
  }
  report.added += added.length;
  report.warnings.push(`ROO: Woo-kanalen bij ${matched} bestuursorganen; toegevoegd: ${added.map((b) => b.name).join(', ') || 'geen'}`);
  return [...bodies, ...added].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
