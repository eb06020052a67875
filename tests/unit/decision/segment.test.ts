import { describe, expect, it } from 'vitest';
import { segmentLetter, splitSentences } from '../../../src/core/decision/segment.js';

describe('segmentLetter', () => {
  it('recognises point headings with and without text after them', () => {
    const blocks = segmentLetter('Ad 4 en 5\nDe brieven zijn al openbaar.\n\nPunt 3: Niet aangetroffen.\n\nVraag 5. Welke DPIA is uitgevoerd?', 9);
    expect(blocks).toEqual([
      { kind: 'point-heading', points: [4, 5], content: '' },
      { kind: 'paragraph', text: 'De brieven zijn al openbaar.' },
      { kind: 'point-heading', points: [3], content: 'Niet aangetroffen.' },
      { kind: 'point-heading', points: [5], content: 'Welke DPIA is uitgevoerd?' },
    ]);
  });

  it('keeps a sentence that starts with a point reference as prose', () => {
    expect(segmentLetter('Ten aanzien van punt 15 verwijs ik u naar het onderzoek.', 17)).toEqual([
      { kind: 'paragraph', text: 'Ten aanzien van punt 15 verwijs ik u naar het onderzoek.' },
    ]);
  });

  it('reads numbered lines, joining their wrapped continuation', () => {
    expect(segmentLetter('1. Alle notulen van\nde stuurgroep;\n2. De begroting.', 2)).toEqual([
      { kind: 'item', point: 1, text: 'Alle notulen van de stuurgroep;' },
      { kind: 'item', point: 2, text: 'De begroting.' },
    ]);
  });

  it('takes short title lines as section breaks, but not a short wrapped line', () => {
    const blocks = segmentLetter('Ik besluit als volgt.\n\nBezwaar\nTegen dit besluit kunt u bezwaar maken.\nDe politie\nbeschikt niet over meer.', 3);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'section', 'paragraph']);
  });

  it('collects table rows, pipe- or tab-separated, without the rule line', () => {
    const blocks = segmentLetter('| Nr | Beoordeling |\n|----|----|\n| 1 | Openbaar |\n\nNr\tDocument\tBeoordeling\n1\tMemo\tDeels openbaar', 3);
    expect(blocks).toEqual([
      { kind: 'table', rows: [['Nr', 'Beoordeling'], ['1', 'Openbaar']] },
      { kind: 'table', rows: [['Nr', 'Document', 'Beoordeling'], ['1', 'Memo', 'Deels openbaar']] },
    ]);
  });
});

describe('splitSentences', () => {
  it('splits at sentence ends and semicolons, not after abbreviations or inside numbers', () => {
    expect(splitSentences('Zie art. 5.1 Woo. Het rapport is openbaar; de bijlage niet. Op 10 mei jl. Klaar.')).toEqual([
      'Zie art. 5.1 Woo.',
      'Het rapport is openbaar;',
      'de bijlage niet.',
      'Op 10 mei jl. Klaar.',
    ]);
  });

  it('continues a point heading whose text the page width cut off', () => {
    const blocks = segmentLetter('Punt 3. Deze verslagen maken wij niet\nopenbaar. Zij beschrijven de opsporing.\nPunt 4. Het register maken wij openbaar.', 4);
    expect(blocks).toEqual([
      { kind: 'point-heading', points: [3], content: 'Deze verslagen maken wij niet openbaar. Zij beschrijven de opsporing.' },
      { kind: 'point-heading', points: [4], content: 'Het register maken wij openbaar.' },
    ]);
  });

  it('keeps a question heading over its "Antwoord" label', () => {
    const blocks = segmentLetter('Vraag 2\nWelke verslagen zijn er?\nAntwoord\nEr zijn geen verslagen gemaakt.', 2);
    expect(blocks.map((b) => b.kind)).toEqual(['point-heading', 'paragraph', 'paragraph']);
  });
});
