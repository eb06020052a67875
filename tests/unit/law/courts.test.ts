// The competent district court (art. 8:7 Awb) from the shipped table (data/courts.json).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { directoryFileSchema } from '../../../src/core/bodies/schema.js';
import { competentCourt, courtsFileSchema } from '../../../src/core/law/courts.js';
import { tempDir } from '../../helpers/cli.js';

const table = courtsFileSchema.parse(JSON.parse(readFileSync(new URL('../../../data/courts.json', import.meta.url), 'utf8')));
const directory = directoryFileSchema.parse(JSON.parse(readFileSync(new URL('../../../data/bodies.json', import.meta.url), 'utf8')));
const courtOf = (body: { name: string; kind?: 'gemeente' | 'provincie' | 'waterschap' | 'ministerie'; city?: string }, requesterCity?: string) =>
  competentCourt(table, { body, requesterCity }).court.id;

describe('competent court', () => {
  it('has eleven courts and every municipality in one district, as the Wet op de rechterlijke indeling has them', () => {
    expect(Object.keys(table.courts)).toHaveLength(11);
    expect(Object.keys(table.municipalities)).toHaveLength(342);
    const per = (id: string) => Object.values(table.municipalities).filter((c) => c === id).length;
    expect(per('amsterdam')).toBe(6); // art. 4
    expect(per('noord-nederland')).toBe(40); // art. 9: Groningen 10, Fryslân 18, Drenthe 12
    expect(per('midden-nederland')).toBe(38); // art. 7: Utrecht 26, Flevoland 6, Gooi 6
  });

  it('a municipality sits in its own district (lid 1), whatever the requester’s residence', () => {
    expect(courtOf({ name: 'Gemeente Hilversum', kind: 'gemeente' }, 'Maastricht')).toBe('midden-nederland');
    expect(courtOf({ name: 'Gemeente Haarlemmermeer', kind: 'gemeente' }, 'Utrecht')).toBe('noord-holland');
    expect(courtOf({ name: 'Gemeente Den Haag', kind: 'gemeente' })).toBe('den-haag');
    expect(courtOf({ name: "Gemeente 's-Hertogenbosch", kind: 'gemeente' })).toBe('oost-brabant');
    expect(courtOf({ name: 'Gemeente Tilburg', kind: 'gemeente' })).toBe('zeeland-west-brabant');
    expect(courtOf({ name: 'Gemeente Bergen (L)', kind: 'gemeente' })).toBe('limburg');
    expect(courtOf({ name: 'Gemeente Bergen (NH)', kind: 'gemeente' })).toBe('noord-holland');
    expect(courtOf({ name: 'Gemeente Dordrecht' })).toBe('rotterdam'); // unlisted: read from the name
  });

  it('every municipality, province and water board in the directory finds its court', () => {
    const decentral = directory.bodies.filter((b) => ['gemeente', 'provincie', 'waterschap'].includes(b.kind) && b.woo);
    for (const b of decentral) {
      expect(() => competentCourt(table, { body: { name: b.name, kind: b.kind, city: b.postal?.city } }), b.name).not.toThrow();
    }
  });

  it('another body: the court of the requester’s residence (lid 2), by municipality or place', () => {
    expect(courtOf({ name: 'Ministerie van Justitie en Veiligheid', kind: 'ministerie', city: 'Den Haag' }, 'Hoofddorp')).toBe('noord-holland');
    expect(courtOf({ name: 'Nationale Politie' }, 'Zwolle')).toBe('overijssel');
    expect(() => competentCourt(table, { body: { name: 'Nationale Politie' } })).toThrow(/woonplaats staat niet in uw profiel/);
    expect(() => competentCourt(table, { body: { name: 'Nationale Politie' }, requesterCity: 'Atlantis' })).toThrow(
      expect.objectContaining({ message: expect.stringContaining('"Atlantis" is geen bekende gemeente of plaats'), hint: expect.stringContaining('--court') }),
    );
  });

  it('a place name used in two districts decides nothing: the user is asked to choose', () => {
    const ambiguous = Object.entries(table.places).find(([, court]) => court === null)?.[0];
    expect(ambiguous).toBeDefined();
    expect(() => competentCourt(table, { body: { name: 'Nationale Politie' }, requesterCity: ambiguous })).toThrow(/meer dan één arrondissement/);
  });

  const roo = fileURLToPath(new URL('../../../../shared/data/roo-polder-2026-05', import.meta.url));
  it.runIf(existsSync(roo))('is what scripts/build-courts.mjs makes from the ROO copy (never edited by hand)', () => {
    const out = join(tempDir(), 'courts.json');
    execFileSync(process.execPath, [fileURLToPath(new URL('../../../scripts/build-courts.mjs', import.meta.url)), roo, '--out', out], { stdio: 'pipe' });
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(new URL('../../../data/courts.json', import.meta.url), 'utf8'));
  });
});
