import { describe, expect, it } from 'vitest';
import { removePageFurniture } from '../../../src/core/decision/furniture.js';

describe('removePageFurniture', () => {
  it('removes page numbers and running headers, keeping the first page header', () => {
    const text = [
      'Datum 5 juli 2021',
      'Kenmerk KS-1',
      'Ik maak de documenten open-',
      'Pagina 1 van 2',
      'Datum',
      '5 juli 2021',
      'Kenmerk',
      'KS-1',
      'baar.',
    ].join('\n');
    expect(removePageFurniture(text)).toBe('Datum 5 juli 2021\nKenmerk KS-1\nIk maak de documenten open-\nbaar.');
  });

  it('drops a footer line that repeats above every page number', () => {
    const footer = 'Gemeente X | Stadhuisplein 1 | www.x.nl';
    const text = ['Eerste zin.', footer, 'Pagina 1 van 2', 'Tweede zin.', footer, 'Pagina 2 van 2'].join('\n');
    expect(removePageFurniture(text)).toBe('Eerste zin.\nTweede zin.');
  });

  it('puts footnotes back where they are referred to', () => {
    const text = ['Dat zou het toezicht ondermijnen3. Ik weiger dit.', '3 Artikel 5.1, tweede lid, onder d, Woo.', 'Pagina 1 van 1'].join('\n');
    expect(removePageFurniture(text)).toBe('Dat zou het toezicht ondermijnen (Artikel 5.1, tweede lid, onder d, Woo). Ik weiger dit.');
  });

  it('leaves letters without page markers alone', () => {
    expect(removePageFurniture('Datum 1 mei 2024\nTekst.')).toBe('Datum 1 mei 2024\nTekst.');
  });

  it('reads footnotes at the end of a letter without page markers, wrapped over two lines', () => {
    const text = 'De evaluatie is al openbaar.2 Wij sturen haar niet opnieuw.\nMet vriendelijke groet,\n2 Raadsinformatiebrief van 14 maart 2023,\nhttps://example.nl/document/1';
    expect(removePageFurniture(text)).toBe('De evaluatie is al openbaar (Raadsinformatiebrief van 14 maart 2023, https://example.nl/document/1). Wij sturen haar niet opnieuw.\nMet vriendelijke groet,');
  });
});
