#!/usr/bin/env node
// Builds data/bodies.json, the shipped directory of Dutch public bodies, from the Allmanak-derived
// list in ../shared/data (April 2024). Plain Node ESM without dependencies so that it runs before
// `npm install` and in any CI image.
//
//   node scripts/build-bodies.mjs [SOURCE.json] [--out data/bodies.json] [--verbose]
//
// Every correction is either a general rule (whitespace, postcode, city case, e-mail vs URL) or an
// entry in one of the tables below with the reason next to it. Nothing here invents an address:
// a fix is made only when the source data itself shows what is right.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_SOURCE = resolve(REPO_ROOT, '../shared/data/bestuursorganen-allmanak-2024.json');
const DEFAULT_OUT = resolve(REPO_ROOT, 'data/bodies.json');
/** The ROO export that gives the Woo channels (scripts/roo-channels.mjs); skipped when absent. */
export const DEFAULT_ROO = resolve(REPO_ROOT, '../shared/data/roo-polder-2026-05');

export const SOURCE_INFO = {
  name: 'Allmanak (Open State Foundation), via de adreslijst van de Woo-generator van VVOJ/SPOON',
  file: 'bestuursorganen-allmanak-2024.json',
  date: '2024-04',
  note:
    'Adressen en e-mailadressen zijn overgenomen uit een lijst van april 2024 en kunnen sindsdien zijn gewijzigd; ' +
    'controleer het adres op de website van het bestuursorgaan voordat u een verzoek verstuurt.',
};

// ---------------------------------------------------------------------------------------------
// Correction tables (each entry: what the source says → what we ship, and why)
// ---------------------------------------------------------------------------------------------

// All tables are keyed by the source's name (whitespace tidied), so that they keep working whatever
// the later cleaning steps do to the name.

/** Names that are wrong or abbreviated in the source. */
const NAME_FIXES = new Map([
  ['Gemeente s-Hertogenbosch', "Gemeente 's-Hertogenbosch"], // apostrophe lost
  ['Gemeente Bergen L', 'Gemeente Bergen (L)'], // official disambiguation in brackets
  ['Gemeente Bergen NH', 'Gemeente Bergen (NH)'],
  ['Gemeente Nuenen ca', 'Gemeente Nuenen c.a.'],
  ['Gemeente Noardeast-Fryslan', 'Gemeente Noardeast-Fryslân'], // Frisian circumflex lost
  ['Gemeente Sudwest Fryslan', 'Gemeente Súdwest-Fryslân'],
  ['GGD Fryslan', 'GGD Fryslân'],
  ['Veiligheidsregio Fryslan', 'Veiligheidsregio Fryslân'],
  ['Waterschap Fryslan', 'Wetterskip Fryslân'], // its own name, as in its domain wetterskipfryslan.nl
  ['Provincie Friesland', 'Provincie Fryslân'], // official name since 1997, as in its domain fryslan.frl
  ['Clara Wichman Instituut', 'Clara Wichmann Instituut'], // as in its own domain clara-wichmann.nl
  ['FMMU Advies B.V', 'FMMU Advies B.V.'],
  ['Verenigde vergadering der Staten Generaal', 'Verenigde vergadering der Staten-Generaal'],
  ['Nationale Politie (Landelijke eenheid)', 'Politie Landelijke Eenheid'], // same pattern as the other units
  ['Bureau’s Jeugdzorg', "Bureau's Jeugdzorg"],
]);

/** Extra names people search for; the source name is added automatically when we rename. */
const EXTRA_ALIASES = new Map([
  ["Gemeente 's-Hertogenbosch", ['Gemeente Den Bosch']],
  ['Gemeente Den Haag', ["Gemeente 's-Gravenhage"]],
]);

/** Street-address typos, fixed only where the correct spelling is beyond doubt. */
const ADDRESS_FIXES = new Map([
  // The street in Hilversum is named after Heike Kamerlingh Onnes; "Onmnes" is a typing error.
  ['Veiligheidsregio Gooi-en Vechtstreek', { address: 'Kamerlingh Onnesweg 148' }],
  // Postbus 20051 is listed twice more (KNMG RGS) with 3502 LB, and Postbus 20053 (KNMT) is 3502 LB too;
  // one PO box has one postcode, so the lone 3502 HB is the error.
  ['College Geneeskundige Specialismen', { postcode: '3502 LB' }],
]);

/** A PO box number we cannot verify from the data and must not guess: shipped with a warning. */
const ADDRESS_WARNINGS = new Map([
  [
    'Politie Eenheid Den Haag',
    'Let op: het postbusnummer 26444 in de bron is hetzelfde als dat van de NPO in Hilversum en past niet bij ' +
      'postcode 2501 CG. Controleer het adres op politie.nl voordat u een brief verstuurt.',
  ],
]);

/** Website fields that are not a usable URL but show what the URL is. */
const WEBSITE_FIXES = new Map([
  // "gemeenteandvancuijk" is a typo; the municipality's e-mail domain in the same row is landvancuijk.nl.
  ['Gemeente Land van Cuijk', 'https://www.landvancuijk.nl'],
]);

/**
 * Personal e-mail addresses of individual civil servants: we do not ship them (privacy, and they go
 * stale when the person leaves). The body stays reachable by post or website.
 */
const PERSONAL_EMAILS = new Set(['s.hoek@zaanstad.nl', 'evelyna.croes@gobierno.aw']);

/** The IND addresses of Saba and Sint Eustatius are swapped in the source (INDStatia@ is listed for Saba). */
const EMAIL_FIXES = new Map([
  ['Immigratie- en Naturalisatiedienst Caribisch Nederland (Saba)', 'INDSaba@rijksdienstcn.com'],
  ['Immigratie- en Naturalisatiedienst Caribisch Nederland (Sint Eustatius)', 'INDStatia@rijksdienstcn.com'],
]);

/**
 * The same body listed twice under different names. `keep` survives; missing fields are filled from
 * `drop`, whose name becomes an alias. Detected by identical PO box + postcode + e-mail.
 */
const DUPLICATES = [
  { keep: 'Schadefonds Geweldsmisdrijven', drop: 'Commissie schadefonds geweldsmisdrijven (SGM)' },
  { keep: 'Registratiecommissie Geneeskundig Specialisten (RGS)', drop: 'KNMG / Registratiecommissie Geneeskundig Specialisten (RGS)' },
  // "Het Kadaster" has the Woo form as its website; that form is what a requester needs.
  { keep: 'Kadaster', drop: 'Het Kadaster', webformFromDropWebsite: true },
];

/**
 * Municipal mergers since 2019 (CBS "Gemeentelijke indelingen", year of the merger). A source entry
 * with an old name is marked `mergedInto` the successor. Only mergers into one successor are listed;
 * a split (Haaren 2021) has no single answer.
 */
const MERGED_MUNICIPALITIES = new Map([
  ...['Dongeradeel', 'Ferwerderadiel', 'Kollumerland en Nieuwkruisland'].map((n) => [n, 'Noardeast-Fryslân']),
  ...['Franekeradeel', 'het Bildt', 'Menameradiel'].map((n) => [n, 'Waadhoeke']),
  ...['Bedum', 'De Marne', 'Eemsmond', 'Winsum'].map((n) => [n, 'Het Hogeland']),
  ...['Grootegast', 'Leek', 'Marum', 'Zuidhorn'].map((n) => [n, 'Westerkwartier']),
  ...['Haren', 'Ten Boer'].map((n) => [n, 'Groningen']),
  ...['Giessenlanden', 'Molenwaard'].map((n) => [n, 'Molenlanden']),
  ...['Leerdam', 'Zederik', 'Vianen'].map((n) => [n, 'Vijfheerenlanden']),
  ...['Binnenmaas', 'Cromstrijen', 'Korendijk', 'Oud-Beijerland', 'Strijen'].map((n) => [n, 'Hoeksche Waard']),
  ...['Geldermalsen', 'Lingewaal', 'Neerijnen'].map((n) => [n, 'West Betuwe']),
  ...['Aalburg', 'Werkendam', 'Woudrichem'].map((n) => [n, 'Altena']),
  ...['Nuth', 'Onderbanken', 'Schinnen'].map((n) => [n, 'Beekdaelen']),
  ['Noordwijkerhout', 'Noordwijk'],
  ['Haarlemmerliede en Spaarnwoude', 'Haarlemmermeer'],
  ...['Appingedam', 'Delfzijl', 'Loppersum'].map((n) => [n, 'Eemsdelta']),
  ...['Boxmeer', 'Cuijk', 'Grave', 'Mill en Sint Hubert', 'Sint Anthonis'].map((n) => [n, 'Land van Cuijk']),
  ...['Heerhugowaard', 'Langedijk'].map((n) => [n, 'Dijk en Waard']),
  ...['Landerd', 'Uden'].map((n) => [n, 'Maashorst']),
  ['Weesp', 'Amsterdam'],
  ['Beemster', 'Purmerend'],
  ...['Brielle', 'Hellevoetsluis', 'Westvoorne'].map((n) => [n, 'Voorne aan Zee']),
]);

/** Well-known abbreviations that the source does not give in brackets. */
const SHORT_NAMES = new Map([
  ['Autoriteit Financiële Markten', 'AFM'],
  ['Autoriteit Persoonsgegevens', 'AP'],
  ['Autoriteit Woningcorporaties', 'Aw'],
  ['De Nederlandsche Bank', 'DNB'],
  ['Dienst Uitvoering Onderwijs', 'DUO'],
  ['Inspectie Leefomgeving en Transport', 'ILT'],
  ['Kamer van Koophandel', 'KvK'],
  ['Kansspelautoriteit', 'Ksa'],
  ['Nederlandse Voedsel en Warenautoriteit', 'NVWA'],
  ['Onderzoeksraad voor veiligheid', 'OVV'],
  ['Koninklijke Bibliotheek', 'KB'],
  ['Koninklijke Nederlandse Toeristenbond ANWB', 'ANWB'],
  ['NIPV Nederlands Instituut Publieke Veiligheid', 'NIPV'],
  ['Rijksinspectie Digitale Infrastructuur', 'RDI'],
  ['Universiteit van Amsterdam', 'UvA'],
  ['Rijksuniversiteit Groningen', 'RUG'],
  ['Erasmus Universiteit Rotterdam', 'EUR'],
  ['Universiteit Utrecht', 'UU'],
  ['Technische Universiteit Delft', 'TU Delft'],
  ['Technische Universiteit Eindhoven', 'TU/e'],
]);

/** The High Councils of State (Hoge Colleges van Staat), which no name pattern catches. */
const HIGH_COUNCILS = new Set([
  'Eerste Kamer der Staten-Generaal',
  'Tweede Kamer der Staten-Generaal',
  'Verenigde vergadering der Staten-Generaal',
  'Raad van State',
  'Algemene Rekenkamer',
  'Nationale Ombudsman',
  'Kanselarij der Nederlandse Orden',
]);

/** Well-known independent administrative bodies whose name does not say so. */
const KNOWN_ZBOS = new Set([
  'Centraal Bureau voor de Statistiek',
  'Centraal Orgaan opvang Asielzoekers',
  'CIZ (Centrum Indicatiestelling Zorg)',
  'Kadaster',
  'Kamer van Koophandel',
  'RDW (Dienst Wegverkeer)',
  'Sociale Verzekeringsbank',
  'Staatsbosbeheer',
  'Uitvoeringsinstituut Werknemersverzekeringen',
  'Zorginstituut Nederland',
  'Politieacademie',
  'Huis voor Klokkenluiders',
  'De Nederlandsche Bank',
  'Schadefonds Geweldsmisdrijven',
]);

// ---------------------------------------------------------------------------------------------
// General cleaning rules
// ---------------------------------------------------------------------------------------------

const EMAIL_RE = /^[^\s@,;]+@[^\s@,;]+\.[a-z]{2,}$/i;
const PLACEHOLDER_RE = /^(geen|nvt|n\.v\.t\.?|onbekend|-+|none|n\/a)$/i;

/** Trim and collapse whitespace, including the newlines some fields carry. */
export function tidy(value) {
  if (typeof value !== 'string') return '';
  return value.replace(/\s+/g, ' ').trim();
}

/** Dutch postcode "1234 AB"; the source has "1090EC", "2500 AC " and "1200 AX Hilversum". */
export function splitPostcode(value) {
  const m = /^([1-9]\d{3})\s*([a-z]{2})(?:\s+(.+))?$/i.exec(tidy(value));
  if (!m) return undefined;
  return { postcode: `${m[1]} ${m[2].toUpperCase()}`, rest: m[3] };
}

const CITY_FIXES = new Map([
  ["'s-gravenhage", 'Den Haag'],
  ['s-gravenhage', 'Den Haag'],
  ["'s-hertogenbosch", "'s-Hertogenbosch"],
  ['s-hertogenbosch', "'s-Hertogenbosch"],
  ['den bosch', "'s-Hertogenbosch"],
  ['leeuwraden', 'Leeuwarden'], // typo; same PO box 612 / 8901 BK is "Leeuwarden" for GGD Fryslân
  ['capelle aan de ijssel', 'Capelle aan den IJssel'],
  ['nieuwerkerk ad ijssel', 'Nieuwerkerk aan den IJssel'], // PostNL's 18-character abbreviation
]);
const PARTICLES = new Set(['aan', 'de', 'den', 'der', 'het', 'op', 'bij', 'en', 'in', 'onder', 'over', 'te', 'ter', 'ten', 'van', 'voor', 'uit']);
// PostNL adds a province code to place names that occur more than once (Ede Gld, Hengelo Ov, Bergen L).
const PLACE_SUFFIXES = new Set(['nb', 'nh', 'zh', 'lb', 'l', 'gld', 'ov', 'ut', 'fr', 'dr', 'gr', 'ca']);

function capitalise(part) {
  const lower = part.toLowerCase();
  if (lower === "'s" || lower === "'t") return lower;
  if (lower.startsWith('ij')) return 'IJ' + lower.slice(2);
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** Normal case for Dutch place names: 'Alphen aan den Rijn', "'s-Hertogenbosch", 'IJmuiden', 'Ede GLD'. */
export function cityCase(value) {
  const city = tidy(value);
  const fixed = CITY_FIXES.get(city.toLowerCase());
  if (fixed) return fixed;
  const words = city.split(' ');
  return words
    .map((word, i) => {
      const lower = word.toLowerCase();
      if (i > 0 && PARTICLES.has(lower)) return lower;
      if (i > 0 && i === words.length - 1 && PLACE_SUFFIXES.has(lower)) return lower.toUpperCase();
      return word.split('-').map(capitalise).join('-');
    })
    .join(' ');
}

/** "Postbus 10.100" → "Postbus 10100"; trailing commas and " | " separators go. */
export function cleanAddress(value) {
  let address = tidy(value).replace(/\s*\|\s*/g, ', ').replace(/[,;]+$/, '');
  const box = /^postbus\s*([\d.]+)$/i.exec(address);
  if (box) address = `Postbus ${box[1].replace(/\./g, '')}`;
  return address;
}

function lowerDomain(email) {
  const at = email.lastIndexOf('@');
  return email.slice(0, at) + email.slice(at).toLowerCase();
}

/**
 * The e-mail column holds addresses, contact-form URLs, placeholders ("NVT") and lists
 * ("a@x.nl, b@x.nl"). Returns the first valid address or the form URL, and what was wrong.
 */
export function classifyEmailField(value) {
  const raw = tidy(value);
  if (!raw) return {};
  if (PLACEHOLDER_RE.test(raw)) return { issue: 'placeholder' };
  if (/^(https?:\/\/|www\.)/i.test(raw)) {
    const webform = cleanUrl(raw);
    return webform ? { webform, issue: 'url' } : { issue: 'invalid' };
  }
  const candidates = raw.split(/[\s,;]+/).filter(Boolean);
  const valid = candidates.filter((c) => EMAIL_RE.test(c));
  if (valid.length === 0) return { issue: 'invalid' };
  const email = lowerDomain(valid[0]);
  if (PERSONAL_EMAILS.has(email.toLowerCase())) return { issue: 'personal' };
  return { email, issue: candidates.length > 1 ? 'multiple' : raw !== value ? 'whitespace' : undefined };
}

/** A usable http(s) URL or undefined. Browser text fragments (#:~:text=…) are dropped. */
export function cleanUrl(value) {
  let url = tidy(value).split(' ')[0]; // "www.fmmu.nl en www.hoogpkb.nl": the first one
  if (!url) return undefined;
  if (/^www\./i.test(url)) url = `https://${url}`;
  url = url.replace(/#:~:text=.*$/, '');
  try {
    const parsed = new URL(url);
    if (!/^https?:$/.test(parsed.protocol) || !parsed.hostname.includes('.')) return undefined;
    return url;
  } catch {
    return undefined;
  }
}

/** Stable id: lower case ASCII words joined by '-' ("Gemeente 's-Hertogenbosch" → gemeente-s-hertogenbosch). */
export function slugify(name) {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

// ---------------------------------------------------------------------------------------------
// Names, kinds, abbreviations
// ---------------------------------------------------------------------------------------------

const COUNTRY_WORDS = {
  Aruba: ['aruba'],
  'Curaçao': ['curaçao', 'curacao'],
  'Sint Maarten': ['sint maarten'],
  Bonaire: ['bonaire', 'boneiru'],
  Saba: ['saba'],
  'Sint Eustatius': ['sint eustatius', 'statia'],
};

/**
 * Caribbean entries are "Papiamentu / Dutch" or English; the Dutch part becomes the name and the
 * other an alias. Names that do not say where the body is ("Brandweer", "Ministerie van Justitie")
 * get the island or country in brackets, so that they never clash with a European-Dutch body.
 */
function caribbeanName(name, land) {
  const aliases = [];
  let dutch = name;
  const parts = name.split(' / ');
  if (parts.length === 2) {
    dutch = parts[1];
    aliases.push(parts[0]);
  }
  const words = COUNTRY_WORDS[land] ?? [land.toLowerCase()];
  if (!words.some((w) => name.toLowerCase().includes(w))) dutch = `${dutch} (${land})`;
  return { name: dutch, aliases };
}

/**
 * "Centraal Bureau voor de Statistiek (CBS)" → name without the brackets + shortName CBS, but only
 * when the bracketed text looks like an abbreviation of that name (its first letter starts a word
 * of the name): "(KNMP)" after "Centraal College Specialismen Farmacie" is the parent, not a short name.
 */
function extractShortName(name, sourceName) {
  const trailing = /^(.+?) \(([A-Za-z][A-Za-z0-9/-]{1,11})\)$/.exec(name);
  if (trailing) {
    const [, base, abbr] = trailing;
    const capitals = abbr.replace(/[^A-Z]/g, '').length;
    const initials = base.split(/[\s/-]+/).map((w) => w.charAt(0).toUpperCase());
    if (capitals >= 2 && initials.includes(abbr.charAt(0).toUpperCase())) return { name: base, shortName: abbr };
  }
  // "CIZ (Centrum Indicatiestelling Zorg)", "RDW (Dienst Wegverkeer)": the abbreviation is the name.
  const leading = /^([A-Z][A-Za-z]{1,7}) \(.+\)$/.exec(name);
  if (leading && leading[1].replace(/[^A-Z]/g, '').length >= 2) return { name, shortName: leading[1] };
  return { name, shortName: SHORT_NAMES.get(sourceName) };
}

/** Kind from the name, in general terms; the order matters (first match wins). */
export function kindOf(name) {
  if (/^Gemeente /.test(name)) return 'gemeente';
  if (/^Provincie /.test(name)) return 'provincie';
  if (/^(Waterschap|Hoogheemraadschap|Wetterskip) /.test(name)) return 'waterschap';
  if (/^(Ministerie|Ministerio|Ministry) /.test(name)) return 'ministerie';
  if (/^(Nationale Politie|Politie |Korps Politie |Politiedienstencentrum)/.test(name)) return 'politie';
  if (/^Veiligheids(regio|beraad)/.test(name)) return 'veiligheidsregio';
  if (/^GGD /.test(name)) return 'ggd';
  if (HIGH_COUNCILS.has(name)) return 'hoge-college';
  if (/Rechtspraak|Openbaar Ministerie|Procureurs-Generaal|Tuchtcollege|College van Afgevaardigden/.test(name)) return 'rechtspraak';
  if (/universiteit|university/i.test(name)) return 'onderwijs';
  if (/^(Gezaghebber|Bestuurscollege|Rijksvertegenwoordiger)/.test(name)) return 'openbaar-lichaam';
  if (/^(Dienst Uitvoering|Inspectie|Rijksinspectie|Rijksdienst|Belastingdienst|Immigratie- en Naturalisatiedienst|Koninklijk Nederlands Meteorologisch|Nederlandse Voedsel)/.test(name)) return 'agentschap';
  if (KNOWN_ZBOS.has(name)) return 'zbo';
  if (/^(Autoriteit|College |Centraal College|Centrale Commissie|Commissie |Commissariaat|Raad voor |Grondkamer|Kamer voor|Huurcommissie|Waarderingskamer|Kiesraad|Onderzoeksraad)|autoriteit\b/i.test(name)) return 'zbo';
  return 'overig';
}

function wooNoteFor(land, law) {
  if (law === 'Lob') {
    return `Valt niet onder de Woo: ${land} heeft een eigen Landsverordening openbaarheid van bestuur (Lob). Een verzoek aan dit bestuursorgaan is geen Woo-verzoek en de Woo-termijnen gelden niet.`;
  }
  if (law === 'Wob BES') {
    return 'Valt niet onder de Woo: in Caribisch Nederland (Bonaire, Sint Eustatius en Saba) geldt de Wet openbaarheid van bestuur BES (Wob BES). Een verzoek is daar geen Woo-verzoek en de Woo-termijnen gelden niet.';
  }
  return `Valt volgens de bron niet onder de Woo (${land}, ${law || 'wet onbekend'}).`;
}

// ---------------------------------------------------------------------------------------------
// The build
// ---------------------------------------------------------------------------------------------

function makeReport() {
  // fixed: a field corrected; removed: a field left out; dropped: a whole entry left out.
  return { in: 0, out: 0, added: 0, fixedEntries: 0, fixed: {}, removed: {}, dropped: {}, renamed: [], warnings: [] };
}
function changesSoFar(report) {
  const fields = [report.fixed, report.removed].flatMap((b) => Object.values(b)).reduce((n, list) => n + list.length, 0);
  return fields + report.renamed.length;
}
function count(report, bucket, what, detail) {
  const list = (report[bucket][what] ??= []);
  list.push(detail);
}

/** Reads a field whatever its spacing: the source's key is "Postbus " with a trailing space. */
function field(entry, key) {
  const found = Object.keys(entry).find((k) => k.trim() === key);
  return found === undefined ? undefined : entry[found];
}

/** The postal address, or a Dutch note with the part the source gives when it is incomplete. */
function cleanPostal(raw, name, key, land, report) {
  const rawAddress = field(raw, 'Postbus');
  const rawPostcode = field(raw, 'Postcode');
  const rawCity = field(raw, 'Plaats');
  let address = rawAddress === undefined ? '' : cleanAddress(rawAddress);
  if (rawAddress !== undefined && address !== rawAddress) count(report, 'fixed', 'address tidied', `${name}: ${JSON.stringify(rawAddress)} → ${address}`);
  let postcode;
  let city = rawCity === undefined ? '' : cityCase(rawCity);
  if (rawPostcode !== undefined) {
    const split = splitPostcode(rawPostcode);
    if (!split) {
      count(report, 'removed', 'unreadable postcode', `${name}: ${JSON.stringify(rawPostcode)}`);
    } else {
      postcode = split.postcode;
      if (split.rest && !city) city = cityCase(split.rest);
      if (postcode !== rawPostcode) count(report, 'fixed', 'postcode normalised', `${name}: ${JSON.stringify(rawPostcode)} → ${postcode}`);
    }
  }
  if (rawCity !== undefined && city !== rawCity) count(report, 'fixed', 'city case/spelling', `${rawCity} → ${city}`);
  if (rawCity === undefined && city) count(report, 'fixed', 'city taken from postcode field', `${name}: ${city}`);
  const addressFix = ADDRESS_FIXES.get(key);
  if (addressFix) {
    if (addressFix.address) address = addressFix.address;
    if (addressFix.postcode) postcode = addressFix.postcode;
    count(report, 'fixed', 'address correction (table)', `${name}: ${JSON.stringify(addressFix)}`);
  }

  // A letter needs street or PO box and place (and a postcode in the European Netherlands). A partial
  // address is not shipped as `postal`, but kept in the note so that the user still sees what is known.
  let postal;
  let partialAddressNote;
  const needsPostcode = land === 'Nederland';
  if (address && city && (postcode || !needsPostcode)) {
    postal = { address, ...(postcode ? { postcode } : {}), city, ...(land !== 'Nederland' ? { country: land } : {}) };
  } else if (address || city || postcode) {
    const known = [address, postcode, city].filter(Boolean).join(', ');
    partialAddressNote = `Het postadres in de bron is onvolledig (${known}, ${land}).`;
    count(report, 'removed', 'incomplete postal address (kept in note)', `${name}: ${known}`);
  }

  return { postal, partialAddressNote };
}

/** E-mail address, web form and website. */
function cleanContact(raw, name, key, report) {
  const rawEmail = field(raw, 'Emailadres');
  let { email, webform, issue } = classifyEmailField(rawEmail);
  if (EMAIL_FIXES.has(key)) {
    email = EMAIL_FIXES.get(key);
    issue = 'swapped';
  }
  const emailIssueLabels = {
    placeholder: 'e-mail placeholder removed ("NVT", "geen")',
    invalid: 'invalid e-mail removed',
    url: 'URL in e-mail field moved to webform',
    multiple: 'several e-mail addresses: first kept',
    personal: 'personal e-mail address removed',
    whitespace: 'whitespace in e-mail',
    swapped: 'swapped e-mail corrected (table)',
  };
  const removal = issue === 'placeholder' || issue === 'invalid' || issue === 'personal';
  if (issue) count(report, removal ? 'removed' : 'fixed', emailIssueLabels[issue], `${name}: ${JSON.stringify(rawEmail)}`);

  // Website
  const rawWebsite = field(raw, 'Website');
  const website = WEBSITE_FIXES.get(key) ?? (rawWebsite === undefined ? undefined : cleanUrl(rawWebsite));
  if (rawWebsite !== undefined && website !== tidy(rawWebsite)) {
    count(report, website ? 'fixed' : 'removed', website ? 'website repaired' : 'website that is no URL removed', `${name}: ${JSON.stringify(rawWebsite)}${website ? ` → ${website}` : ''}`);
  }

  return { email, webform, website };
}

function cleanEntry(raw, report) {
  const changesBefore = changesSoFar(report);
  const sourceName = field(raw, 'Bestuursorgaan');
  const land = tidy(field(raw, 'Land')) || 'Nederland';
  const law = tidy(field(raw, 'Wet'));
  const key = tidy(sourceName);
  let name = key;
  if (name !== sourceName) count(report, 'fixed', 'whitespace in name', name);
  const aliases = [];

  if (NAME_FIXES.has(key)) {
    report.renamed.push(`${key} → ${NAME_FIXES.get(key)}`);
    aliases.push(key);
    name = NAME_FIXES.get(key);
  }
  if (land !== 'Nederland') {
    const c = caribbeanName(name, land);
    if (c.name !== name) report.renamed.push(`${name} → ${c.name}`);
    aliases.push(...c.aliases);
    name = c.name;
  }
  const short = extractShortName(name, key);
  name = short.name;
  aliases.push(...(EXTRA_ALIASES.get(name) ?? []));

  const { postal, partialAddressNote } = cleanPostal(raw, name, key, land, report);
  const { email, webform, website } = cleanContact(raw, name, key, report);

  const woo = land === 'Nederland' && law === 'Woo';
  const body = {
    sourceName: key,
    name,
    shortName: short.shortName,
    aliases: [...new Set(aliases.filter((a) => a && a !== name))],
    kind: kindOf(name),
    postal,
    email,
    webform,
    website,
    woo,
    wooNote: woo ? undefined : wooNoteFor(land, law),
    note: ADDRESS_WARNINGS.get(key) ?? partialAddressNote,
  };
  if (ADDRESS_WARNINGS.has(key)) report.warnings.push(`${name}: ${body.note}`);
  if (changesSoFar(report) > changesBefore) report.fixedEntries += 1;
  return body;
}

function mergeInto(keep, drop, report, reason) {
  for (const key of ['shortName', 'postal', 'email', 'webform', 'website', 'note']) {
    if (keep[key] === undefined && drop[key] !== undefined) keep[key] = drop[key];
  }
  keep.aliases = [...new Set([...keep.aliases, drop.name, ...drop.aliases])].filter((a) => a !== keep.name);
  count(report, 'dropped', reason, `${drop.name} (merged into ${keep.name})`);
}

function markMergedMunicipality(body, byName, report) {
  if (body.kind !== 'gemeente') return;
  const successor = MERGED_MUNICIPALITIES.get(body.name.replace(/^Gemeente /, ''));
  if (!successor) return;
  const target = byName.get(`Gemeente ${successor}`);
  body.mergedInto = target ? slugify(target.name) : slugify(`Gemeente ${successor}`);
  body.note = `Deze gemeente is opgegaan in de gemeente ${successor}; richt een verzoek aan die gemeente.`;
  count(report, 'fixed', 'merged municipality marked (mergedInto)', `${body.name} → ${successor}`);
}

/**
 * One entry for the Nationale Politie as a whole. Its address is taken only from the source's own
 * "Nationale Politie (Korpsleiding)" row (the korpsleiding/korpsstaf decides on requests about the
 * whole police, like the 2021 CAS request); without such a row the entry has no postal address.
 */
function nationalPolice(bodies, report) {
  const index = bodies.findIndex((b) => /^Nationale Politie( \(Korpsleiding\))?$/.test(b.sourceName));
  const aliases = ['Korpsleiding', 'Korpsstaf', 'Politie Nederland', 'Nationale Politie (Korpsleiding)', 'Politie'];
  if (index >= 0) {
    const source = bodies[index];
    bodies[index] = {
      ...source,
      name: 'Nationale Politie',
      aliases: [...new Set([...source.aliases, ...aliases])].filter((a) => a !== 'Nationale Politie'),
      kind: 'politie',
      note:
        'Adres van de korpsleiding (korpsstaf) van de Nationale Politie volgens de bron. ' +
        'De regionale eenheden, de Landelijke Eenheid en het Politiedienstencentrum hebben eigen adressen.',
    };
    report.renamed.push('Nationale Politie (Korpsleiding) → Nationale Politie (id nationale-politie)');
    return;
  }
  report.added += 1;
  bodies.push({
    sourceName: '',
    name: 'Nationale Politie',
    aliases,
    kind: 'politie',
    woo: true,
    note:
      'Geen postadres in de bron. Zoek het adres voor Woo-verzoeken op politie.nl, of richt het verzoek aan de eenheid die het betreft.',
  });
  report.warnings.push('Nationale Politie: no korpsleiding row in the source, entry shipped without a postal address');
}

/** Removes undefined and empty values so that the JSON stays small and the schema strict. */
function compact(body) {
  const order = ['id', 'name', 'shortName', 'aliases', 'kind', 'postal', 'email', 'webform', 'website', 'woo', 'wooNote', 'province', 'mergedInto', 'note'];
  const out = {};
  for (const key of order) {
    const v = body[key];
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    out[key] = v;
  }
  return out;
}

/** Pure: source rows in, cleaned bodies and a report of what was fixed or dropped out. */
export function buildBodies(rawEntries) {
  if (!Array.isArray(rawEntries)) throw new Error('source is not a JSON array');
  const report = makeReport();
  report.in = rawEntries.length;

  let bodies = rawEntries.map((raw) => cleanEntry(raw, report));

  // Known duplicates under different names, then exact name duplicates.
  for (const dup of DUPLICATES) {
    const keep = bodies.find((b) => b.sourceName === dup.keep);
    const drop = bodies.find((b) => b.sourceName === dup.drop);
    if (!keep || !drop) continue;
    if (dup.webformFromDropWebsite && drop.website) keep.webform = drop.website;
    mergeInto(keep, drop, report, 'duplicate under another name');
    bodies = bodies.filter((b) => b !== drop);
  }
  const byName = new Map();
  bodies = bodies.filter((b) => {
    const key = slugify(b.name);
    const first = byName.get(key);
    if (!first) {
      byName.set(key, b);
      return true;
    }
    mergeInto(first, b, report, 'duplicate name');
    return false;
  });

  // Rows without any way to reach the body are of no use for a letter.
  bodies = bodies.filter((b) => {
    if (b.postal || b.email || b.webform || b.website) return true;
    count(report, 'dropped', 'no postal address, e-mail, form or website', b.name);
    return false;
  });

  nationalPolice(bodies, report);
  const byFullName = new Map(bodies.map((b) => [b.name, b]));
  for (const b of bodies) markMergedMunicipality(b, byFullName, report);

  const ids = new Set();
  const out = bodies.map((b) => {
    const id = b.name === 'Nationale Politie' ? 'nationale-politie' : slugify(b.name);
    if (ids.has(id)) throw new Error(`duplicate id ${id}: add a NAME_FIXES entry to tell the bodies apart`);
    ids.add(id);
    return compact({ ...b, id });
  });
  out.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  report.out = out.length;
  return { bodies: out, report };
}

/** One body per line: readable in a diff, still valid JSON. */
export function serialiseDirectory(directory) {
  const { bodies, ...head } = directory;
  const headJson = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  return `${headJson},\n  "bodies": [\n${bodies.map((b) => `    ${JSON.stringify(b)}`).join(',\n')}\n  ]\n}\n`;
}

function generatedDate() {
  // SOURCE_DATE_EPOCH makes the build reproducible (https://reproducible-builds.org/specs/source-date-epoch/).
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const date = epoch ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}

function listed(bucket) {
  return Object.entries(bucket).flatMap(([what, list]) => [
    `  ${String(list.length).padStart(3)}  ${what}`,
    ...list.map((d) => `         - ${d}`),
  ]);
}

function printReport(report, outPath, verbose) {
  const total = (bucket) => Object.values(report[bucket]).reduce((n, list) => n + list.length, 0);
  const lines = [
    `entries in:  ${report.in}`,
    `entries out: ${report.out} (${relative(process.cwd(), outPath) || outPath})`,
    `changed:     ${report.fixedEntries} entries (${total('fixed')} field corrections, ${total('removed')} unusable fields removed, ${report.renamed.length} renames)`,
    `dropped:     ${total('dropped')} entries (${report.in} in + ${report.added} added - ${total('dropped')} = ${report.out} out)`,
    '',
    'Fixed (fields):',
    ...(verbose ? listed(report.fixed) : Object.entries(report.fixed).map(([what, list]) => `  ${String(list.length).padStart(3)}  ${what}`)),
    'Removed (fields):',
    ...listed(report.removed),
    'Dropped (entries):',
    ...listed(report.dropped),
    'Renamed:',
    ...report.renamed.map((r) => `         - ${r}`),
    'Warnings (shipped with a note):',
    ...report.warnings.map((w) => `         - ${w}`),
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

async function main(argv) {
  const args = argv.slice(2);
  const outFlag = args.indexOf('--out');
  const outPath = outFlag >= 0 ? resolve(args[outFlag + 1]) : DEFAULT_OUT;
  const positional = args.filter((a, i) => !a.startsWith('--') && i !== outFlag + 1);
  const sourcePath = positional[0] ? resolve(positional[0]) : DEFAULT_SOURCE;

  const raw = JSON.parse(readFileSync(sourcePath, 'utf8'));
  const built = buildBodies(raw);
  const { report } = built;
  // Loaded only here: it needs the yaml package, the Allmanak build above needs nothing.
  const { addRooChannels } = await import('./roo-channels.mjs');
  const bodies = await addRooChannels(built.bodies, DEFAULT_ROO, report);
  report.out = bodies.length;
  const directory = { source: SOURCE_INFO, generated: generatedDate(), bodies };
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, serialiseDirectory(directory));
  printReport(report, outPath, args.includes('--verbose'));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv).catch((e) => {
    process.stderr.write(`${e.stack ?? e}\n`);
    process.exit(1);
  });
}
