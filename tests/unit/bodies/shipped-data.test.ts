// The shipped data/bodies.json: valid, and the known faults of the April 2024 source are repaired.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bodySchema, directoryFileSchema, type DirectoryFile } from '../../../src/core/bodies/schema.js';
import { readShippedJson, shippedBody } from './load-shipped.js';
// @ts-ignore: plain JS build script without type declarations
import { buildBodies, DEFAULT_ROO } from '../../../scripts/build-bodies.mjs';
import { addRooChannels } from '../../../scripts/roo-channels.mjs';

// Read without validating, so that a schema failure shows up in the schema tests below (with the
// failing ids) instead of stopping every test in this file.
const directory = readShippedJson() as DirectoryFile;
const bodies = directory.bodies;
const byId = (id: string) => shippedBody(bodies, id);

describe('shipped directory file', () => {
  it('passes the directory schema as a whole', () => {
    const result = directoryFileSchema.safeParse(directory);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has every single entry pass the body schema', () => {
    const failures = bodies
      .map((body) => ({ id: body.id, result: bodySchema.safeParse(body) }))
      .filter((r) => !r.result.success)
      .map((r) => r.id);
    expect(failures).toEqual([]);
  });

  it('states source, month of the data and that addresses may have changed', () => {
    expect(directory.source.date).toBe('2024-04');
    expect(directory.source.note).toMatch(/gewijzigd/);
    expect(bodies.length).toBeGreaterThan(600);
  });

  it('has unique ids and unique names', () => {
    expect(new Set(bodies.map((b) => b.id)).size).toBe(bodies.length);
    expect(new Set(bodies.map((b) => b.name)).size).toBe(bodies.length);
  });

  it('lists all 342 municipalities of 2024 and none that merged before', () => {
    const gemeenten = bodies.filter((b) => b.kind === 'gemeente');
    expect(gemeenten).toHaveLength(342);
    for (const old of ['appingedam', 'delfzijl', 'weesp', 'uden', 'heerhugowaard', 'hellevoetsluis']) {
      expect(bodies.find((b) => b.id === `gemeente-${old}`)).toBeUndefined();
    }
    expect(byId('gemeente-eemsdelta').postal?.city).toBe('Appingedam');
  });
});

describe('repaired source faults', () => {
  it('normalises postcodes with stray spaces, without space, or with the city in the same field', () => {
    expect(byId('gemeente-achtkarspelen').postal?.postcode).toBe('9250 AA'); // "9250 AA "
    expect(byId('clara-wichmann-instituut').postal?.postcode).toBe('1090 EC'); // "1090EC"
    expect(byId('stichting-regionale-publieke-omroep').postal).toEqual({
      address: 'Postbus 913',
      postcode: '1200 AX',
      city: 'Hilversum',
    }); // "1200 AX Hilversum", no city
  });

  it('removes line breaks and dots from address lines', () => {
    expect(byId('stichting-administratie-indonesische-pensioenen').postal?.address).toBe('Postbus 1263'); // "Postbus 1263\n"
    expect(byId('edelmetaal-waarborg-nederland-b-v').postal?.address).toBe('Polderboskdyk 13A');
    expect(byId('gemeente-valkenswaard').postal?.address).toBe('Postbus 10100'); // "Postbus 10.100"
  });

  it('drops placeholder and invalid e-mail addresses', () => {
    expect(byId('gemeente-rotterdam').email).toBeUndefined(); // "NVT"
    expect(byId('big-register').email).toBeUndefined(); // "info@cibg"
  });

  it('moves URLs from the e-mail field to webform', () => {
    const hra = byId('hoge-raad-van-adel');
    expect(hra.email).toBeUndefined();
    expect(hra.webform).toBe('https://www.hogeraadvanadel.nl/contact');
    expect(byId('ministerie-van-algemene-zaken').webform).toMatch(/^https:\/\/www\.rijksoverheid\.nl\//);
  });

  it('keeps the first of several e-mail addresses', () => {
    expect(byId('gemeente-uitgeest').email).toBe('bestuursondersteuning@uitgeest.nl');
  });

  it('does not ship personal e-mail addresses of civil servants', () => {
    expect(byId('gemeente-zaanstad').email).toBeUndefined();
  });

  it('writes city names in normal case, with particles and IJ', () => {
    expect(byId('gemeente-alphen-aan-den-rijn').postal?.city).toBe('Alphen aan den Rijn');
    expect(byId('gemeente-bergen-op-zoom').postal?.city).toBe('Bergen op Zoom');
    expect(byId('gemeente-den-haag').postal?.city).toBe('Den Haag'); // "'S-Gravenhage"
    expect(byId('gemeente-s-hertogenbosch').postal?.city).toBe("'s-Hertogenbosch"); // "'S-Hertogenbosch"
    expect(byId('raad-voor-rechtsbijstand').postal?.city).toBe("'s-Hertogenbosch"); // "S-Hertogenbosch"
    expect(byId('politie-eenheid-oost-brabant').postal?.city).toBe("'s-Hertogenbosch"); // "Den Bosch"
    expect(byId('gemeente-velsen').postal?.city).toBe('IJmuiden');
    expect(byId('dopingautoriteit').postal?.city).toBe('Capelle aan den IJssel'); // "Capelle Aan De Ijssel"
    expect(byId('gemeente-zuidplas').postal?.city).toBe('Nieuwerkerk aan den IJssel'); // "Nieuwerkerk Ad Ijssel"
    expect(byId('veiligheidsregio-fryslan').postal?.city).toBe('Leeuwarden'); // "Leeuwraden"
    expect(byId('gemeente-ede').postal?.city).toBe('Ede GLD');
  });

  it('merges bodies listed twice under two names', () => {
    expect(bodies.filter((b) => b.postal?.address === 'Postbus 9046')).toHaveLength(1);
    const kadaster = byId('kadaster');
    expect(kadaster.webform).toBe('https://formulieren.kadaster.nl/woo-verzoek');
    expect(kadaster.aliases).toContain('Het Kadaster');
    expect(bodies.find((b) => b.id === 'commissie-schadefonds-geweldsmisdrijven')).toBeUndefined();
    expect(byId('schadefonds-geweldsmisdrijven').email).toBe('info@schadefonds.nl');
  });

  it('tells the three Caribbean fire services apart instead of shipping three "Brandweer"', () => {
    expect(bodies.filter((b) => b.name === 'Brandweer')).toHaveLength(0);
    expect(byId('brandweer-saba').postal?.city).toBe('The Bottom');
  });

  it('corrects the swapped IND addresses of Saba and Sint Eustatius', () => {
    expect(byId('immigratie-en-naturalisatiedienst-caribisch-nederland-saba').email).toBe('INDSaba@rijksdienstcn.com');
    expect(byId('immigratie-en-naturalisatiedienst-caribisch-nederland-sint-eustatius').email).toBe(
      'INDStatia@rijksdienstcn.com',
    );
  });

  it('takes abbreviations out of the name into shortName', () => {
    expect(byId('centraal-bureau-voor-de-statistiek').shortName).toBe('CBS');
    expect(byId('autoriteit-financiele-markten').shortName).toBe('AFM');
    expect(byId('autoriteit-persoonsgegevens').shortName).toBe('AP');
  });
});

describe('which bodies the Woo applies to', () => {
  const caribbeanCountries = /\((Aruba|Curaçao|Sint Maarten)\)$/;

  it('marks the ministries of Aruba, Curaçao and Sint Maarten woo: false with their own law', () => {
    const ministries = bodies.filter((b) => b.kind === 'ministerie' && caribbeanCountries.test(b.name));
    expect(ministries).toHaveLength(8 + 9 + 7);
    for (const m of ministries) {
      expect(m.woo, m.id).toBe(false);
      expect(m.wooNote, m.id).toMatch(/Landsverordening openbaarheid van bestuur/);
    }
    expect(byId('ministerie-van-justitie-curacao').aliases).toContain('Ministerio di Hustisia');
  });

  it('marks the Caribbean Netherlands woo: false under the Wob BES', () => {
    for (const id of ['gezaghebber-van-bonaire', 'korps-politie-caribisch-nederland-saba', 'brandweer-sint-eustatius']) {
      expect(byId(id).woo).toBe(false);
      expect(byId(id).wooNote).toMatch(/Wob BES/);
    }
  });

  it('keeps the European-Dutch bodies woo: true', () => {
    expect(byId('gemeente-amsterdam').woo).toBe(true);
    expect(byId('ministerie-van-algemene-zaken').woo).toBe(true);
    expect(byId('medisch-tuchtcollege-caribisch-nederland').woo).toBe(true); // seated in Den Haag
    expect(bodies.filter((b) => b.woo).every((b) => b.postal === undefined || b.postal.country === undefined)).toBe(true);
  });
});

describe('Nationale Politie', () => {
  it('has one entry with the korpsleiding address from the source', () => {
    const police = byId('nationale-politie');
    expect(police.name).toBe('Nationale Politie');
    expect(police.kind).toBe('politie');
    expect(police.postal).toEqual({ address: 'Postbus 17107', postcode: '2502 CC', city: 'Den Haag' });
    expect(police.note).toMatch(/korpsleiding/);
    expect(bodies.filter((b) => b.name.startsWith('Nationale Politie'))).toHaveLength(1);
  });

  it('warns about the unverifiable PO box of the Den Haag unit instead of guessing', () => {
    const unit = byId('politie-eenheid-den-haag');
    expect(unit.postal?.address).toBe('Postbus 26444');
    expect(unit.note).toMatch(/Controleer/);
  });
});

const SOURCE = fileURLToPath(new URL('../../../../shared/data/bestuursorganen-allmanak-2024.json', import.meta.url));

describe.skipIf(!existsSync(SOURCE))('data/bodies.json is the build script output', () => {
  it('equals a fresh build from the sources (no hand edits)', async () => {
    const { bodies: rebuilt, report } = buildBodies(JSON.parse(readFileSync(SOURCE, 'utf8')));
    expect(await addRooChannels(rebuilt, DEFAULT_ROO, report)).toEqual(bodies);
  });
});
