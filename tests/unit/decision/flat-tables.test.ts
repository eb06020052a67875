import { describe, expect, it } from 'vitest';
import { isFlatTableHeader, readFlatTable } from '../../../src/core/decision/flat-tables.js';

describe('flat tables (pdf.js text without column gaps)', () => {
  it('recognises a header made only of column names', () => {
    expect(isFlatTableHeader('Nr. Omschrijving Datum Beoordeling Weigeringsgrond')).toBe(true);
    expect(isFlatTableHeader('Nr.   Datum   Beoordeling')).toBe(false);
    expect(isFlatTableHeader('De datum van het besluit')).toBe(false);
  });

  it('rebuilds numbered rows with wrapped cells', () => {
    const lines = ['Nr. Omschrijving Datum Beoordeling Weigeringsgrond', '3 Handreiking gebruik CAS voor', 'teamchefs', '15-01-2019 Deels openbaar 10.2.e', '4-5 Rapportages div. Niet openbaar 10.2.c', 'Pagina 6 van 6'];
    const table = readFlatTable(lines, 0);
    expect(table.rows.slice(1)).toEqual([
      ['3', 'Handreiking gebruik CAS voor teamchefs 15-01-2019', 'Deels openbaar', '10.2.e'],
      ['4-5', 'Rapportages div.', 'Niet openbaar', '10.2.c'],
    ]);
    expect(table.end).toBe(5);
  });

  it('reads a summary table by subject and stops at the prose after it', () => {
    const lines = ['Onderdeel Besluit Uitzonderingsgrond', 'Technische documentatie en', 'risico-indicatoren', 'Niet openbaar 5.1.2d', 'Advies FG Openbaar -', 'Toelichting'];
    const table = readFlatTable(lines, 0);
    expect(table.rows.slice(1)).toEqual([
      ['Technische documentatie en risico-indicatoren', 'Niet openbaar', '5.1.2d'],
      ['Advies FG', 'Openbaar', '-'],
    ]);
    expect(table.end).toBe(5);
  });

  it('numbers rows by point when the first column is the point, and joins cells wrapped below a row', () => {
    const lines = ['Punt Omschrijving Besluit Weigeringsgronden', '3 Correspondentie met de aannemer over Deels openbaar 5.1.2e', 'herstelwerkzaamheden', '4 Schaderapport Niet openbaar 5.1.2c', 'Motivering'];
    expect(readFlatTable(lines, 0).rows).toEqual([
      ['Punt', 'Omschrijving', 'Beoordeling', 'Grond'],
      ['3', 'Correspondentie met de aannemer over herstelwerkzaamheden', 'Deels openbaar', '5.1.2e'],
      ['4', 'Schaderapport', 'Niet openbaar', '5.1.2c'],
    ]);
  });
});
