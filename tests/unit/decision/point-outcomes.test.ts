// Rules for reading the outcome per request point from real letters (issue 9): one short Dutch
// sentence or letter per rule.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../../src/core/decision/classify.js';
import { parseDecision } from '../../../src/core/decision/index.js';

const outcomes = (s: string) => classifySentence(s).outcomes;
const points = (n: number) => Array.from({ length: n }, (_, i) => ({ number: i + 1, text: `documenten over onderwerp ${i + 1}` }));

describe('what is not this decision', () => {
  it('reads case law told back as no decision', () => {
    expect(outcomes('In de uitspraak stond de vraag centraal of de minister terecht had geweigerd de verslagen openbaar te maken.')).toEqual([]);
    expect(outcomes('De Afdeling was van oordeel dat openbaarmaking mocht worden geweigerd.')).toEqual([]);
  });
  it('reads the requester referring to something as no referral', () => {
    expect(outcomes('In uw brief verwijst u naar een besluit van het ministerie van Financiën.')).toEqual([]);
    expect(outcomes('U verwijst naar het rapport.')).toEqual([]);
    expect(outcomes('Ik verwijs u naar het jaarverslag.')).toEqual(['referred']);
  });
  it('takes a decision "met een beroep op" a ground as this decision, not an appeal', () => {
    const text = 'Geachte heer,\n\nBesluit\nDe notulen besluit ik niet openbaar te maken met een beroep op artikel 11 van de Wob.\n\nHoogachtend,\nde minister\n';
    expect(parseDecision(text, points(2), { law: 'wob' }).points.map((p) => [p.outcome, p.source])).toEqual([
      ['not_public', 'letter_wide'],
      ['not_public', 'letter_wide'],
    ]);
  });
});
