import { describe, expect, it } from 'vitest';
import { readLetterStructure } from '../../../src/core/decision/index.js';
import { stripSidebar } from '../../../src/core/decision/sidebar.js';

const LETTER = `Retouradres Postbus 1 2500 AA Den Haag

Datum 14 oktober 2020
Betreft Besluit op uw Wob-verzoek

Geachte heer Jansen,

In uw brief van 1 september 2020 heeft u verzocht om informatie over windmolens.
U vraagt om:
1. alle notulen;
2. alle e-mails.

De ontvangst van uw verzoek is bevestigd bij brief van 3 september 2020.

Besluit
Ik heb besloten uw verzoek gedeeltelijk toe te wijzen.

Motivering
Persoonsgegevens maak ik niet openbaar op grond van artikel 10, tweede lid, onder e, van de Wob.

Bezwaar
Tegen dit besluit kunt u binnen zes weken bezwaar maken.

Hoogachtend,
de minister

Bijlage 1 – Relevante artikelen uit de Wob
Artikel 10
1. Het verstrekken van informatie ingevolge deze wet blijft achterwege voor zover dit:
a. de eenheid van de Kroon in gevaar zou kunnen brengen;
Artikel 11
1. In geval van een verzoek om informatie uit documenten, opgesteld ten behoeve van intern beraad, wordt geen informatie verstrekt over daarin opgenomen persoonlijke beleidsopvattingen.

Bijlage 2 – Inventarislijst
Nr.  Datum       Omschrijving          Beoordeling
1    01-02-2020  Notulen overleg       Deels openbaar   10.2.e
2    03-02-2020  E-mail                Openbaar
3    04-02-2020  Memo                  Niet openbaar    11.1
`;

const kindOf = (text: string, needle: string) => readLetterStructure(text).find((p) => p.text.includes(needle))?.kind;

describe('readLetterStructure', () => {
  it('finds the usual parts of a decision letter', () => {
    expect(kindOf(LETTER, 'Retouradres')).toBe('letterhead');
    expect(kindOf(LETTER, 'alle notulen')).toBe('restatement');
    expect(kindOf(LETTER, 'De ontvangst van uw verzoek')).toBe('procedure');
    expect(kindOf(LETTER, 'gedeeltelijk toe te wijzen')).toBe('decision');
    expect(kindOf(LETTER, 'Persoonsgegevens maak ik niet')).toBe('reasoning');
    expect(kindOf(LETTER, 'Tegen dit besluit')).toBe('objection_clause');
    expect(kindOf(LETTER, 'de eenheid van de Kroon')).toBe('annex_statute');
    expect(kindOf(LETTER, 'Notulen overleg')).toBe('annex_inventory');
  });

  it('covers the text in order, with offsets into it', () => {
    const parts = readLetterStructure(LETTER);
    for (const p of parts) expect(LETTER.slice(p.start, p.end)).toBe(p.text);
    parts.slice(1).forEach((p, i) => expect(p.start).toBeGreaterThan(parts[i].end));
  });

  it('takes the statute quoted after the signature, without an annex heading, for statute text', () => {
    const text = 'Geachte heer,\n\nBesluit\nIk wijs uw verzoek af.\n\nHoogachtend,\nde minister\n\nArtikel 10 van de Wob luidt, voor zover relevant, als volgt:\n1. Het verstrekken van informatie blijft achterwege voor zover dit:\na. de eenheid van de Kroon in gevaar zou kunnen brengen;\n';
    expect(kindOf(text, 'de eenheid van de Kroon')).toBe('annex_statute');
  });

  it('does not take a "Bezwaar" heading for the objection clause when no objection period follows', () => {
    const text = 'Geachte heer,\n\nBesluit\nIk wijs uw verzoek af.\n\nBezwaar\nU maakte bezwaar tegen het eerdere besluit; dat bezwaar is gegrond.\n';
    expect(kindOf(text, 'dat bezwaar is gegrond')).toBe('reasoning');
  });
});

describe('stripSidebar', () => {
  it('cuts off a right-hand column that runs beside the body', () => {
    const side = ['Directie Juridische Zaken', 'Ons kenmerk', '2021-0001', 'Datum', '14 oktober 2020'];
    const body = ['Ik maak deze informatie dus niet openbaar. Waar van toepassing heb ik deze', 'informatie onleesbaar gemaakt onder vermelding van 10.2.e.', '', 'De eerbiediging van de persoonlijke levenssfeer is hier', 'in het geding.'];
    const text = body.map((b, i) => (b === '' ? ' '.repeat(84) + side[i] : `${b.padEnd(84)}${side[i]}`)).join('\n');
    expect(stripSidebar(text)).toBe(body.join('\n'));
  });

  it('leaves a table with its last column alone', () => {
    const table = ['Nr.  Datum       Omschrijving          Beoordeling', ...Array.from({ length: 5 }, (_, i) => `${i + 1}    01-02-2020  Notulen overleg                                Deels openbaar`)].join('\n');
    expect(stripSidebar(table)).toBe(table);
  });
});
