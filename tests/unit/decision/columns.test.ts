import { describe, expect, it } from 'vitest';
import { isSpacedRow, spacedCells } from '../../../src/core/decision/columns.js';
import { segmentLetter } from '../../../src/core/decision/segment.js';

describe('space-aligned tables', () => {
  it('tells table rows from prose and two-column signatures', () => {
    expect(isSpacedRow('Nr.   Datum        Omschrijving     Beoordeling')).toBe(true);
    expect(isSpacedRow('de secretaris,          de dijkgraaf,')).toBe(false);
    expect(isSpacedRow('Wij hebben besloten uw verzoek toe te wijzen.')).toBe(false);
  });

  it('cuts rows at the header columns, keeping empty cells in place', () => {
    const lines = ['Nr.   Document        Punt   Beoordeling      Grond', '7     Controlerapport         Openbaar', '8     Memo            3      Niet openbaar    5.2.1'];
    expect(spacedCells(lines)).toEqual([
      ['Nr.', 'Document', 'Punt', 'Beoordeling', 'Grond'],
      ['7', 'Controlerapport', '', 'Openbaar', ''],
      ['8', 'Memo', '3', 'Niet openbaar', '5.2.1'],
    ]);
  });

  it('makes a table block of aligned lines in a letter', () => {
    const blocks = segmentLetter('Nr.   Document   Beoordeling\n1     Memo       Openbaar\n\nTot slot.', 3);
    expect(blocks[0]).toEqual({ kind: 'table', rows: [['Nr.', 'Document', 'Beoordeling'], ['1', 'Memo', 'Openbaar']] });
  });
});
