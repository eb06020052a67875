// Schema evolution (issue 17, item 12): fields this version does not know are kept and written back
// unchanged, so a newer colleague's file never breaks an older woo; and the migration step a
// version 2 will need keeps every field it does not touch.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REQUEST_SCHEMA_VERSION } from '../../../src/core/schema/request.js';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS, migrate, type MigrationStep } from '../../../src/store/migrations.js';
import { runCli, tempDir } from '../../helpers/cli.js';

const ID = '2026-001-politie-cas';

/** Every leaf of a JSON value with its path, so "keeps every field" is checked field by field. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value === null || typeof value !== 'object') return [[path, value]];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  if (entries.length === 0) return [[path, value]];
  return entries.flatMap(([k, v]) => leaves(v, `${path}/${k}`));
}

describe('fields from a newer woo', () => {
  it('are kept at every level and written back unchanged', async () => {
    const home = tempDir();
    await runCli(['profile', '--name', 'Jan Jansen', '--city', 'Utrecht'], { home });
    await runCli(['new', 'cas-2021', '--yes'], { home });
    await runCli(['log', ID, 'sent', '2026-11-01', '--channel', 'post'], { home });
    await runCli(['respond', ID, '--points', '1', '--outcome', 'public', '--reference', 'https://example.nl/1'], { home, env: { WOO_TODAY: '2026-11-23' } });
    const file = join(home, 'requests', `${ID}.json`);
    const request = JSON.parse(readFileSync(file, 'utf8'));
    // What a newer colleague's woo might add, within the same schema version.
    request.priority = { level: 'hoog', since: '2026-11-02' };
    request.body.kvk = '12345678';
    request.requester.pronouns = 'hij/hem';
    request.points[0].tags = ['algoritme', 'politie'];
    request.events[0].location = 'Den Haag';
    if (request.outcomes[0]) request.outcomes[0].confidence = 0.9;
    writeFileSync(file, JSON.stringify(request, null, 2));
    const profileFile = join(home, 'profile.json');
    const profile = JSON.parse(readFileSync(profileFile, 'utf8'));
    profile.profile.signature = 'J. Jansen';
    profile.theme = 'donker';
    writeFileSync(profileFile, JSON.stringify(profile, null, 2));

    const list = await runCli(['list', '--json'], { home });
    expect(list.code).toBe(0);
    expect(list.stderr).not.toContain('Beschadigd');
    expect(JSON.parse(list.stdout).map((r: { id: string }) => r.id)).toEqual([ID]);

    expect((await runCli(['log', ID, 'received', '2026-11-03'], { home })).code).toBe(0);
    expect((await runCli(['profile', '--phone', '0612345678'], { home })).code).toBe(0);
    const after = JSON.parse(readFileSync(file, 'utf8'));
    for (const [path, value] of leaves(request)) expect(leaves(after).find(([p]) => p === path)?.[1], path).toEqual(value);
    expect(after.events).toHaveLength(request.events.length + 1);
    const profileAfter = JSON.parse(readFileSync(profileFile, 'utf8'));
    expect(profileAfter.theme).toBe('donker');
    expect(profileAfter.profile).toMatchObject({ signature: 'J. Jansen', name: 'Jan Jansen', city: 'Utrecht', phone: '0612345678' });
  });

  it('a file of a newer schema version is still refused, untouched', async () => {
    const home = tempDir();
    await runCli(['new', 'cas-2021', '--yes'], { home });
    const file = join(home, 'requests', `${ID}.json`);
    const text = readFileSync(file, 'utf8').replace('"schemaVersion": 1', `"schemaVersion": ${CURRENT_SCHEMA_VERSION + 1}`);
    writeFileSync(file, text);
    const r = await runCli(['log', ID, 'sent', '2026-11-01'], { home });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('gemaakt met een nieuwere versie van woo');
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});

describe('migrations', () => {
  it('this version writes the version one past its last step', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(1 + MIGRATIONS.length);
    expect(CURRENT_SCHEMA_VERSION).toBe(REQUEST_SCHEMA_VERSION);
  });

  it('a version 1 → 2 step changes what it is for and keeps every other field of an old file', async () => {
    const home = tempDir();
    await runCli(['profile', '--name', 'Jan Jansen'], { home });
    await runCli(['new', 'cas-2021', '--yes'], { home });
    await runCli(['log', ID, 'sent', '2026-11-01', '--channel', 'post', '--note', 'aangetekend'], { home });
    const old = { ...JSON.parse(readFileSync(join(home, 'requests', `${ID}.json`), 'utf8')), fromTheFuture: { kept: true } };
    // The kind of step a version 2 will need: rename a field inside every event.
    const step: MigrationStep = {
      from: 1,
      reason: 'events: note becomes remark',
      migrate: (d) => ({ ...d, events: (d.events as Record<string, unknown>[]).map(({ note, ...e }) => ({ ...e, ...(note !== undefined ? { remark: note } : {}) })) }),
    };
    const migrated = migrate(old, [step]) as Record<string, unknown> & { events: Record<string, unknown>[] };
    expect(migrated.schemaVersion).toBe(2);
    expect(migrated.events[0].remark).toBe('aangetekend');
    const untouched = (path: string) => !/^\/events\/\d+\/note$/.test(path) && path !== '/schemaVersion';
    for (const [path, value] of leaves(old).filter(([p]) => untouched(p))) expect(leaves(migrated).find(([p]) => p === path)?.[1], path).toEqual(value);
    // Already current, or of an unknown version: left as it is.
    expect(migrate(migrated, [step])).toBe(migrated);
    expect(migrate({ schemaVersion: 'x' }, [step])).toEqual({ schemaVersion: 'x' });
  });
});
