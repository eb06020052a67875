import { describe, expect, it } from 'vitest';
import { extractDecisionDates, findDates } from '../../../src/core/decision/dates.js';
import { splitSentences } from '../../../src/core/decision/segment.js';
import { parseDecision } from '../../../src/core/decision/index.js';

describe('findDates', () => {
  it('reads Dutch written, numeric and ISO dates', () => {
    expect(findDates('10 mei 2021, 10-05-2021, 3/9/2022, 2021-05-10, 7 sept. 2020').map((d) => d.date)).toEqual([
      '2021-05-10',
      '2021-05-10',
      '2022-09-03',
      '2021-05-10',
      '2020-09-07',
    ]);
  });

  it('takes the year from context, and "jl." looks back', () => {
    expect(findDates('op 2 mei', 2024)[0].date).toBe('2024-05-02');
    expect(findDates('op 20 december jl.', 2024, '2024-01-15')[0].date).toBe('2023-12-20');
    expect(findDates('op 2 mei')).toEqual([]);
  });

  it('refuses impossible dates', () => {
    expect(findDates('31 februari 2021 en 31-04-2021')).toEqual([]);
  });
});

describe('extractDecisionDates', () => {
  const dates = (text: string) => extractDecisionDates(text, text.split(/\n\s*\n/).flatMap(splitSentences));

  it('finds the letter date in "Datum …" or "Plaats, datum"', () => {
    expect(dates('Politie\nDatum 5 juli 2021\nOnderwerp besluit').decided).toBe('2021-07-05');
    expect(dates('Datum\n12 juni 2023\nOnderwerp').decided).toBe('2023-06-12');
    expect(dates('Gemeente\n\nUtrecht, 14 maart 2023\nKenmerk').decided).toBe('2023-03-14');
  });

  it('tells receipt, acknowledgement and adjournment apart', () => {
    const text =
      'Den Haag, 5 juli 2021\n\nUw verzoek van 7 mei 2021 is op 10 mei 2021 ontvangen. Bij brief van 18 mei 2021 heb ik de ontvangst bevestigd en de beslistermijn verdaagd tot 5 juli 2021.';
    expect(dates(text)).toEqual({ received: '2021-05-10', acknowledged: '2021-05-18', adjourned: '2021-05-18', decided: '2021-07-05' });
  });

  it('reads "ontvangen op" after the request date and "jl." with the letter year', () => {
    expect(dates('Datum: 19 juni 2024\n\nUw brief van 1 mei 2024, ontvangen op 2 mei 2024, gaat over X.').received).toBe('2024-05-02');
    expect(dates('Datum: 19 juni 2024\n\nOp 2 mei jl. hebben wij uw verzoek ontvangen.').received).toBe('2024-05-02');
  });

  it('reads an acknowledgement dated inside its phrase and "meer tijd nodig" as an adjournment', () => {
    const text = 'Datum 22 november 2023\n\nWij hebben uw verzoek op 31 augustus 2023 ontvangen en de ontvangst op 5 september 2023 bevestigd. Op 25 september 2023 hebben wij u laten weten dat wij meer tijd nodig hadden.';
    expect(dates(text)).toMatchObject({ received: '2023-08-31', acknowledged: '2023-09-05', adjourned: '2023-09-25' });
  });
});

describe('plain-language and place-name dates', () => {
  it('reads an informal acknowledgement and an extension "to decide"', () => {
    const letter = 'Datum: 14 november 2024\n\nOp 16 september 2024 kregen we je e-mail binnen. Op 18 september 2024 hebben we je laten weten dat we je verzoek goed hebben ontvangen. Op 10 oktober 2024 hebben we de termijn om te beslissen met twee weken verlengd.';
    expect(parseDecision(letter, [], { law: 'woo' }).dates).toEqual({ received: '2024-09-16', acknowledged: '2024-09-18', adjourned: '2024-10-10', decided: '2024-11-14' });
  });
  it("reads the letter's date after a place name with 's-", () => {
    expect(parseDecision("'s-Hertogenbosch, 3 april 2024\n\nGeachte heer,", [], { law: 'woo' }).dates.decided).toBe('2024-04-03');
  });
  it('reads acknowledgements in plain words, "verdagen", and an adjournment in the same letter', () => {
    const dates = (text: string) => extractDecisionDates(text, splitSentences(text));
    expect(dates('Op 8 april 2025 hebben we je         per mail bevestigd dat we je verzoek hebben ontvangen.').acknowledged).toBe('2025-04-08');
    expect(dates('Op 26 maart 2020 hebben wij u laten weten dat wij de beslistermijn met vier weken verdagen.').adjourned).toBe('2020-03-26');
    expect(dates('Bij brief van 18 mei 2021 is de ontvangst bevestigd. Bij diezelfde brief is de termijn verdaagd.').adjourned).toBe('2021-05-18');
  });

  it('reads an e-mail decision: the sent header and plain-language acknowledgement and adjournment', () => {
    const text = 'Verzonden: vrijdag 6 december 2024 14:12\nOnderwerp: Besluit\n\nOp 30 oktober hebben we je laten weten dat je verzoek goed is aangekomen, en op 20 november dat we twee weken extra nodig hadden.';
    expect(extractDecisionDates(text, splitSentences(text.split('\n\n')[1]))).toEqual({ acknowledged: '2024-10-30', adjourned: '2024-11-20', decided: '2024-12-06' });
  });
});
