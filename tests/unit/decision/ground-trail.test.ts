import { describe, expect, it } from 'vitest';
import { newGroundTrail, opensGroundReasoning, paragraphHeading, readSentenceGrounds, startSection, withoutGroundTitle } from '../../../src/core/decision/ground-trail.js';
import { parseDecision } from '../../../src/core/decision/index.js';
import { letterGrounds } from '../../../src/core/decision/whole-letter.js';
import { readLetterStructure } from '../../../src/core/decision/structure.js';

const carried = (sentences: string[], law: 'wob' | 'woo' = 'wob') => {
  const trail = newGroundTrail();
  return sentences.map((s) => readSentenceGrounds(trail, s, law).carried);
};

describe('the ground a letter is reasoning about', () => {
  it('gives a withholding sentence that cites nothing the ground explained before it', () => {
    expect(
      carried([
        'Op grond van artikel 10, tweede lid, aanhef en onder e, van de Wob blijft verstrekking van informatie achterwege voor zover het belang daarvan niet opweegt tegen de eerbiediging van de persoonlijke levenssfeer.',
        'In de documenten staan namen van medewerkers.',
        'Deze gegevens maak ik niet openbaar.',
      ]),
    ).toEqual([[], [], ['wob-10.2e']]);
  });

  it('takes the ground from a heading that names it in words', () => {
    const trail = newGroundTrail();
    startSection(trail, 'Bedrijfs- en fabricagegegevens', 'wob');
    expect(readSentenceGrounds(trail, 'Ik zal deze informatie dan ook niet openbaar maken.', 'wob').carried).toEqual(['wob-10.1c']);
    startSection(trail, 'Persoonlijke beleidsopvattingen in een stuk voor intern beraad', 'woo');
    expect(readSentenceGrounds(trail, 'Deze passages heb ik verwijderd.', 'woo').carried).toEqual(['5.2.1']);
    // A heading of another kind ends the reasoning on the ground.
    startSection(trail, 'Wijze van openbaarmaking', 'woo');
    expect(readSentenceGrounds(trail, 'Een deel maak ik niet openbaar.', 'woo').carried).toEqual([]);
  });

  it('reads a heading line too long for a section title when it names a ground', () => {
    const trail = newGroundTrail();
    expect(paragraphHeading(trail, 'Het voorkomen van onevenredige bevoordeling of benadeling', 'wob')).toBe(true);
    expect(readSentenceGrounds(trail, 'Die passages zijn onleesbaar gemaakt.', 'wob').carried).toEqual(['wob-10.2g']);
    expect(paragraphHeading(newGroundTrail(), 'Het voorkomen van onevenredige benadeling is hier niet aan de orde.', 'wob')).toBe(false);
  });

  it('finds a ground heading run into the start of its paragraph, but not a reason given in brackets', () => {
    const runIn = 'Het belang van inspectie, controle en toezicht door bestuursorganen (artikel 10, tweede lid, onder d, van de Wob) Bij diverse documenten is dat belang in het geding.';
    const trail = newGroundTrail();
    opensGroundReasoning(trail, runIn);
    expect(trail.section).toBe(true);
    expect(withoutGroundTitle(runIn)).toBe('Bij diverse documenten is dat belang in het geding.');
    const reason = 'Het contract maken we openbaar, op de prijsafspraken na: die laten we weg omdat ze concurrentiegevoelig zijn (artikel 5.1, tweede lid, onder f Woo).';
    const other = newGroundTrail();
    opensGroundReasoning(other, reason);
    expect(other.section).toBe(false);
    expect(withoutGroundTitle(reason)).toBe(reason);
  });

  it('carries nothing from the law set out in general, nor to a sentence that names its own interest', () => {
    expect(carried(['Hierbij wordt getoetst aan de artikelen 10 en 11 van de Wob.', 'Een aantal documenten maak ik niet openbaar.'])).toEqual([[], []]);
    expect(carried(['Op grond van artikel 10, tweede lid, onder g, van de Wob blijft verstrekking achterwege.', 'Persoonsgegevens heb ik onleesbaar gemaakt.'])).toEqual([[], []]);
  });

  it('carries nothing to a sentence about other points than the one the ground was set out for', () => {
    const trail = newGroundTrail();
    readSentenceGrounds(trail, 'Op grond van artikel 5.1, tweede lid, onder e, van de Woo lak ik de namen.', 'woo', [1]);
    expect(readSentenceGrounds(trail, 'Het rapport maak ik niet openbaar.', 'woo', [2]).carried).toEqual([]);
    expect(readSentenceGrounds(trail, 'Ook de handtekeningen zijn verwijderd.', 'woo', [1]).carried).toEqual(['5.1.2e']);
  });
});

const LETTER = `Geachte heer,

In uw brief van 1 maart 2020 heeft u verzocht om informatie over de windmolens.

Besluit
Ik heb besloten uw verzoek gedeeltelijk toe te wijzen.

Bedrijfs- en fabricagegegevens
Artikel 10, eerste lid, aanhef en onder c, van de Wob bepaalt dat het verstrekken van informatie achterwege blijft voor zover dit bedrijfs- en fabricagegegevens betreft.
In meerdere documenten staan omzetcijfers van de exploitant. Ik zal deze informatie dan ook niet openbaar maken.

Persoonlijke beleidsopvattingen
Artikel 11, eerste lid, van de Wob bepaalt dat geen informatie wordt verstrekt over persoonlijke beleidsopvattingen.
Deze passages heb ik uit de documenten verwijderd.

Hoogachtend,
de minister

Artikel 10 van de Wob luidt, voor zover relevant, als volgt:
1. Het verstrekken van informatie ingevolge deze wet blijft achterwege voor zover dit:
a. de eenheid van de Kroon in gevaar zou kunnen brengen;
b. de veiligheid van de Staat zou kunnen schaden;
`;

describe('the grounds a letter applies', () => {
  it('collects the grounds applied per section, and none from the statute quoted after the signature', () => {
    expect(letterGrounds(readLetterStructure(LETTER), 'wob').sort()).toEqual(['wob-10.1c', 'wob-11.1']);
    const points = [{ number: 1, text: 'de exploitatieovereenkomst' }, { number: 2, text: 'de notulen van het overleg' }];
    for (const p of parseDecision(LETTER, points, { law: 'wob' }).points) expect(p.grounds.sort()).toEqual(['wob-10.1c', 'wob-11.1']);
  });

  it('ties reasoning per ground to a point only by the subject it opens with', () => {
    const letter = `Geachte heer,

U vraagt om: 1. de notulen van het overleg; 2. de correspondentie met de Nationale Politie.

Besluit
Ik heb besloten uw verzoek gedeeltelijk toe te wijzen.

De eerbiediging van de persoonlijke levenssfeer
Op grond van artikel 10, tweede lid, aanhef en onder e, van de Wob blijft verstrekking van informatie achterwege voor zover het belang daarvan niet opweegt tegen de eerbiediging van de persoonlijke levenssfeer.
De namen van ambtenaren, zoals die van een medewerker van de Nationale Politie, maak ik niet openbaar.

Het voorkomen van onevenredige bevoordeling of benadeling
De notulen van het overleg bevatten concurrentiegevoelige cijfers. Die heb ik onleesbaar gemaakt.

Hoogachtend,
de minister
`;
    const points = [{ number: 1, text: 'de notulen van het overleg' }, { number: 2, text: 'de correspondentie met de Nationale Politie' }];
    const got = parseDecision(letter, points, { law: 'wob' }).points;
    expect(got[0]).toMatchObject({ outcome: 'partial_public' });
    expect(got[0].grounds).toContain('wob-10.2g');
    expect(got[1]).toMatchObject({ outcome: 'partial_public', source: 'letter_wide' });
    expect(got[1].grounds.sort()).toEqual(['wob-10.2e', 'wob-10.2g']);
  });
});
