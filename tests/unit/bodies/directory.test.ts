// Merging the user's corrections (workspace bodies.json) into the shipped directory.
import { describe, expect, it } from 'vitest';
import { findBody, mergeDirectory, parseOverrideFile } from '../../../src/core/bodies/directory.js';
import type { Body } from '../../../src/core/bodies/schema.js';
import { CannotError } from '../../../src/core/errors.js';

const shipped: Body[] = [
  {
    id: 'gemeente-voorbeeld',
    name: 'Gemeente Voorbeeld',
    kind: 'gemeente',
    postal: { address: 'Postbus 1', postcode: '1000 AA', city: 'Voorbeeld' },
    email: 'info@voorbeeld.nl',
    website: 'https://www.voorbeeld.nl',
    woo: true,
  },
  { id: 'provincie-voorbeeld', name: 'Provincie Voorbeeld', kind: 'provincie', woo: true },
];

describe('mergeDirectory', () => {
  it('returns the shipped list unchanged without corrections', () => {
    expect(mergeDirectory(shipped, undefined)).toEqual(shipped);
    expect(mergeDirectory(shipped, { bodies: [] })).toEqual(shipped);
  });

  it('overrides only the fields given for an existing id, keeping its place', () => {
    const merged = mergeDirectory(shipped, { bodies: [{ id: 'gemeente-voorbeeld', email: 'woo@voorbeeld.nl' }] });
    expect(merged.map((b) => b.id)).toEqual(['gemeente-voorbeeld', 'provincie-voorbeeld']);
    expect(merged[0]).toEqual({ ...shipped[0], email: 'woo@voorbeeld.nl' });
  });

  it('merges a postal correction field by field', () => {
    const merged = mergeDirectory(shipped, { bodies: [{ id: 'gemeente-voorbeeld', postal: { address: 'Postbus 99' } }] });
    expect(merged[0].postal).toEqual({ address: 'Postbus 99', postcode: '1000 AA', city: 'Voorbeeld' });
  });

  it('removes a field set to null', () => {
    const merged = mergeDirectory(shipped, { bodies: [{ id: 'gemeente-voorbeeld', email: null, website: null }] });
    expect(merged[0].email).toBeUndefined();
    expect(merged[0].website).toBeUndefined();
    expect('email' in merged[0]).toBe(false);
  });

  it('adds a body with a new id at the end', () => {
    const added = { id: 'mijn-archief', name: 'Regionaal Archief', kind: 'overig' as const, woo: true };
    const merged = mergeDirectory(shipped, { bodies: [added] });
    expect(merged).toHaveLength(3);
    expect(findBody(merged, 'mijn-archief')).toEqual(added);
  });

  it('does not change the shipped list it was given', () => {
    const before = structuredClone(shipped);
    mergeDirectory(shipped, { bodies: [{ id: 'gemeente-voorbeeld', email: null, postal: { city: 'Elders' } }] });
    expect(shipped).toEqual(before);
  });

  it('refuses an incomplete new body, naming its id', () => {
    expect(() => mergeDirectory(shipped, { bodies: [{ id: 'nieuw', name: 'Nieuw orgaan' }] })).toThrow(CannotError);
    expect(() => mergeDirectory(shipped, { bodies: [{ id: 'nieuw', name: 'Nieuw orgaan' }] })).toThrow(/nieuw bestuursorgaan nieuw/);
  });

  it('refuses a correction that leaves a body unusable', () => {
    // woo: false needs the reason; a Dutch postal address needs its postcode.
    expect(() => mergeDirectory(shipped, { bodies: [{ id: 'gemeente-voorbeeld', woo: false }] })).toThrow(/wooNote/);
    expect(() =>
      mergeDirectory(shipped, { bodies: [{ id: 'provincie-voorbeeld', postal: { address: 'Postbus 5', city: 'Voorbeeld' } }] }),
    ).toThrow(/postcode/);
  });
});

describe('parseOverrideFile', () => {
  it('accepts partial entries', () => {
    const file = parseOverrideFile({ bodies: [{ id: 'gemeente-voorbeeld', note: 'Bellen vóór verzenden' }] });
    expect(file.bodies[0].note).toBe('Bellen vóór verzenden');
  });

  it('lists what is wrong, in Dutch', () => {
    const bad = { bodies: [{ id: 'Gemeente X', email: 'geen' }, { id: 'a' }, { id: 'a' }] };
    try {
      parseOverrideFile(bad, '/tmp/ws/bodies.json');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CannotError);
      const message = (error as Error).message;
      expect(message).toMatch(/\/tmp\/ws\/bodies\.json/);
      expect(message).toMatch(/ongeldig id/);
      expect(message).toMatch(/ongeldig e-mailadres/);
      expect(message).toMatch(/komt twee keer voor/);
    }
  });

  it('refuses unknown fields (a typo in a key would otherwise be ignored)', () => {
    expect(() => parseOverrideFile({ bodies: [{ id: 'gemeente-voorbeeld', emial: 'x@y.nl' }] })).toThrow(CannotError);
  });
});

describe('findBody', () => {
  it('finds by id, ignoring case and surrounding spaces', () => {
    expect(findBody(shipped, ' Provincie-Voorbeeld ')?.name).toBe('Provincie Voorbeeld');
    expect(findBody(shipped, 'onbekend')).toBeUndefined();
  });
});
