import { describe, expect, it } from 'vitest';
import { parseDecision } from '../../../src/core/decision/index.js';

const points = (n: number) => Array.from({ length: n }, (_, i) => ({ number: i + 1, text: `documenten over onderwerp ${i + 1}` }));

const letter = (decision: string, reasoning = '') => `Geachte heer,

In uw brief van 1 maart 2020 heeft u verzocht om informatie.

Besluit
${decision}

Motivering
${reasoning}

Hoogachtend,
de minister

Bijlage 1 – Relevante artikelen uit de Wob
Artikel 10
1. Het verstrekken van informatie ingevolge deze wet blijft achterwege voor zover dit:
a. de eenheid van de Kroon in gevaar zou kunnen brengen;
2. Het verstrekken van informatie blijft eveneens achterwege voor zover het belang daarvan niet opweegt tegen:
e. de eerbiediging van de persoonlijke levenssfeer;
`;

describe('the decision on the whole request', () => {
  it('answers every point the letter does not answer itself, marked as letter-wide, with the grounds it applies', () => {
    const text = letter(
      'Ik heb besloten uw verzoek gedeeltelijk toe te wijzen.',
      'In de documenten staan persoonsgegevens. Deze maak ik niet openbaar op grond van artikel 10, tweede lid, onder e, van de Wob.\n\nDe fiscale geheimhoudingsplicht van artikel 67 Awr staat aan openbaarmaking van een deel van de stukken in de weg; die passages zijn onleesbaar gemaakt.',
    );
    const got = parseDecision(text, points(3), { law: 'wob' }).points;
    for (const p of got) {
      expect(p).toMatchObject({ outcome: 'partial_public', source: 'letter_wide' });
      expect(p.grounds.sort()).toEqual(['awr-67', 'wob-10.2e']);
    }
  });

  it('reads "geen documenten aangetroffen" and a refusal explained by absence as nothing found', () => {
    const a = parseDecision(letter('Op basis van uw verzoek zijn er geen documenten aangetroffen.'), points(2), { law: 'wob' }).points;
    expect(a.map((p) => p.outcome)).toEqual(['nothing_found', 'nothing_found']);
    const b = parseDecision(letter('Ik heb besloten uw verzoek af te wijzen, aangezien er geen document bij het ministerie is met de door u gevraagde informatie.'), points(2), { law: 'wob' }).points;
    expect(b.map((p) => p.outcome)).toEqual(['nothing_found', 'nothing_found']);
  });

  it('takes no answer from the statute annex, whose members are numbered like points', () => {
    const got = parseDecision(letter('Ik heb besloten uw verzoek af te wijzen, omdat de informatie al openbaar is.'), points(2), { law: 'wob' });
    expect(got.points.map((p) => [p.outcome, p.grounds])).toEqual([
      ['already_public', []],
      ['already_public', []],
    ]);
  });

  it('leaves points answered by name to their own answer', () => {
    const got = parseDecision(letter('Ik heb besloten uw verzoek gedeeltelijk toe te wijzen.\n\nPunt 2\nDe notulen over punt 2 zijn niet aangetroffen.'), points(2), { law: 'wob' }).points;
    expect(got[1]).toMatchObject({ outcome: 'nothing_found', source: 'own' });
    expect(got[0]).toMatchObject({ outcome: 'partial_public', source: 'letter_wide' });
  });
});
