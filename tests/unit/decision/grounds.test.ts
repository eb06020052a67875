import { describe, expect, it } from 'vitest';
import { REFUSAL_GROUNDS, groundByCode, normaliseGround, validateGrounds } from '../../../src/core/grounds.js';

describe('REFUSAL_GROUNDS', () => {
  it('has every Woo and Wob code the recorder accepts, and the secrecy provisions of other statutes, each once', () => {
    const codes = REFUSAL_GROUNDS.map((g) => g.code);
    const woo = [...'abcde'].map((l) => `5.1.1${l}`).concat([...'abcdefghi'].map((l) => `5.1.2${l}`), ['5.1.4', '5.1.5', '5.1.6', '5.2.1', '5.2.2', '5.4', '5.4a']);
    const wob = [...'abcd'].map((l) => `wob-10.1${l}`).concat([...'abcdefg'].map((l) => `wob-10.2${l}`), ['wob-10.7a', 'wob-10.7b', 'wob-11.1']);
    const otherStatutes = ['awr-67', 'wpg-7', 'bibob-28'];
    expect(codes.sort()).toEqual([...woo, ...wob, ...otherStatutes].sort());
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('quotes the Woo statute and marks unquoted Wob text as a summary', () => {
    expect(groundByCode('5.1.2e')).toMatchObject({
      law: 'woo',
      article: 'art. 5.1, tweede lid, aanhef en onder e, Woo',
      short: 'eerbiediging van de persoonlijke levenssfeer',
    });
    expect(groundByCode('5.1.2e')?.text).toContain('e. de eerbiediging van de persoonlijke levenssfeer;');
    expect(groundByCode('5.1.2e')?.textIsSummary).toBeUndefined();
    expect(groundByCode('wob-10.2e')).toMatchObject({ law: 'wob', textIsSummary: true });
    expect(groundByCode('wob-10.2f')?.textIsSummary).toBeUndefined();
    expect(REFUSAL_GROUNDS.filter((g) => g.textIsSummary).every((g) => g.text.startsWith('Samenvatting'))).toBe(true);
  });
});

describe('normaliseGround', () => {
  it.each([
    ['5.1.2e', '5.1.2e'],
    ['5.1.2.e', '5.1.2e'],
    ['5.1.2 (e)', '5.1.2e'],
    ['5.1 lid 2 sub e', '5.1.2e'],
    ['art. 5.1 lid 2 onder e Woo', '5.1.2e'],
    ['artikel 5.1, tweede lid, aanhef en onder e, Woo', '5.1.2e'],
    ['artikel 5.1, eerste lid, onder c, van de Wet open overheid', '5.1.1c'],
    ['5.1.5', '5.1.5'],
    ['artikel 5.1, vijfde lid', '5.1.5'],
    ['5.2', '5.2.1'],
    ['artikel 5.2, tweede lid, Woo', '5.2.2'],
    ['5.4a', '5.4a'],
    ['art. 5.4 Woo', '5.4'],
    ['10.2e', 'wob-10.2e'],
    ['10.2.e', 'wob-10.2e'],
    ['wob-10.2g', 'wob-10.2g'],
    ['artikel 10, tweede lid, onder e, van de Wob', 'wob-10.2e'],
    ['artikel 10, lid 2, onder e van de Wob', 'wob-10.2e'],
    ['artikel 10, zevende lid, onder b, Wob', 'wob-10.7b'],
    ['artikel 11 Wob', 'wob-11.1'],
    ['11', 'wob-11.1'],
  ])('reads %s as %s', (input, code) => {
    expect(normaliseGround(input)).toBe(code);
  });

  it('repairs OCR digits: "5.l.2e", "artikel 5. 1, tweede lid, onder e"', () => {
    expect(normaliseGround('5.l.2e')).toBe('5.1.2e');
    expect(normaliseGround('artikel 5. 1, tweede lid, onder e')).toBe('5.1.2e');
  });

  it('keeps the letter i: "5.1.2.i" is ground i, not an OCR 1', () => {
    expect(normaliseGround('5.1.2.i')).toBe('5.1.2i');
  });

  it('uses the law for a citation without an article', () => {
    expect(normaliseGround('tweede lid, onder e', 'woo')).toBe('5.1.2e');
    expect(normaliseGround('tweede lid, onder e', 'wob')).toBe('wob-10.2e');
    expect(normaliseGround('tweede lid, onder e')).toBeNull();
  });

  it.each(['5.1.2', '5.1.2j', '5.1.3', '10.2h', 'artikel 4.2 Woo', 'persoonlijke levenssfeer', ''])('returns null for %j', (input) => {
    expect(normaliseGround(input)).toBeNull();
  });
});

describe('validateGrounds', () => {
  it('accepts grounds for withheld information under the right law', () => {
    expect(validateGrounds('partial_public', ['5.1.2e', '5.1.2i'], 'woo')).toEqual([]);
    expect(validateGrounds('not_public', ['wob-10.2e', 'wob-11.1'], 'wob')).toEqual([]);
    expect(validateGrounds('public', [], 'woo')).toEqual([]);
  });

  it('refuses grounds where nothing was withheld', () => {
    const [error] = validateGrounds('public', ['5.1.2e'], 'woo');
    expect(error).toMatch(/alleen bij een punt waarvan iets niet openbaar is gemaakt/);
    expect(validateGrounds('nothing_found', ['5.1.2e'], 'woo')).toHaveLength(1);
  });

  it('refuses 5.1.5 together with a ground of lid 1 or 2', () => {
    expect(validateGrounds('not_public', ['5.1.5', '5.1.2a'], 'woo')).toEqual([
      'Artikel 5.1, vijfde lid, Woo mag niet worden gecombineerd met een grond uit het eerste of tweede lid voor dezelfde informatie.',
    ]);
    expect(validateGrounds('not_public', ['5.1.5', '5.2.1'], 'woo')).toEqual([]);
  });

  it('keeps Wob grounds to Wob decisions and Woo grounds to Woo decisions', () => {
    expect(validateGrounds('not_public', ['wob-10.2e'], 'woo')[0]).toMatch(/komt uit de Wob/);
    expect(validateGrounds('not_public', ['5.1.2e'], 'wob')[0]).toMatch(/komt uit de Woo/);
  });

  it('names unknown codes', () => {
    expect(validateGrounds('not_public', ['5.1.2z'], 'woo')[0]).toMatch(/Onbekende weigeringsgrond "5\.1\.2z"/);
  });
});
