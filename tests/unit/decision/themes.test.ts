import { describe, expect, it } from 'vitest';
import { fillThemeGaps, themePoints } from '../../../src/core/decision/themes.js';
import { documentNumbers } from '../../../src/core/decision/document-refs.js';
import { postponedPoints } from '../../../src/core/decision/postponed.js';

const points = ['de technische documentatie van het model', 'de lijst met risico-indicatoren', 'het advies van de Functionaris Gegevensbescherming', 'documenten over de kosten van het model'].map((text, i) => ({ number: i + 1, text }));

describe('subject headings', () => {
  it('maps a subject to the point with its words, and a double subject to both', () => {
    expect(themePoints('Advies van de functionaris', points)).toEqual([3]);
    expect(themePoints('Technische documentatie en risico-indicatoren', points)).toEqual([1, 2]);
    expect(themePoints('Hoe ontvangt u de documenten?', points)).toBeNull();
  });

  it('fills unsettled headings only between settled ones, when the counts match', () => {
    expect(fillThemeGaps([null, [2], null, [4], null])).toEqual([[1], [2], [3], [4], null]);
    expect(fillThemeGaps([[1], null, null, [3]])).toEqual([[1], null, null, [3]]);
  });
});

describe('document mentions and postponed points', () => {
  it('reads document numbers and ranges', () => {
    expect(documentNumbers('De verslagen (documenten 2 tot en met 4) en document 7.')).toEqual([2, 3, 4, 7]);
  });

  it('finds points left for a later decision, not the ones decided now', () => {
    expect([...postponedPoints(['Ik neem nu een besluit over de punten 1, 2 en 3; over de punten 4 en 5 beslis ik later.'], 5)]).toEqual([4, 5]);
    expect([...postponedPoints(['Over onderdeel 3 ontvangt u een afzonderlijk besluit.'], 5)]).toEqual([3]);
    expect(postponedPoints(['Punt 2 maak ik openbaar.'], 5).size).toBe(0);
  });
});
