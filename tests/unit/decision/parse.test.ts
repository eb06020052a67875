import { describe, expect, it } from 'vitest';
import { parseDecision } from '../../../src/core/decision/index.js';

const points = (n: number) => Array.from({ length: n }, (_, i) => ({ number: i + 1, text: '' }));

describe('parseDecision', () => {
  it('gives a point excepted from a grouped heading its own answer only', () => {
    const letter = 'Onderdelen 1 tot en met 3\nDeze documenten maken wij openbaar.\n\nMet uitzondering van onderdeel 2: daarvoor zijn geen documenten aangetroffen.';
    expect(parseDecision(letter, points(3), { law: 'woo' }).points.map((p) => p.outcome)).toEqual(['public', 'nothing_found', 'public']);
  });

  it('reads a referral to another point\'s decision, with "no other documents", as referred to that point', () => {
    const letter = 'Ad 1\nDe nota maken wij openbaar.\n\nAd 2\nDit staat in de documenten die onder onderdeel 1 zijn genoemd. Andere documenten hebben wij niet. Wij verwijzen u naar ons besluit over onderdeel 1.';
    expect(parseDecision(letter, points(2), { law: 'woo' }).points[1]).toMatchObject({ outcome: 'referred', reference: 'punt 1' });
  });

  it('keeps an official publication cited for an already public point', () => {
    const letter = 'Ad 1\nDit convenant is gepubliceerd in de Staatscourant: Stcrt. 2022, 31455.';
    expect(parseDecision(letter, points(1), { law: 'woo' }).points[0]).toMatchObject({ outcome: 'already_public', reference: 'Stcrt. 2022, 31455' });
  });

  it('marks points the letter does not address as unanswered', () => {
    const { points: got } = parseDecision('Punt 1: De notulen maak ik openbaar.', points(2), { law: 'woo' });
    expect(got[1]).toEqual({ point: 2, outcome: 'unanswered', evidence: '', grounds: [] });
  });

  it('keeps the evidence sentence and the other outcomes of a point', () => {
    const { points: got } = parseDecision('Ad 1\nDrie memo\'s maak ik openbaar. Twee memo\'s maak ik niet openbaar (artikel 5.2, eerste lid, Woo).', points(1), { law: 'woo' });
    expect(got[0]).toMatchObject({ outcome: 'partial_public', alsoOutcomes: ['public', 'not_public'], grounds: ['5.2.1'] });
    expect(got[0].evidence).toContain("Twee memo's maak ik niet openbaar");
  });

  it('makes a point that only points to another point\'s answer `referred`, without copying that answer', () => {
    const letter = [
      'Ad 1\nDeze stukken zijn niet aangetroffen.',
      'Ad 2\nZie het antwoord bij punt 1.',
      'Ad 3\nZie het antwoord bij punt 4.',
      'Ad 4\nVoor punt 4 verwijs ik u naar het antwoord op punt 1.',
      'Ad 5\nZie ons antwoord bij Ad 1.',
      'Ad 6\nZie het antwoord op vraag 1.',
      'Ad 7\nZie de punten 1 en 2.',
    ].join('\n\n');
    const got = parseDecision(letter, points(7), { law: 'woo' }).points;
    expect(got[1]).toEqual({ point: 2, outcome: 'referred', evidence: 'Zie het antwoord bij punt 1.', reference: 'punt 1', grounds: [], source: 'own' });
    expect(got[2]).toMatchObject({ outcome: 'referred', reference: 'punt 4' });
    expect(got[3]).toMatchObject({ outcome: 'referred', reference: 'punt 1', grounds: [] });
    expect(got[4]).toMatchObject({ outcome: 'referred', reference: 'punt 1' });
    expect(got[5]).toMatchObject({ outcome: 'referred', reference: 'punt 1' });
    expect(got[6]).toMatchObject({ outcome: 'referred', reference: 'punten 1 en 2' });
    expect(got.some((p) => p.alsoOutcomes)).toBe(false);
  });

  it('gives a point the decision of another where the letter says the same decision applies', () => {
    const outcomes = (letter: string) => parseDecision(letter, points(5), { law: 'woo' }).points.map((p) => p.outcome);
    const sameAs4 = ['unanswered', 'unanswered', 'unanswered', 'nothing_found', 'nothing_found'];
    expect(outcomes('Punt 4: niet aangetroffen.\n\nVoor punt 5 geldt hetzelfde als voor punt 4.')).toEqual(sameAs4);
    expect(outcomes('Punt 4: niet aangetroffen.\n\nPunt 5: hetzelfde als bij punt 4.')).toEqual(sameAs4);
    expect(outcomes('Punt 4: niet aangetroffen.\n\nPunt 5: evenals punt 4.')).toEqual(sameAs4);
    expect(outcomes('Punt 4: niet aangetroffen.\n\nPunt 5: eveneens.')).toEqual(sameAs4);
    expect(outcomes('Punt 4: niet aangetroffen. Hetzelfde geldt voor punt 5.')).toEqual(sameAs4);
    expect(outcomes('Punt 4: niet aangetroffen.\n\nDit geldt ook voor punt 5.')).toEqual(sameAs4);
    expect(outcomes('Punt 4 is niet aangetroffen, evenals punt 5.')).toEqual(sameAs4);
    expect(outcomes('Punt 4: de notulen maak ik openbaar. Ook de onder punt 5 gevraagde documenten maak ik openbaar.').slice(3)).toEqual(['public', 'public']);
  });

  it('lists decision statements it cannot tie to a point', () => {
    const letter = 'Punt 1: niet aangetroffen.\n\nPunt 2: reeds openbaar.\n\nOverwegingen\nDe overeenkomst wordt niet openbaar gemaakt.';
    expect(parseDecision(letter, points(2), { law: 'woo' }).unmatched).toEqual(['De overeenkomst wordt niet openbaar gemaakt.']);
  });

  it('applies a letter-wide answer to every point when no point is answered on its own', () => {
    const got = parseDecision('Alle gevraagde documenten maak ik openbaar.', points(3), { law: 'woo' }).points;
    expect(got.map((p) => p.outcome)).toEqual(['public', 'public', 'public']);
  });

  it('applies "de overige punten" to the points nothing else answered', () => {
    const letter = 'Punt 2 is reeds openbaar, zie www.example.nl.\n\nVoor de overige punten geldt dat er geen documenten zijn.';
    expect(parseDecision(letter, points(3), { law: 'woo' }).points.map((p) => p.outcome)).toEqual(['nothing_found', 'already_public', 'nothing_found']);
  });

  it('gives grounds explained once for the whole letter to withheld points without their own', () => {
    const letter = 'Ad 1\nDe e-mails maak ik gedeeltelijk openbaar.\n\nAd 2\nDe agenda is niet aangetroffen.\n\nMotivering\nNamen zijn weggelakt op grond van artikel 5.1, tweede lid, onder e, Woo.';
    const got = parseDecision(letter, points(2), { law: 'woo' }).points;
    expect(got[0].grounds).toEqual(['5.1.2e']);
    expect(got[1].grounds).toEqual([]);
  });

  it('does not read the request quoted back as a decision', () => {
    const request = [{ number: 1, text: 'Alle documenten die niet openbaar zijn gemaakt over de inzet van drones' }];
    const letter = 'Uw verzoek luidt:\n1. Alle documenten die niet openbaar zijn gemaakt over de inzet van drones\n\nBesluit\nIk heb geen documenten aangetroffen.';
    expect(parseDecision(letter, request, { law: 'woo' }).points[0].outcome).toBe('nothing_found');
  });
});
