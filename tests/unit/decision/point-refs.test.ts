import { describe, expect, it } from 'vitest';
import { findPointRefs } from '../../../src/core/decision/point-refs.js';

const subjects = (s: string, count = 17) => findPointRefs(s, count).subjects;

describe('findPointRefs', () => {
  it.each([
    ['De onder de punten 2, 3 en 7 gevraagde informatie is reeds openbaar.', [2, 3, 7]],
    ['De punten 1 tot en met 5 betreffen statistieken.', [1, 2, 3, 4, 5]],
    ['De onder 6 t/m 8 gevraagde werkinstructies', [6, 7, 8]],
    ['Punt 9 en 10 gaan over de locaties.', [9, 10]],
    ['Ad 4 en 5', [4, 5]],
    ['Ad. 4: de verslagen', [4]],
    ['Ten aanzien van onderdeel 3', [3]],
    ['Wat betreft vraag 2 merk ik op', [2]],
    ['Verzoekonderdeel 7', [7]],
    ['U vraagt onder 5 om de notulen.', [5]],
    ['De punten 2, 3, 4 en 5 en punt 9', [2, 3, 4, 5, 9]],
    ['punten 1-3', [1, 2, 3]],
    ['Wat het eerste onderdeel betreft', [1]],
    ['Uw derde vraag', [3]],
  ])('%s → %j', (sentence, expected) => {
    expect(subjects(sentence)).toEqual(expected);
  });

  it('ignores numbers that are dates, quantities, articles or beyond the request', () => {
    expect(subjects('Onder 1 januari 2020 valt niets.')).toEqual([]);
    expect(subjects('op grond van artikel 5.1, tweede lid, onder e')).toEqual([]);
    expect(subjects('punt 18', 17)).toEqual([]);
  });

  it('tells a pointer to another answer from the subject', () => {
    expect(findPointRefs('Voor punt 12 verwijs ik u naar het antwoord op punt 1.', 17)).toMatchObject({ subjects: [12], crossRefs: [1] });
    expect(findPointRefs('Zie het antwoord bij punt 2.', 17)).toMatchObject({ subjects: [], crossRefs: [2] });
    expect(findPointRefs('Voor de punten 8 en 9 geldt hetzelfde als voor punt 6.', 17)).toMatchObject({ subjects: [8, 9], crossRefs: [6] });
    expect(findPointRefs('Zie ons antwoord bij Ad 3.', 17)).toMatchObject({ crossRefs: [3] });
  });

  it('tells an equivalence ("hetzelfde als bij punt 4") from a pointer ("zie het antwoord bij punt 4")', () => {
    expect(findPointRefs('Voor de punten 8 en 9 geldt hetzelfde als voor punt 6.', 17)).toMatchObject({ sameAs: [6] });
    expect(findPointRefs('Hetzelfde als bij punt 4.', 17)).toMatchObject({ crossRefs: [4], sameAs: [4] });
    expect(findPointRefs('Punt 3 maak ik openbaar, evenals punt 4.', 17)).toMatchObject({ subjects: [3], sameAs: [4] });
    expect(findPointRefs('Zie het antwoord bij punt 4.', 17)).toMatchObject({ crossRefs: [4], sameAs: [] });
    expect(findPointRefs('Voor punt 12 verwijs ik u naar het antwoord op punt 1.', 17)).toMatchObject({ crossRefs: [1], sameAs: [] });
    expect(findPointRefs('Zoals vermeld bij punt 2.', 17)).toMatchObject({ crossRefs: [2], sameAs: [] });
    expect(findPointRefs('Dit staat in de documenten die onder onderdeel 1 zijn genoemd.', 17)).toMatchObject({ subjects: [], crossRefs: [1], sameAs: [] });
  });
});
