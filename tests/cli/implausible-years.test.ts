// Impossible years on the command line, in an answers file and in a stored request: a Dutch message
// with the allowed range, exit 2 (or 1 for a damaged file), and nothing stored.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

const ID = '2026-001-politie-cas';
let home: string;
const woo = (...args: string[]) => runCli(args, { home });
const file = () => join(home, 'requests', `${ID}.json`);

beforeEach(async () => {
  home = tempDir();
  await woo('profile', '--name', 'Jan Jansen', '--city', 'Utrecht', '--email', 'jan@example.nl');
  await woo('new', 'cas-2021', '--yes');
});

describe('impossible years', () => {
  it.each([
    [['deadline', '--received', '9999-01-01']],
    [['deadline', '--received', '2026-01-05', '--decided', '1582-10-15']],
    [['deadline', '--received', '2026-01-05', '--suspended', '1000-01-01:2026-02-01']],
    [['log', ID, 'sent', '9999-12-31']],
    [['log', ID, 'postponed', '2026-11-02', '--until', '2101-01-01']],
    [['new', 'cas-2021', '--yes', '--id', '2026-002-x', '--set', 'periode_tot=01-01-1000']],
  ])('woo %j: exit 2 with the range 1980–2100', async (args) => {
    const before = readFileSync(file(), 'utf8');
    const r = await woo(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/het jaar \d{4} ligt niet tussen 1980 en 2100/);
    expect(r.stderr).not.toMatch(/Interne fout|1909/);
    expect(readFileSync(file(), 'utf8')).toBe(before);
  });

  it('WOO_TODAY in the year 9999 is refused', async () => {
    const r = await runCli(['list'], { home, env: { WOO_TODAY: '9999-01-01' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Ongeldige WOO_TODAY');
  });

  it('a stored request with a date in the year 9999 is a damaged file', async () => {
    const stored = JSON.parse(readFileSync(file(), 'utf8'));
    writeFileSync(file(), JSON.stringify({ ...stored, created: '9999-01-01' }));
    const r = await woo('show', ID);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Beschadigd bestand .*het jaar moet tussen 1980 en 2100 liggen/);
  });
});
