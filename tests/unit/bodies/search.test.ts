// Ranking and tolerance of the body search, on the shipped directory and on small hand-made lists.
import { describe, expect, it } from 'vitest';
import type { Body } from '../../../src/core/bodies/schema.js';
import { editDistance, normalise, searchBodies, suggestBodies } from '../../../src/core/bodies/search.js';
import { loadShipped } from './load-shipped.js';

const { bodies } = loadShipped();
const ids = (query: string, limit = 10) => searchBodies(bodies, query, { limit }).map((r) => r.body.id);

function body(id: string, name: string, extra: Partial<Body> = {}): Body {
  return { id, name, kind: 'overig', woo: true, ...extra };
}

describe('normalise', () => {
  it('ignores case, accents and punctuation', () => {
    expect(normalise('Curaçao')).toBe('curacao');
    expect(normalise("  Gemeente 's-Hertogenbosch ")).toBe('gemeente s hertogenbosch');
    expect(normalise('Súdwest-Fryslân')).toBe('sudwest fryslan');
    expect(normalise('TU/e')).toBe('tu e');
  });
});

describe('editDistance', () => {
  it('counts an adjacent transposition as one edit', () => {
    expect(editDistance('amsterdam', 'amstedram')).toBe(1);
    expect(editDistance('rotterdm', 'rotterdam')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('gives up beyond the limit', () => {
    expect(editDistance('amsterdam', 'zwolle', 2)).toBe(3);
  });
});

describe('searchBodies on the shipped directory', () => {
  it('puts the exact name first', () => {
    expect(ids('Gemeente Amsterdam')[0]).toBe('gemeente-amsterdam');
    expect(ids('Raad van State')[0]).toBe('raad-van-state');
  });

  it('finds a body by its abbreviation', () => {
    expect(ids('AFM')[0]).toBe('autoriteit-financiele-markten');
    expect(ids('ap')[0]).toBe('autoriteit-persoonsgegevens');
    expect(ids('uwv')[0]).toBe('uitvoeringsinstituut-werknemersverzekeringen');
  });

  it('finds both the municipality and the police unit for "amsterdam", municipality first', () => {
    const found = ids('amsterdam');
    expect(found[0]).toBe('gemeente-amsterdam');
    expect(found).toContain('politie-eenheid-amsterdam');
    expect(found.indexOf('politie-eenheid-amsterdam')).toBeLessThan(found.indexOf('universiteit-van-amsterdam'));
  });

  it('finds both the municipality and the province for "utrecht"', () => {
    const found = ids('utrecht', 3);
    expect(found).toContain('gemeente-utrecht');
    expect(found).toContain('provincie-utrecht');
  });

  it('ranks names starting with the query above names that merely contain it', () => {
    const found = ids('gemeente amst');
    expect(found.slice(0, 2).sort()).toEqual(['gemeente-amstelveen', 'gemeente-amsterdam']);
  });

  it('matches all words in any order', () => {
    expect(ids('amsterdam politie')[0]).toBe('politie-eenheid-amsterdam');
  });

  it('tolerates typos', () => {
    expect(ids('gemeente amstrdam')[0]).toBe('gemeente-amsterdam');
    expect(ids('rotterdm')[0]).toBe('gemeente-rotterdam');
    expect(ids('rotterdm')).toContain('politie-eenheid-rotterdam');
    expect(ids('ministerie van justitie en veilgheid')[0]).toBe('ministerie-van-justitie-en-veiligheid');
  });

  it('does not treat a short word with one wrong letter as a match', () => {
    expect(ids('ede')[0]).toBe('gemeente-ede');
    expect(ids('epe')).not.toContain('gemeente-ede');
  });

  it('ignores accents in both directions', () => {
    const plain = ids('curacao', 20);
    expect(plain.length).toBeGreaterThanOrEqual(9);
    expect(plain.every((id) => id.endsWith('-curacao'))).toBe(true);
    expect(ids('Curaçao', 20)).toEqual(plain);
    expect(ids('fryslan')).toContain('provincie-fryslan');
  });

  it('finds renamed bodies by their old or popular name', () => {
    expect(ids('den bosch')[0]).toBe('gemeente-s-hertogenbosch');
    expect(ids('friesland')[0]).toBe('provincie-fryslan');
    expect(ids('korpsstaf')[0]).toBe('nationale-politie');
  });

  it('ranks bodies outside the Woo below Dutch ones', () => {
    const found = ids('ministerie van justitie');
    expect(found[0]).toBe('ministerie-van-justitie-en-veiligheid');
    expect(found).toContain('ministerie-van-justitie-curacao');
  });

  it('respects the limit and returns nothing for an empty or unknown query', () => {
    expect(searchBodies(bodies, 'gemeente', { limit: 5 })).toHaveLength(5);
    expect(searchBodies(bodies, '   ')).toEqual([]);
    expect(searchBodies(bodies, 'xyzzy')).toEqual([]);
  });

  it('reports how a body matched and orders by score', () => {
    const results = searchBodies(bodies, 'amsterdam', { limit: 20 });
    expect(results[0].match).toBe('exact');
    for (let i = 1; i < results.length; i++) expect(results[i - 1].score).toBeGreaterThanOrEqual(results[i].score);
    expect(searchBodies(bodies, 'rotterdm')[0].match).toBe('fuzzy');
  });
});

describe('searchBodies on a small list', () => {
  const list = [
    body('a', 'Gemeente Zuidstad', { kind: 'gemeente', postal: { address: 'Postbus 1', postcode: '1000 AA', city: 'Noordstad' } }),
    body('b', 'Waterschap Noordstad', { kind: 'waterschap' }),
    body('c', 'Oude Gemeente Noordstad', { kind: 'gemeente', mergedInto: 'a' }),
  ];

  it('prefers a name match over a match on the place', () => {
    const found = searchBodies(list, 'noordstad').map((r) => r.body.id);
    expect(found[0]).toBe('b');
    expect(found.indexOf('a')).toBeGreaterThan(found.indexOf('b'));
  });

  it('ranks a merged-away body last', () => {
    const found = searchBodies(list, 'noordstad').map((r) => r.body.id);
    expect(found[found.length - 1]).toBe('c');
  });
});

describe('suggestBodies', () => {
  it('offers at most three bodies, the intended one first', () => {
    const suggestions = suggestBodies(bodies, 'Gemeente Amsterdm Noord');
    expect(suggestions.length).toBeLessThanOrEqual(3);
    expect(suggestions[0].id).toBe('gemeente-amsterdam');
  });

  it('finds the Nationale Politie by the name in the CAS request', () => {
    expect(suggestBodies(bodies, 'Politie Nederland Korpsstaf')[0].id).toBe('nationale-politie');
  });

  it('suggests nothing for nonsense or generic words only', () => {
    expect(suggestBodies(bodies, 'xyzzy')).toEqual([]);
    expect(suggestBodies(bodies, 'gemeente xyzzy')).toEqual([]);
  });
});
