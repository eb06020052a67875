import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../../src/core/decision/classify.js';

const outcomes = (s: string) => classifySentence(s).outcomes;

describe('classifySentence', () => {
  it.each([
    ['Deze documenten maak ik openbaar.', 'public'],
    ['Het advies wordt openbaar gemaakt.', 'public'],
    ['Het rapport verstrek ik u hierbij.', 'public'],
    ['Ik heb besloten uw verzoek toe te wijzen.', 'public'],
    ['De instructie sturen wij als bijlage mee.', 'public'],
    ['Deze e-mails maak ik gedeeltelijk openbaar.', 'partial_public'],
    ['De documenten worden deels openbaar gemaakt.', 'partial_public'],
    ['Uw verzoek wijs ik af.', 'not_public'],
    ['Deze lijst maken wij niet openbaar.', 'not_public'],
    ['Openbaarmaking blijft achterwege.', 'not_public'],
    ['Openbaarmaking laat ik achterwege.', 'not_public'],
    ['Uw vragen onder de punten 1 en 2 kunnen we niet beantwoorden, omdat dit indruist tegen de persoonlijke levenssfeer.', 'not_public'],
    ['De informatie is reeds openbaar.', 'already_public'],
    ['De rapporten zijn openbaar beschikbaar.', 'already_public'],
    ['Het besluit is eerder gepubliceerd.', 'already_public'],
    ['Het rapport is te vinden op www.politie.nl.', 'already_public'],
    ['Deze documenten zijn niet opgemaakt.', 'nothing_found'],
    ['Er zijn geen documenten aangetroffen.', 'nothing_found'],
    ['De politie beschikt niet over deze informatie.', 'nothing_found'],
    ['Zulke lijsten bestaan niet.', 'nothing_found'],
    ['Dit is niet vastgelegd.', 'nothing_found'],
    ['De keuze is niet gedocumenteerd.', 'nothing_found'],
    ['De gemeente houdt dit niet bij.', 'nothing_found'],
    ['Een analyse is nooit gemaakt.', 'nothing_found'],
    ['Ik verwijs u naar het jaarverslag.', 'referred'],
    ['Daarvoor verwijzen wij naar de website van het CBS.', 'referred'],
    ['Dit deel heb ik doorgezonden aan de minister.', 'forwarded'],
    ['Uw vraag is doorgestuurd naar de Belastingdienst (artikel 4.2 Woo).', 'forwarded'],
  ])('%s → %s', (sentence, outcome) => {
    expect(outcomes(sentence)).toEqual([outcome]);
  });

  it('does not read a refusal or an earlier publication as a disclosure', () => {
    expect(outcomes('De passages zijn niet openbaar gemaakt.')).toEqual(['not_public']);
    expect(outcomes('De stukken zijn reeds openbaar gemaakt.')).toEqual(['already_public']);
  });

  it('finds both outcomes when one sentence states two', () => {
    expect(outcomes('Document 1 wordt openbaar gemaakt en document 2 wordt niet openbaar gemaakt.').sort()).toEqual(['not_public', 'public']);
  });

  it('flags blacked-out passages', () => {
    expect(classifySentence('Ik maak het contract openbaar, met uitzondering van de prijzen.')).toMatchObject({ outcomes: ['public'], redaction: true });
    expect(classifySentence('Namen zijn onleesbaar gemaakt.').redaction).toBe(true);
  });

  it.each([
    'Informatie wordt openbaar gemaakt, tenzij een uitzondering van toepassing is.',
    'Indien u het niet eens bent met dit besluit, kunt u bezwaar maken.',
    'U vraagt onder 5 om documenten die niet openbaar zijn.',
    'In deze documenten staan geen gegevens die wij moeten beschermen.',
    'Het belang van openbaarheid weegt zwaar.',
  ])('reads no decision in %j', (sentence) => {
    expect(outcomes(sentence)).toEqual([]);
  });
});

describe('classifySentence: verb families, word order and negation', () => {
  it.each([
    ['Het besluit treft u bijgaand aan.', ['public']],
    ['De nota wordt u toegezonden.', ['public']],
    ['Ik verstrek u de documenten gedeeltelijk.', ['partial_public']],
    ['Ik wijs dit deel van uw verzoek daarom af.', ['not_public']],
    ['Ik weiger de draaiboeken openbaar te maken.', ['not_public']],
    ['Wij verstrekken deze gegevens niet.', ['not_public']],
    ['Ik ga niet over tot openbaarmaking.', ['not_public']],
    ['Er is geen reden om informatie daaruit te weigeren.', ['public']],
    ['Ik zie geen aanleiding om de documenten openbaar te maken.', ['not_public']],
    ['Wij verstrekken ze niet nogmaals.', ['already_public']],
    ['Het rapport staat op de website van de gemeente.', ['already_public']],
    ['Ik heb deze documenten niet kunnen vinden.', ['nothing_found']],
    ['Deze documenten zijn nimmer opgesteld.', ['nothing_found']],
    ['Wij kunnen ons niet vinden in uw stelling.', []],
    ['De offerte en de correspondentie zijn niet aan ons verstrekt.', ['nothing_found']],
    ['Wij houden geen overzicht bij van het aantal afgewezen verzoeken.', ['nothing_found']],
    ['Er staat geen informatie in die wij moeten weigeren.', ['public']],
    ['Het reglement is openbaar via https://wetten.overheid.nl/BWBR1.', ['already_public']],
    ['Ik verwijs u naar de stukken, die ik hierboven gedeeltelijk openbaar maak.', ['referred']],
  ])('%s', (sentence, expected) => {
    expect(outcomes(sentence)).toEqual(expected);
  });

  it('reads denied redactions and enclosures in plain words', () => {
    expect(classifySentence('De mails zitten helemaal in de bijlage, daar hebben we niets uit weggelaten.')).toMatchObject({ outcomes: ['public'], redaction: false });
    expect(outcomes('De gemeente heeft zelf geen metingen gedaan en heeft geen meetgegevens.')).toEqual(['nothing_found']);
    expect(outcomes('Dergelijke beelden berusten dan ook niet bij de politie.')).toEqual(['nothing_found']);
  });

  it('reads informal disclosures, partial disclosures and refusals of "geen informatie"', () => {
    expect(outcomes('Het contract met de leverancier krijg je van ons in zijn geheel.')).toEqual(['public']);
    expect(outcomes('Wij maken een deel van de gevraagde informatie openbaar.')).toEqual(['partial_public']);
    expect(outcomes('Ik verstrek dan ook geen informatie uit deze documenten.')).toEqual(['not_public']);
    expect(outcomes('Er zijn geen klachten over de planningssoftware binnengekomen.')).toEqual(['nothing_found']);
    expect(outcomes('Alle vergunningen staan in het vergunningenregister op https://www.gelderland.nl/register.')).toEqual(['already_public']);
    expect(classifySentence('Die passages maak ik niet openbaar.')).toMatchObject({ outcomes: ['not_public'], redaction: true });
  });

  it('keeps "no other documents" apart from a finding that nothing exists', () => {
    expect(classifySentence('Andere documenten hierover hebben wij niet.')).toMatchObject({ outcomes: [], residualAbsence: true });
    expect(classifySentence('Er zijn geen documenten aangetroffen.')).toMatchObject({ outcomes: ['nothing_found'], residualAbsence: false });
  });
});
