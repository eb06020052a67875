// The cleaning rules of scripts/build-bodies.mjs, on small made-up rows, including faults that the
// April 2024 source happens not to contain ("geen", merged municipalities, a missing police row).
import { describe, expect, it } from 'vitest';
import { bodySchema } from '../../../src/core/bodies/schema.js';
// @ts-ignore: plain JS build script without type declarations
import * as build from '../../../scripts/build-bodies.mjs';

const { buildBodies, cityCase, splitPostcode, classifyEmailField, cleanUrl, slugify, kindOf } = build;

function row(fields: Record<string, string>): Record<string, string> {
  return { Land: 'Nederland', Wet: 'Woo', 'Taal 1': 'Nederlands', ...fields };
}

describe('field rules', () => {
  it('normal-cases Dutch place names', () => {
    expect(cityCase('KRIMPEN AAN DEN IJSSEL')).toBe('Krimpen aan den IJssel');
    expect(cityCase('Wijk Bij Duurstede')).toBe('Wijk bij Duurstede');
    expect(cityCase('oud-beijerland')).toBe('Oud-Beijerland');
    expect(cityCase("'S-Gravenhage")).toBe('Den Haag');
    expect(cityCase('Den Bosch')).toBe("'s-Hertogenbosch");
    expect(cityCase('De Bilt')).toBe('De Bilt');
    expect(cityCase('Hengelo Ov')).toBe('Hengelo OV');
    expect(cityCase('ter aar')).toBe('Ter Aar');
  });

  it('reads postcodes with stray spaces, two lines or no space', () => {
    expect(splitPostcode('2500 AC ')).toEqual({ postcode: '2500 AC', rest: undefined });
    expect(splitPostcode('1090ec')).toEqual({ postcode: '1090 EC', rest: undefined });
    expect(splitPostcode('1200 AX\nHilversum')).toEqual({ postcode: '1200 AX', rest: 'Hilversum' });
    expect(splitPostcode('0123 AB')).toBeUndefined();
    expect(splitPostcode('onbekend')).toBeUndefined();
  });

  it('tells e-mail addresses, form URLs and placeholders apart', () => {
    expect(classifyEmailField('geen')).toEqual({ issue: 'placeholder' });
    expect(classifyEmailField('n.v.t.')).toEqual({ issue: 'placeholder' });
    expect(classifyEmailField('https://x.nl/contact').webform).toBe('https://x.nl/contact');
    expect(classifyEmailField('Info@Example.NL').email).toBe('Info@example.nl');
    expect(classifyEmailField('a@x.nl; b@x.nl')).toEqual({ email: 'a@x.nl', issue: 'multiple' });
    expect(classifyEmailField('info@cibg')).toEqual({ issue: 'invalid' });
  });

  it('repairs or refuses website values', () => {
    expect(cleanUrl('www.dnb.nl')).toBe('https://www.dnb.nl');
    expect(cleanUrl('https://a.nl/p#:~:text=Woo')).toBe('https://a.nl/p');
    expect(cleanUrl('Kanselarij | Organisatie')).toBeUndefined();
  });

  it('makes stable ASCII ids', () => {
    expect(slugify("Gemeente 's-Hertogenbosch")).toBe('gemeente-s-hertogenbosch');
    expect(slugify('Ministerie van Justitie (Curaçao)')).toBe('ministerie-van-justitie-curacao');
  });

  it('derives the kind from the name', () => {
    expect(kindOf('Gemeente Utrecht')).toBe('gemeente');
    expect(kindOf('Hoogheemraadschap van Rijnland')).toBe('waterschap');
    expect(kindOf('Politie Eenheid Amsterdam')).toBe('politie');
    expect(kindOf('Rijksuniversiteit Groningen')).toBe('onderwijs');
    expect(kindOf('Raad van State')).toBe('hoge-college');
    expect(kindOf('Stichting Kennisnet')).toBe('overig');
  });
});

describe('buildBodies', () => {
  const source = [
    row({ Bestuursorgaan: 'Gemeente Voorbeeld ', 'Postbus ': 'Postbus 1\n', Postcode: '1234ab', Plaats: 'VOORBEELD AAN ZEE', Emailadres: 'geen' }),
    row({ Bestuursorgaan: 'Gemeente Appingedam', 'Postbus ': 'Postbus 15', Postcode: '9900 AA', Plaats: 'Appingedam' }),
    row({ Bestuursorgaan: 'Gemeente Eemsdelta', 'Postbus ': 'Postbus 15', Postcode: '9900 AA', Plaats: 'Appingedam' }),
    row({ Bestuursorgaan: 'Gemeente Voorbeeld', Website: 'www.voorbeeld.nl' }),
    row({ Bestuursorgaan: 'Rijksvertegenwoordiger in Bonaire', Land: 'Bonaire', Wet: 'Wob BES' }),
    row({ Bestuursorgaan: 'Ministerio di Hustisia / Ministerie van Justitie', 'Postbus ': 'Wilhelminaplein z/n', Plaats: 'Willemstad', Land: 'Curaçao', Wet: 'Lob' }),
  ];
  const { bodies, report } = buildBodies(source);
  const byId = (id: string) => bodies.find((b: { id: string }) => b.id === id);

  it('produces only schema-valid bodies', () => {
    for (const body of bodies) expect(bodySchema.safeParse(body).success, body.id).toBe(true);
  });

  it('cleans a row and merges a second row with the same name into it', () => {
    expect(byId('gemeente-voorbeeld')).toMatchObject({
      name: 'Gemeente Voorbeeld',
      postal: { address: 'Postbus 1', postcode: '1234 AB', city: 'Voorbeeld aan Zee' },
      website: 'https://www.voorbeeld.nl',
      woo: true,
    });
    expect(byId('gemeente-voorbeeld').email).toBeUndefined();
    expect(report.dropped['duplicate name']).toHaveLength(1);
  });

  it('marks a municipality that merged into another', () => {
    expect(byId('gemeente-appingedam')).toMatchObject({ mergedInto: 'gemeente-eemsdelta' });
    expect(byId('gemeente-appingedam').note).toMatch(/Eemsdelta/);
    expect(byId('gemeente-eemsdelta').mergedInto).toBeUndefined();
  });

  it('drops rows without any contact data', () => {
    expect(byId('rijksvertegenwoordiger-in-bonaire')).toBeUndefined();
    expect(report.dropped['no postal address, e-mail, form or website']).toEqual(['Rijksvertegenwoordiger in Bonaire']);
  });

  it('names a Caribbean ministry in Dutch, with its country, outside the Woo', () => {
    expect(byId('ministerie-van-justitie-curacao')).toMatchObject({
      aliases: ['Ministerio di Hustisia'],
      postal: { address: 'Wilhelminaplein z/n', city: 'Willemstad', country: 'Curaçao' },
      woo: false,
    });
  });

  it('adds the Nationale Politie without an address when the source has no korpsleiding row', () => {
    const police = byId('nationale-politie');
    expect(police.postal).toBeUndefined();
    expect(police.note).toMatch(/Geen postadres/);
    expect(report.added).toBe(1);
  });

  it('counts entries in and out', () => {
    expect(report.in).toBe(6);
    expect(report.out).toBe(bodies.length);
    expect(report.out).toBe(6 - 2 + 1);
  });
});
