#!/usr/bin/env node
// Builds data/courts.json: the eleven district courts (rechtbanken) with their postal address, and which
// court's district (arrondissement) every municipality and place lies in. Used to address the appeal for a
// late decision to the competent court (art. 8:7 Awb). Plain Node ESM; the only dependency is the ROO copy
// in ../shared/data (read as YAML with a tiny reader of the few fields we need).
//
//   node scripts/build-courts.mjs [ROO-DIR] [--out data/courts.json]
//
// The districts are those of the Wet op de rechterlijke indeling (BWBR0002080), as in force from
// 1 January 2023 (arts. 4–13): whole provinces, except Noord-Holland, Zuid-Holland and Noord-Brabant,
// which are split by municipality, and the Gooi municipalities that belong to Midden-Nederland.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const OUT = outAt >= 0 ? resolve(args[outAt + 1]) : resolve(REPO_ROOT, 'data/courts.json');
const ROO = resolve(args.find((a, i) => !a.startsWith('--') && i !== outAt + 1) ?? resolve(REPO_ROOT, '../shared/data/roo-polder-2026-05'));

const WRI = 'Wet op de rechterlijke indeling (BWBR0002080), art. 4–13, geldend vanaf 1 januari 2023';
const ROO_SOURCE = 'Register van Overheidsorganisaties (organisaties.overheid.nl), export van mei 2026 via anneschuth/polder';

/** The courts and the postal address a letter to their administrative-law team goes to. */
const COURTS = {
  amsterdam: { name: 'Rechtbank Amsterdam', postal: { address: 'Postbus 84500', postcode: '1080 BN', city: 'Amsterdam' }, source: ROO_SOURCE },
  'den-haag': { name: 'Rechtbank Den Haag', postal: { address: 'Postbus 20302', postcode: '2500 EH', city: 'Den Haag' }, source: ROO_SOURCE },
  gelderland: { name: 'Rechtbank Gelderland', postal: { address: 'Postbus 9030', postcode: '6800 EM', city: 'Arnhem' }, source: `${ROO_SOURCE} (locatie Arnhem)` },
  limburg: { name: 'Rechtbank Limburg', postal: { address: 'Postbus 950', postcode: '6040 AZ', city: 'Roermond' }, source: `${ROO_SOURCE} (locatie Roermond)` },
  'midden-nederland': { name: 'Rechtbank Midden-Nederland', postal: { address: 'Postbus 16005', postcode: '3500 DA', city: 'Utrecht' }, source: `${ROO_SOURCE} (locatie Utrecht)` },
  'noord-holland': { name: 'Rechtbank Noord-Holland', postal: { address: 'Postbus 1621', postcode: '2003 BR', city: 'Haarlem' }, source: `${ROO_SOURCE} (locatie Haarlem)` },
  'noord-nederland': {
    name: 'Rechtbank Noord-Nederland',
    postal: { address: 'Postbus 150', postcode: '9700 AD', city: 'Groningen' },
    source: 'afdeling bestuursrecht, zoals vermeld door de gemeenten Borger-Odoorn en Coevorden (het ROO geeft voor zaken geen postadres)',
  },
  'oost-brabant': { name: 'Rechtbank Oost-Brabant', postal: { address: 'Postbus 70584', postcode: '5201 CZ', city: "'s-Hertogenbosch" }, source: ROO_SOURCE },
  overijssel: { name: 'Rechtbank Overijssel', postal: { address: 'Postbus 10067', postcode: '8000 GB', city: 'Zwolle' }, source: `${ROO_SOURCE} (locatie Zwolle)` },
  rotterdam: { name: 'Rechtbank Rotterdam', postal: { address: 'Postbus 50950', postcode: '3007 BL', city: 'Rotterdam' }, source: ROO_SOURCE },
  'zeeland-west-brabant': { name: 'Rechtbank Zeeland-West-Brabant', postal: { address: 'Postbus 90110', postcode: '4800 RA', city: 'Breda' }, source: ROO_SOURCE },
};

/** Whole provinces (WRI art. 5a, 6, 7, 9, 11, 13), by the ROO's TOOI province code. */
const PROVINCE_COURT = {
  pv20: 'noord-nederland', // Groningen
  pv21: 'noord-nederland', // Fryslân
  pv22: 'noord-nederland', // Drenthe
  pv23: 'overijssel',
  pv24: 'midden-nederland', // Flevoland
  pv25: 'gelderland',
  pv26: 'midden-nederland', // Utrecht
  pv29: 'zeeland-west-brabant', // Zeeland
  pv31: 'limburg',
};

/**
 * The split provinces, municipality by municipality (WRI art. 4, 5, 7, 8, 10, 12, 13), as the statute names them;
 * its text of art. 8 lacks a comma in "Castricum Den Helder" and spells Waterland "Watersland".
 */
const BY_MUNICIPALITY = {
  amsterdam: 'Aalsmeer, Amstelveen, Amsterdam, Diemen, Ouder-Amstel, Uithoorn',
  'den-haag':
    'Alphen aan den Rijn, Bodegraven-Reeuwijk, Delft, Gouda, ’s-Gravenhage, Hillegom, Kaag en Braassem, Katwijk, Krimpenerwaard, Leiden, Leiderdorp, ' +
    'Leidschendam-Voorburg, Lisse, Midden-Delfland, Nieuwkoop, Noordwijk, Oegstgeest, Pijnacker-Nootdorp, Rijswijk, Teylingen, Voorschoten, Waddinxveen, ' +
    'Wassenaar, Westland, Zoetermeer, Zoeterwoude, Zuidplas',
  'midden-nederland': 'Blaricum, Gooise Meren, Hilversum, Huizen, Laren, Wijdemeren',
  'noord-holland':
    'Alkmaar, Bergen, Beverwijk, Bloemendaal, Castricum, Den Helder, Dijk en Waard, Drechterland, Edam-Volendam, Enkhuizen, Haarlem, Haarlemmermeer, ' +
    'Heemskerk, Heemstede, Heiloo, Hollands Kroon, Hoorn, Koggenland, Landsmeer, Medemblik, Oostzaan, Opmeer, Purmerend, Schagen, Stede Broec, Texel, ' +
    'Uitgeest, Velsen, Waterland, Wormerland, Zaanstad, Zandvoort',
  'oost-brabant':
    'Asten, Bergeijk, Bernheze, Best, Bladel, Boekel, Boxtel, Cranendonck, Deurne, Eersel, Eindhoven, Geldrop-Mierlo, Gemert-Bakel, Heeze-Leende, Helmond, ' +
    '’s-Hertogenbosch, Heusden, Laarbeek, Land van Cuijk, Maashorst, Meierijstad, Nuenen, Gerwen en Nederwetten, Oirschot, Oss, Reusel-De Mierden, ' +
    'Sint-Michielsgestel, Someren, Son en Breugel, Valkenswaard, Veldhoven, Vught, Waalre',
  rotterdam:
    'Alblasserdam, Albrandswaard, Barendrecht, Capelle aan den IJssel, Dordrecht, Goeree-Overflakkee, Gorinchem, Hardinxveld-Giessendam, ' +
    'Hendrik-Ido-Ambacht, Hoeksche Waard, Krimpen aan den IJssel, Lansingerland, Maassluis, Molenlanden, Nissewaard, Papendrecht, Ridderkerk, Rotterdam, ' +
    'Schiedam, Sliedrecht, Vlaardingen, Voorne aan Zee, Zwijndrecht',
  'zeeland-west-brabant':
    'Alphen-Chaam, Altena, Baarle-Nassau, Bergen op Zoom, Breda, Dongen, Drimmelen, Etten-Leur, Geertruidenberg, Gilze en Rijen, Goirle, Halderberge, ' +
    'Hilvarenbeek, Loon op Zand, Moerdijk, Oisterwijk, Oosterhout, Roosendaal, Rucphen, Steenbergen, Tilburg, Waalwijk, Woensdrecht, Zundert',
};

/** The ROO lacks the province of most municipalities in Zeeland and Limburg; these are all of them. */
const ZEELAND = 'Borsele, Goes, Hulst, Kapelle, Middelburg, Noord-Beveland, Reimerswaal, Schouwen-Duiveland, Sluis, Terneuzen, Tholen, Veere, Vlissingen';
const LIMBURG =
  'Beek, Beekdaelen, Beesel, Bergen (L), Brunssum, Echt-Susteren, Eijsden-Margraten, Gennep, Gulpen-Wittem, Heerlen, Horst aan de Maas, Kerkrade, ' +
  'Landgraaf, Leudal, Maasgouw, Maastricht, Meerssen, Mook en Middelaar, Nederweert, Peel en Maas, Roerdalen, Roermond, Simpelveld, Sittard-Geleen, ' +
  'Stein, Vaals, Valkenburg aan de Geul, Venlo, Venray, Voerendaal, Weert';

/** The statute's names where the ROO uses another. */
const STATUTE_NAMES = new Map([
  ["'s-gravenhage", 'den haag'],
  ['bergen (nh)', 'bergen'],
]);

/** One spelling for lookups: lower case, no accents, straight apostrophes, "'s-Gravenhage" = "Den Haag". */
export function key(name) {
  const k = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  return STATUTE_NAMES.get(k) ?? k;
}
const list = (text) => text.split(/, (?!Gerwen)/).map((n) => n.trim());

/** The few fields of a ROO municipality file we need, read line by line (the files are plain block YAML). */
function readMunicipality(file) {
  const text = readFileSync(file, 'utf8');
  const name = /^names:\n- value: (.+)$/m.exec(text)?.[1].replace(/^'|'$/g, '').replace(/''/g, "'");
  const ended = /^valid_until: (?!null)/m.test(text);
  const province = /provincie: https:\/\/identifier\.overheid\.nl\/tooi\/id\/provincie\/(pv\d+)/.exec(text)?.[1];
  const places = [];
  const block = /^  bevat_plaatsen:\n((?:  - .+\n)+)/m.exec(text);
  if (block) for (const line of block[1].split('\n')) if (line.startsWith('  - ')) places.push(line.slice(4).replace(/^'|'$/g, '').replace(/''/g, "'"));
  return { name: name?.replace(/^Gemeente /, ''), ended, province, places };
}

function build() {
  const dir = join(ROO, 'data/organisaties/gemeenten');
  const byMunicipality = new Map();
  for (const [court, names] of Object.entries(BY_MUNICIPALITY)) for (const n of list(names)) byMunicipality.set(key(n), court);
  for (const n of list(ZEELAND)) byMunicipality.set(key(n), 'zeeland-west-brabant');
  for (const n of list(LIMBURG)) byMunicipality.set(key(n), 'limburg');
  const municipalities = {};
  const places = {};
  const problems = [];
  const seen = new Set();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const m = readMunicipality(join(dir, file));
    if (!m.name || m.ended) continue;
    // Noord-Holland (pv27), Zuid-Holland (pv28) and Noord-Brabant (pv30) are split; the Gooi lies in Midden-Nederland.
    const court = byMunicipality.get(key(m.name)) ?? PROVINCE_COURT[m.province];
    if (!court) {
      problems.push(`${m.name}: geen arrondissement (provincie ${m.province ?? 'onbekend'})`);
      continue;
    }
    seen.add(key(m.name));
    municipalities[m.name] = court;
    for (const place of m.places) {
      const k = place;
      // A place name used in two districts (Hengelo in Overijssel and in Gelderland) decides nothing.
      places[k] = k in places && places[k] !== court ? null : court;
    }
  }
  for (const [k, court] of byMunicipality) if (!seen.has(k)) problems.push(`${k} (${court}): staat in de wet maar niet als gemeente in het ROO`);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  const sorted = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b, 'nl')));
  return {
    source: {
      districts: WRI,
      municipalities: `${ROO_SOURCE}: gemeenten met hun provincie en plaatsen`,
      checked: '2026-12-02',
    },
    courts: COURTS,
    municipalities: sorted(municipalities),
    places: sorted(places),
  };
}

const data = build();
writeFileSync(OUT, `${JSON.stringify(data, null, 1)}\n`);
console.error(`${OUT}: ${Object.keys(data.municipalities).length} gemeenten, ${Object.keys(data.places).length} plaatsen`);
