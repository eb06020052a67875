import { describe, expect, it } from 'vitest';
import { findGroundsInCell, findGroundsInText, groundsFromTopics, groundsNamedByTitle } from '../../../src/core/decision/ground-mentions.js';

describe('findGroundsInText', () => {
  it.each([
    ['op grond van artikel 5.1, tweede lid, aanhef en onder e, van de Woo', ['5.1.2e']],
    ['artikel 5.1, tweede lid, aanhef en onder e en i, Woo', ['5.1.2e', '5.1.2i']],
    ['artikel 5.1, tweede lid, onder c, d en e, Woo', ['5.1.2c', '5.1.2d', '5.1.2e']],
    ['(art. 5.1 lid 2 sub e Woo)', ['5.1.2e']],
    ['artikel 5.1, eerste lid, onder c, van de Woo', ['5.1.1c']],
    ['artikel 5.1, vijfde lid, Woo', ['5.1.5']],
    ['gelet op artikel 5.2, eerste lid, van de Woo', ['5.2.1']],
    ['artikelen 5.1, tweede lid, onder e, en 5.2 Woo', ['5.1.2e', '5.2.1']],
    ['(5.1.2h Woo)', ['5.1.2h']],
    ['artikel 10, tweede lid, onder e, van de Wob', ['wob-10.2e']],
    ['artikel 10, lid 2, onder g van de Wob', ['wob-10.2g']],
    ['artikel 10, tweede lid, aanhef en sub e en sub b Wob', ['wob-10.2e', 'wob-10.2b']],
    ['(artikel 11 Wob)', ['wob-11.1']],
    ['artikel 5.1, eerste lid, onder d, en tweede lid, onder e en h, van de Woo', ['5.1.1d', '5.1.2e', '5.1.2h']],
  ])('%s → %j', (text, codes) => {
    expect(findGroundsInText(text)).toEqual(codes);
  });

  it('ignores articles that are not refusal grounds, and vague citations', () => {
    expect(findGroundsInText('doorgezonden op grond van artikel 4.2 Woo')).toEqual([]);
    expect(findGroundsInText('de uitzonderingen van artikel 5.1 Woo')).toEqual([]);
    expect(findGroundsInText('de punten 10 en 11 van uw verzoek')).toEqual([]);
    expect(findGroundsInText('overeenkomstig artikel 3.3.11 lid 1 van de Huisvestingsverordening')).toEqual([]);
    // The two articles named together, without a paragraph, are the law in general.
    expect(findGroundsInText('met inachtneming van het bepaalde in de artikelen 10 en 11 van de Wob')).toEqual([]);
    expect(findGroundsInText('op grond van de artikelen 10, tweede lid, onder g, en 11 van de Wob')).toEqual(['wob-10.2g', 'wob-11.1']);
  });

  it('repairs OCR that read the "1" of article 10 or 11 as a letter', () => {
    expect(findGroundsInText('op grond van artikel ao, tweede lid, onder e, van de Wob')).toEqual(['wob-10.2e']);
    expect(findGroundsInText('artikel io, tweede lid, onder g van de Wob')).toEqual(['wob-10.2g']);
    expect(findGroundsInText('artikel l1, eerste lid, van de Wob')).toEqual(['wob-11.1']);
    expect(findGroundsInText('lid 2,.onder,e')).toEqual([]);
  });
});

describe('grounds named in words', () => {
  it.each([
    ['het voorkomen van onevenredige bevoordeling of benadeling', 'wob', ['wob-10.2g']],
    ['openbaarmaking benadeelt het bedrijf onevenredig', 'wob', ['wob-10.2g']],
    ['onevenredige benadeling van de exploitant', 'woo', ['5.1.5']],
    ['de eerbiediging van de persoonlijke levenssfeer', 'woo', ['5.1.2e']],
    ['persoonlijke beleidsopvattingen in documenten voor intern beraad', 'wob', ['wob-11.1']],
    ['persoonlijke beleidsopvattingen', 'woo', ['5.2.1']],
    ['vertrouwelijk meegedeelde bedrijfs- en fabricagegegevens', 'woo', ['5.1.1c']],
    ['het burgerservicenummer', 'woo', ['5.1.1e']],
    ['politiegegevens in de zin van de Wet politiegegevens (Wpg)', 'wob', ['wpg-7']],
    ['zogenoemde Bibob-informatie', 'woo', ['bibob-28']],
  ] as const)('%s (%s) → %j', (text, law, codes) => {
    expect(groundsFromTopics(text, law)).toEqual(codes);
  });

  it('reads a heading that names a ground, but not the plain word "privacy"', () => {
    expect(groundsNamedByTitle('Bedrijfs- en fabricagegegevens', 'wob')).toEqual(['wob-10.1c']);
    expect(groundsNamedByTitle('De eerbiediging van de persoonlijke levenssfeer (artikel 10, tweede lid, onder e, van de Wob)', 'wob')).toEqual(['wob-10.2e']);
    expect(groundsNamedByTitle('Fiscale geheimhoudingsplicht (artikel 67 Awr)', 'wob')).toEqual(['awr-67']);
    expect(groundsNamedByTitle('Privacy', 'woo')).toEqual([]);
    expect(groundsNamedByTitle('Wijze van openbaarmaking', 'woo')).toEqual([]);
  });
});

describe('findGroundsInCell', () => {
  it.each([
    ['5.1.2e, 5.1.2i', 'woo', ['5.1.2e', '5.1.2i']],
    ['5.1 lid 2 sub f', 'woo', ['5.1.2f']],
    ['10.2.e', 'wob', ['wob-10.2e']],
    ['5.2', 'woo', ['5.2.1']],
    ['11', 'wob', ['wob-11.1']],
    ['persoonsgegevens (5.1, lid 2, sub e)', 'woo', ['5.1.2e']],
    ['', 'woo', []],
  ] as const)('%j → %j', (cell, law, codes) => {
    expect(findGroundsInCell(cell, law)).toEqual(codes);
  });
});
