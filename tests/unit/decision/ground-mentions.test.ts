import { describe, expect, it } from 'vitest';
import { findGroundsInCell, findGroundsInText } from '../../../src/core/decision/ground-mentions.js';

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
