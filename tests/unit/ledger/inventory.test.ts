// Reading an inventory list: CSV as spreadsheets export it, XLSX, header words, the government's
// assessment words and ground notations.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { readInventoryFile } from '../../../src/app/inventory-file.js';
import { parseCsv } from '../../../src/core/csv.js';
import { readDateCell } from '../../../src/core/dates.js';
import { assessmentOf, documentsFromRows } from '../../../src/core/inventory.js';
import { tempDir } from '../../helpers/cli.js';

describe('parseCsv', () => {
  it('reads ; with a byte-order mark, CRLF, quotes with "" and a line break inside', () => {
    const text = '\uFEFFNr.;Omschrijving;Beoordeling\r\n1;"Brief; ""concept""\r\nversie 2";Openbaar\r\n\r\n2;Nota;Niet openbaar\r\n';
    expect(parseCsv(text)).toEqual([
      ['Nr.', 'Omschrijving', 'Beoordeling'],
      ['1', 'Brief; "concept"\r\nversie 2', 'Openbaar'],
      ['2', 'Nota', 'Niet openbaar'],
    ]);
  });

  it('reads , and tab separators, and a last line without a line end', () => {
    expect(parseCsv('nr,beoordeling,grond\n1,deels openbaar,"5.1.2e, 5.1.2i"')).toEqual([['nr', 'beoordeling', 'grond'], ['1', 'deels openbaar', '5.1.2e, 5.1.2i']]);
    expect(parseCsv('nr\tbeoordeling\n1\topenbaar\n')).toEqual([['nr', 'beoordeling'], ['1', 'openbaar']]);
  });
});

describe('readDateCell', () => {
  it.each([
    ['15-1-2018', '2018-01-15'],
    ['15/01/2018', '2018-01-15'],
    ['2018-01-15', '2018-01-15'],
    ['15 januari 2018', '2018-01-15'],
    ['3 okt. 2019', '2019-10-03'],
    ['31-02-2018', undefined],
    ['z.d.', undefined],
  ])('%s → %s', (cell, iso) => expect(readDateCell(cell)).toBe(iso));
});

describe('assessments in the government vocabulary', () => {
  it.each([
    ['Openbaar', 'public'],
    ['geheel openbaar', 'public'],
    ['Deels openbaar', 'partial_public'],
    ['Gedeeltelijk', 'partial_public'],
    ['gedeeltelijk openbaar', 'partial_public'],
    ['Niet openbaar', 'not_public'],
    ['Geweigerd', 'not_public'],
    ['Reeds openbaar', 'already_public'],
    ['buiten verzoek', null],
  ])('%s → %s', (cell, assessment) => expect(assessmentOf(cell)).toBe(assessment));
});

describe('documentsFromRows', () => {
  const rows = [
    ['Inventarislijst Woo-verzoek 2026-12'],
    ['Nr.', 'Datum', 'Omschrijving', 'Onderdeel', 'Beoordeling', 'Weigeringsgrond(en)'],
    ['1', '15-1-2026', 'E-mail over het plan', '1', 'Deels openbaar', '5.1.2e'],
    ['', '', 'met bijlage', '', '', ''],
    ['2', '2026-02-03', 'Nota aan de wethouder', '1, 2', 'niet openbaar', '5.1 lid 2 sub e; 5.2'],
    ['2a', '', 'Advies', '9', 'Openbaar', 'n.v.t.'],
    ['3', 'eind 2025', 'Kamerbrief', '', 'Reeds openbaar', ''],
    ['4', '', 'Memo', '2', 'buiten verzoek', ''],
    ['5', '', 'Verslag', '2', 'Gedeeltelijk', 'Wpg art. 7'],
  ];

  it('finds the columns by their header words under a title row, and reads every row', () => {
    const { documents } = documentsFromRows(rows, 'woo', 3);
    expect(documents.map((d) => d.number)).toEqual(['1', '2', '2a', '3', '5']);
    expect(documents[0]).toEqual({ number: '1', date: '2026-01-15', description: 'E-mail over het plan met bijlage', assessment: 'partial_public', grounds: ['5.1.2e'], points: [1], evidence: '1 | 15-1-2026 | E-mail over het plan | 1 | Deels openbaar | 5.1.2e' });
    expect(documents[1]).toMatchObject({ date: '2026-02-03', assessment: 'not_public', grounds: ['5.1.2e', '5.2.1'], points: [1, 2] });
    expect(documents[3]).toMatchObject({ assessment: 'already_public', grounds: [] });
    expect(documents[3].points).toBeUndefined();
  });

  it('reports what it could not read instead of dropping it silently', () => {
    const { problems } = documentsFromRows(rows, 'woo', 3);
    expect(problems).toEqual([
      'Document 2a: punt 9 bestaat niet in het verzoek (3 punten); niet gekoppeld.',
      'Document 3: datum "eind 2025" niet herkend; niet vastgelegd.',
      'Document 4: beoordeling "buiten verzoek" niet herkend (openbaar, deels openbaar, niet openbaar of reeds openbaar); overgeslagen.',
      'Document 5: weigeringsgrond "Wpg art. 7" niet herkend; niet vastgelegd.',
    ]);
  });

  it.each([
    ['10.2.e', 'wob', ['wob-10.2e']],
    ['10.2e', 'wob', ['wob-10.2e']],
    ['Art. 10.2.e, 11.1', 'wob', ['wob-10.2e', 'wob-11.1']],
    ['5.1.2e', 'woo', ['5.1.2e']],
    ['5.1 lid 2 sub e', 'woo', ['5.1.2e']],
    ['artikel 5.1, tweede lid, aanhef en onder e en i, Woo', 'woo', ['5.1.2e', '5.1.2i']],
  ] as const)('reads the ground %s under the %s', (cell, law, grounds) => {
    const { documents } = documentsFromRows([['nr', 'beoordeling', 'gronden'], ['1', 'deels openbaar', cell]], law, 1);
    expect(documents[0].grounds).toEqual(grounds);
  });

  it('leaves out grounds of the other law and grounds on a public document, saying so', () => {
    const { documents, problems } = documentsFromRows([['nr', 'beoordeling', 'gronden'], ['1', 'deels openbaar', '10.2.e'], ['2', 'openbaar', '5.1.2e']], 'woo', 1);
    expect(documents.map((d) => d.grounds)).toEqual([[], []]);
    expect(problems).toEqual(['Document 1: wob-10.2e is geen grond uit de Woo, de wet van dit besluit; niet vastgelegd.', 'Document 2: weigeringsgronden bij een document dat openbaar is, niet vastgelegd.']);
  });

  it('refuses a list without a header naming the assessment', () => {
    expect(() => documentsFromRows([['1', 'Brief', 'openbaar']], 'woo', 1)).toThrow(/geen kopregel met een kolom voor de beoordeling/);
  });
});

describe('readInventoryFile', () => {
  it('reads an XLSX file (dates as dates, numbers as numbers) from the first sheet with a header', async () => {
    const file = join(tempDir(), 'inventaris.xlsx');
    await writeXlsxFile(
      [
        { sheet: 'Toelichting', data: [[{ value: 'Deze lijst hoort bij het besluit van 5 februari 2026.' }]] },
        {
          sheet: 'Inventaris',
          data: [
            [{ value: 'Documentnummer' }, { value: 'Datum' }, { value: 'Document' }, { value: 'Punt' }, { value: 'Besluit' }, { value: 'Grond' }],
            [{ value: 1 }, { value: new Date(Date.UTC(2026, 0, 15)), type: Date, format: 'dd-mm-yyyy' }, { value: 'E-mail' }, { value: 2 }, { value: 'Deels openbaar' }, { value: '5.1.2e' }],
            [{ value: 2 }, null, { value: 'Rapport' }, { value: 1 }, { value: 'Openbaar' }, null],
          ],
        },
      ],
    ).toFile(file);
    const { documents, problems } = await readInventoryFile(file, 'woo', 2);
    expect(problems).toEqual([]);
    expect(documents).toMatchObject([
      { number: '1', date: '2026-01-15', description: 'E-mail', assessment: 'partial_public', grounds: ['5.1.2e'], points: [2] },
      { number: '2', description: 'Rapport', assessment: 'public', grounds: [], points: [1] },
    ]);
  });

  it('reads a CSV file, and refuses a missing file and a binary one with a clear message', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'lijst.csv'), '\uFEFFnr;beoordeling\n1;openbaar\n');
    expect((await readInventoryFile(join(dir, 'lijst.csv'), 'woo', 1)).documents).toHaveLength(1);
    await expect(readInventoryFile(join(dir, 'weg.csv'), 'woo', 1)).rejects.toThrow(/De inventarislijst .*weg\.csv is niet gevonden/);
    writeFileSync(join(dir, 'plaatje.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    await expect(readInventoryFile(join(dir, 'plaatje.bin'), 'woo', 1)).rejects.toThrow(/geen CSV- of XLSX-bestand/);
  });
});
