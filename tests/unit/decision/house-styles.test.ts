// Mechanisms added for real bodies' house styles: a point singled out after a grouped heading,
// numbered ministry sections, two-column decision tables, "niet meer", self-published documents.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../../src/core/decision/classify.js';
import { parseDecision } from '../../../src/core/decision/index.js';
import { segmentLetter } from '../../../src/core/decision/segment.js';

const points = (n: number) => Array.from({ length: n }, (_, i) => ({ number: i + 1, text: '' }));
const outcomes = (letter: string, n: number) => parseDecision(letter, points(n), { law: 'woo' }).points.map((p) => p.outcome);

describe('house styles', () => {
  it('lets a later statement about one point beat its grouped heading', () => {
    const letter =
      'Onderdelen 2 en 3\nDeze beelden maak ik niet openbaar, op grond van artikel 5.1, tweede lid, onder c, Woo.\n\nVoor onderdeel 3 zijn geen documenten aanwezig.';
    const got = parseDecision(letter, points(3), { law: 'woo' }).points;
    expect(got[1]).toMatchObject({ outcome: 'not_public', grounds: ['5.1.2c'] });
    expect(got[2]).toMatchObject({ outcome: 'nothing_found', grounds: [] });
  });

  it('reads "hebben we niet meer" and "zijn er nooit geweest" as nothing held', () => {
    expect(classifySentence('Beelden uit 2019 hebben we dus niet meer.').outcomes).toEqual(['nothing_found']);
    expect(classifySentence('Verslagen uit 2015 zijn er dus nooit geweest.').outcomes).toEqual(['nothing_found']);
  });

  it('reads self-published and not-again-published documents as already public', () => {
    expect(classifySentence('Verleende vergunningen worden door ons zelfstandig openbaar gemaakt.').outcomes).toEqual(['already_public']);
    expect(classifySentence('Deze documenten worden daarom niet opnieuw openbaar gemaakt.').outcomes).toEqual(['already_public']);
    expect(classifySentence('Het advies staat al op uwv.nl.').outcomes).toEqual(['already_public']);
  });

  it('treats a numbered double section title as a section, not a request point', () => {
    expect(segmentLetter('4. Reikwijdte en inventarisatie\nEr zijn 23 documenten aangetroffen.', 5)[0]).toEqual({ kind: 'section', title: '4. Reikwijdte en inventarisatie' });
  });

  it('reads a two-column decision table, but not an aligned letterhead', () => {
    const table = 'Deelverzoek   Besluit\n1             Niet openbaar\n2             Reeds openbaar';
    expect(outcomes(table, 2)).toEqual(['not_public', 'already_public']);
    expect(segmentLetter('Datum        5 maart 2024\nKenmerk      WOO-1', 2).some((b) => b.kind === 'table')).toBe(false);
  });

  it('takes a point named in a relative clause as a pointer, not the subject', () => {
    const letter = 'Punt 1\nHet contract maken wij openbaar.\n\nPunt 2\nDie afspraken staan in het contract dat je bij punt 1 krijgt. Zie daarvoor punt 1.';
    expect(parseDecision(letter, points(2), { law: 'woo' }).points[1]).toMatchObject({ outcome: 'referred', reference: 'punt 1' });
  });
});
