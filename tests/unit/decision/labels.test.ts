import { describe, expect, it } from 'vitest';
import { numberPointLabels } from '../../../src/core/decision/labels.js';

describe('numberPointLabels', () => {
  it('numbers roman labels when the letter lists points with them', () => {
    expect(numberPointLabels('I. de besluiten;\nII. de e-mails.\n\nAd II\nDeze maken wij openbaar.')).toBe(
      '1. de besluiten;\n2. de e-mails.\n\nAd 2\nDeze maken wij openbaar.',
    );
  });

  it('numbers letter labels, but not letters in a ground citation', () => {
    const text = 'a. de verslagen;\nb. de brieven.\n\nOnderdeel b\nNiet openbaar (artikel 5.1, eerste lid, onderdeel c, Woo).';
    expect(numberPointLabels(text)).toBe('1. de verslagen;\n2. de brieven.\n\nOnderdeel 2\nNiet openbaar (artikel 5.1, eerste lid, onderdeel c, Woo).');
  });

  it('leaves letters alone when the points are numbered with digits', () => {
    const text = '1. de verslagen;\na. van 2023;\nb. van 2024;\n2. de brieven.';
    expect(numberPointLabels(text)).toBe(text);
  });

  it('numbers every label of a list after a keyword and a label alone in a table column', () => {
    const text = 'a. de vergunning;\nb. de rapporten;\nc. de brieven.\nAd b en c\n1    Rapport    b    Openbaar';
    expect(numberPointLabels(text)).toBe('1. de vergunning;\n2. de rapporten;\n3. de brieven.\nAd 2 en 3\n1    Rapport    2    Openbaar');
  });
});
