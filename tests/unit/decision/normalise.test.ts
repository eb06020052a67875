import { describe, expect, it } from 'vitest';
import { normaliseLetterText, repairOcrDigits } from '../../../src/core/decision/normalise.js';
import { findUrls, joinBrokenUrls } from '../../../src/core/decision/urls.js';

describe('normaliseLetterText', () => {
  it('expands ligatures and drops soft hyphens and odd spaces', () => {
    expect(normaliseLetterText('ofﬁciële besluit\u00ADvorming\u00A0nu')).toBe('officiële besluitvorming nu');
  });

  it('joins words hyphenated over a line, but keeps "bedrijfs- en fabricagegegevens"', () => {
    expect(normaliseLetterText('niet opge-\nmaakt')).toBe('niet opgemaakt');
    expect(normaliseLetterText('bedrijfs- en fabricagegegevens')).toBe('bedrijfs- en fabricagegegevens');
  });

  it('joins key words that OCR split with a space', () => {
    expect(normaliseLetterText('maak ik niet open baar; zijn niet aan getroffen')).toBe('maak ik niet openbaar; zijn niet aangetroffen');
    expect(normaliseLetterText('een open deur')).toBe('een open deur');
  });

  it('keeps a URL whole and its hyphens intact', () => {
    expect(normaliseLetterText('zie https://www.politie.nl/wob/besluit-\ncas.html.')).toBe('zie https://www.politie.nl/wob/besluit-cas.html.');
  });
});

describe('repairOcrDigits', () => {
  it('reads l and O as digits where a number must be', () => {
    expect(repairOcrDigits('punt l en artikel 5.l, l7 juni 2O22')).toBe('punt 1 en artikel 5.1, 17 juni 2022');
  });

  it('removes stray spaces in citations only', () => {
    expect(repairOcrDigits('artikel 5. 1, tweede lid')).toBe('artikel 5.1, tweede lid');
    expect(repairOcrDigits('grond 5. 1. 2e')).toBe('grond 5.1.2e');
    expect(repairOcrDigits('3. 12 documenten')).toBe('3. 12 documenten');
  });

  it('repairs a list number read as l at the start of a line', () => {
    expect(repairOcrDigits('l. Alle notulen')).toBe('1. Alle notulen');
  });
});

describe('URLs', () => {
  it('joins a URL broken after a slash', () => {
    expect(joinBrokenUrls('op https://www.politie.nl/wob/korpsstaf/\n2020/besluit-cas.html staat')).toBe(
      'op https://www.politie.nl/wob/korpsstaf/2020/besluit-cas.html staat',
    );
  });

  it('joins a path continued on the next line, not the next sentence', () => {
    expect(joinBrokenUrls('https://zwolle.nl/document\n/11873340/raadsvoorstel.')).toBe('https://zwolle.nl/document/11873340/raadsvoorstel.');
    expect(joinBrokenUrls('zie https://www.acm.nl.\nDe rest')).toBe('zie https://www.acm.nl.\nDe rest');
    expect(joinBrokenUrls('zie https://www.acm.nl\nVoor punt 2')).toBe('zie https://www.acm.nl\nVoor punt 2');
  });

  it('finds URLs without trailing punctuation', () => {
    expect(findUrls('staat op www.rijksoverheid.nl/lch. En https://a.nl/x?q=1, ook.')).toEqual(['www.rijksoverheid.nl/lch', 'https://a.nl/x?q=1']);
  });

  it('finds bare domains after full URLs, and not e-mail addresses', () => {
    expect(findUrls('Kijk op amersfoort.nl/scooters of https://www.acm.nl/x; mail woo@acm.nl.')).toEqual(['https://www.acm.nl/x', 'amersfoort.nl/scooters']);
  });
});
