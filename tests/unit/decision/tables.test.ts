import { describe, expect, it } from 'vitest';
import { readInventory } from '../../../src/core/decision/tables.js';

describe('readInventory', () => {
  it('reads outcome, grounds and point columns by their headers', () => {
    const rows = [
      ['Nr.', 'Document', 'Punt', 'Beoordeling', 'Weigeringsgrond'],
      ['12', 'Notitie', '2', 'deels openbaar', '5.1.2e, 5.1.2i'],
      ['13', 'Brief', '1-2', 'Niet openbaar', '5.1 lid 2 sub f'],
      ['14', 'Verslag', '3', 'Reeds openbaar', ''],
    ];
    expect(readInventory(rows, 'woo', 5)).toEqual([
      { points: [2], documents: [12], subject: null, outcome: 'partial_public', grounds: ['5.1.2e', '5.1.2i'], text: '12 | Notitie | 2 | deels openbaar | 5.1.2e, 5.1.2i' },
      { points: [1, 2], documents: [13], subject: null, outcome: 'not_public', grounds: ['5.1.2f'], text: '13 | Brief | 1-2 | Niet openbaar | 5.1 lid 2 sub f' },
      { points: [3], documents: [14], subject: null, outcome: 'already_public', grounds: [], text: '14 | Verslag | 3 | Reeds openbaar | ' },
    ]);
  });

  it('works without a header and without a point column', () => {
    const rows = [['12', 'Notitie', '2019-03-01', 'deels openbaar', '10.2.e']];
    expect(readInventory(rows, 'wob', 5)).toEqual([
      { points: null, documents: [], subject: null, outcome: 'partial_public', grounds: ['wob-10.2e'], text: '12 | Notitie | 2019-03-01 | deels openbaar | 10.2.e' },
    ]);
  });

  it('keeps document numbers and subjects for tying rows to points through the letter', () => {
    const rows = [
      ['Nr', 'Omschrijving', 'Beoordeling', 'Grond'],
      ['3-5', 'Verslagen MT', 'Deels openbaar', '10.2.e; 11.1'],
    ];
    expect(readInventory(rows, 'wob', 5)[0]).toMatchObject({ points: null, documents: [3, 4, 5], grounds: ['wob-10.2e', 'wob-11.1'] });
    const byTopic = [
      ['Onderdeel', 'Besluit', 'Uitzonderingsgrond'],
      ['Advies FG', 'Openbaar', '-'],
    ];
    expect(readInventory(byTopic, 'woo', 5)[0]).toMatchObject({ points: [], subject: 'Advies FG', outcome: 'public' });
  });
});
