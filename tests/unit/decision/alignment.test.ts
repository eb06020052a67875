// How answers that name no point, or name it in unusual ways, are tied to request points.
import { describe, expect, it } from 'vitest';
import { parseDecision } from '../../../src/core/decision/index.js';
import { pointByContent } from '../../../src/core/decision/content-match.js';
import { ordinalOpeners } from '../../../src/core/decision/openers.js';

const blank = (n: number) => Array.from({ length: n }, (_, i) => ({ number: i + 1, text: '' }));
const request = (...texts: string[]) => texts.map((text, i) => ({ number: i + 1, text }));
const outcomes = (letter: string, points: { number: number; text: string }[], law: 'woo' | 'wob' = 'woo') =>
  parseDecision(letter, points, { law }).points.map((p) => p.outcome);

describe('content words', () => {
  const points = request('de offertes van de leveranciers', 'de verslagen van de driehoeksoverleggen', 'het cameraplan binnenstad');
  it('ties a sentence to the point whose own words it repeats, across inflections and compounds', () => {
    expect(pointByContent('Van de driehoeksoverleg bestaan geen notulen.', points)).toBe(2);
    expect(pointByContent('De offerte van de leverancier maken wij niet openbaar.', points)).toBe(1);
  });
  it('gives no point when the words are generic or shared', () => {
    expect(pointByContent('Alle documenten maken wij openbaar.', points)).toBeNull();
  });
  it('reads unlabelled answer paragraphs by their opening words', () => {
    const letter = 'Besluit\n\nDe offertes bevatten vertrouwelijke bedrijfsgegevens. Wij maken deze niet openbaar.\n\nHet cameraplan staat op https://example.nl/plan.';
    expect(outcomes(letter, points)).toEqual(['not_public', 'unanswered', 'already_public']);
  });
});

describe('order', () => {
  it('aligns unlabelled answers with a restated request list when their number matches the open points', () => {
    const letter = 'U vroeg om:\n- de notulen;\n- de memo;\n- de rapporten.\n\nOns besluit\n\nWij maken deze openbaar.\n\nHiervan zijn geen stukken aangetroffen.\n\nDeze staan al op onze website.';
    expect(outcomes(letter, blank(3))).toEqual(['public', 'nothing_found', 'already_public']);
  });
  it('does not align when the counts differ: the answers stay unmatched', () => {
    const letter = 'U vroeg om:\n- de notulen;\n- de memo;\n- de rapporten.\n\nOns besluit\n\nWij maken deze openbaar.\n\nHiervan zijn geen stukken aangetroffen.';
    const proposal = parseDecision(letter, blank(3), { law: 'woo' });
    expect(proposal.points.map((p) => p.outcome)).toEqual(['unanswered', 'unanswered', 'unanswered']);
    expect(proposal.unmatched).toHaveLength(2);
  });
});

describe('labels', () => {
  it('reads "Ten eerste … Ten tweede …" as a series of point openers', () => {
    expect(ordinalOpeners([{ index: 3, text: 'Ten eerste de nota.' }, { index: 5, text: 'Ten tweede de memo.' }])).toEqual(new Map([[3, 1], [5, 2]]));
    expect(ordinalOpeners([{ index: 3, text: 'Ten tweede is dit zo.' }])).toEqual(new Map());
  });
  it('reads ordinal headings ("Het tweede verzoekonderdeel: …")', () => {
    const letter = 'Het eerste verzoekonderdeel: notulen\nDe notulen maak ik openbaar.\n\nHet tweede verzoekonderdeel: memo\nEen memo is niet opgesteld.';
    expect(outcomes(letter, blank(2))).toEqual(['public', 'nothing_found']);
  });
  it('reads upper-case letter labels, also with numbered section titles around them', () => {
    const letter = '1. Uw verzoek\nU vraagt om:\nA. de notulen;\nB. de memo.\n\n2. Besluit\nOnderdeel A\nDe notulen maken wij openbaar.\n\nOnderdeel B\nDe memo is niet aangetroffen.';
    expect(outcomes(letter, blank(2))).toEqual(['public', 'nothing_found']);
  });
  it('reads a heading for two roman-numbered points at once', () => {
    const letter = 'I. de notulen;\nII. de memo;\nIII. de nota.\n\nI. Notulen\nDeze zijn niet aangetroffen.\n\nII. en III. Memo en nota\nDeze maak ik openbaar.';
    expect(outcomes(letter, blank(3))).toEqual(['nothing_found', 'public', 'public']);
  });
  it('lets a point named at the end of its paragraph cover the sentences before it', () => {
    const letter = 'Ons besluit\n\nWij hebben een lijst gevonden. Namen lakken wij ter bescherming van de persoonlijke levenssfeer. Dit betreft\npunt 2.';
    expect(parseDecision(letter, blank(2), { law: 'woo' }).points[1]).toMatchObject({ outcome: 'partial_public', grounds: ['5.1.2e'] });
  });
  it('does not take the point a referral sends the reader to as the sentence\'s subject', () => {
    const letter = 'Punt 1\nDe stukken maak ik openbaar.\n\nPunt 2\nIk verwijs u voor dit onderdeel naar mijn besluit over het eerste verzoekonderdeel.';
    expect(outcomes(letter, blank(2))).toEqual(['public', 'referred']);
  });
});

describe('letter-wide statements', () => {
  it('leaves points unanswered when unlabelled sentences give several kinds of answer', () => {
    const letter = 'Wij hebben besloten uw verzoek gedeeltelijk toe te wijzen.\n\nDe rapporten zijn al gepubliceerd.\n\nNotulen zijn niet aangetroffen.';
    expect(outcomes(letter, blank(3))).toEqual(['unanswered', 'unanswered', 'unanswered']);
  });
  it('still applies one answer about the whole request to every point', () => {
    expect(outcomes('Ik heb besloten uw verzoek volledig toe te wijzen. Alle gevraagde documenten maak ik openbaar.', blank(2))).toEqual(['public', 'public']);
  });
  it('ignores explanation sections such as "Wat is de Woo?"', () => {
    const letter = 'Wat is de Woo?\nSoms maken wij informatie niet openbaar, bijvoorbeeld om de persoonlijke levenssfeer te beschermen.\n\nPunt 1\nDe nota maken wij openbaar.';
    const proposal = parseDecision(letter, blank(1), { law: 'woo' });
    expect(proposal.points[0]).toMatchObject({ outcome: 'public', grounds: [] });
    expect(proposal.unmatched).toEqual([]);
  });
});

describe('phrases', () => {
  const one = (text: string) => parseDecision(`Punt 1\n${text}`, blank(1), { law: 'woo' }).points[0];
  it('reads informal answers', () => {
    expect(one('Je vindt ze op https://example.nl/a. We sturen ze niet nog een keer mee.').outcome).toBe('already_public');
    expect(one('Het besluit hebben we op de website gezet: https://example.nl/b').outcome).toBe('already_public');
    expect(one('Van de gesprekken is niets op papier gezet.').outcome).toBe('nothing_found');
    expect(one('De berekeningen geven we je niet (artikel 5.1, tweede lid, onder b, Woo).')).toMatchObject({ outcome: 'not_public', grounds: ['5.1.2b'] });
  });
  it('reads "buiten de reikwijdte" as nothing found, unless the answer points elsewhere', () => {
    expect(one('Dit valt buiten de reikwijdte van de Woo.').outcome).toBe('nothing_found');
    expect(one('Dit valt buiten de reikwijdte van de Woo. Ik verwijs u naar het jaarverslag.').outcome).toBe('referred');
  });
  it('reads a refusal explained by absence as nothing found', () => {
    expect(one('Ik wijs dit deel af, omdat er geen e-mails tussen de burgemeester en de organisator zijn.').outcome).toBe('nothing_found');
  });
  it('adds an interest named as the reason to a cited ground', () => {
    expect(one('Ik weiger openbaarmaking op grond van artikel 5.1, lid 2, sub f Woo en ter bescherming van de persoonlijke levenssfeer.').grounds).toEqual(['5.1.2f', '5.1.2e']);
  });
});
