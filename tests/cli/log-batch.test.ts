// woo log --batch: one event for every request of a batch, under one lock, all or nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

const BATCH = '2026-b01-parkeerbeleid';
const IDS = ['2026-001-utrecht-parkeerbeleid', '2026-002-zeist-parkeerbeleid', '2026-003-houten-parkeerbeleid'];

async function batch(): Promise<string> {
  const home = tempDir();
  const made = await runCli(['new', 'vrij', '--set', 'onderwerp=het parkeerbeleid', '--set', 'eigen_punten=Het parkeerplan', '--bodies', 'gemeente-utrecht,gemeente-zeist,gemeente-houten', '--yes'], { home });
  expect(made.code).toBe(0);
  return home;
}
const files = (home: string) => IDS.map((id) => readFileSync(join(home, 'requests', `${id}.json`), 'utf8'));

describe('woo log --batch', () => {
  it('records the event for every request of the batch', async () => {
    const home = await batch();
    const r = await runCli(['log', '--batch', BATCH, 'sent', '2026-11-02', '--channel', 'email'], { home });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Vastgelegd bij 3 verzoeken van reeks ${BATCH}: verzonden op ma 2 nov 2026`);
    for (const id of IDS) expect(r.stdout).toMatch(new RegExp(`^  ${id} +verzonden \\[e1-\\w+\\]$`, 'm'));
    for (const text of files(home)) expect(JSON.parse(text).events).toMatchObject([{ type: 'sent', date: '2026-11-02', channel: 'email' }]);
    const json = JSON.parse((await runCli(['log', '--batch', BATCH, 'received', '2026-11-03', '--json'], { home })).stdout);
    expect(json.logged.map((l: { id: string; status: string }) => [l.id, l.status])).toEqual(IDS.map((id) => [id, 'received']));
  });

  it('records nothing when one request refuses the event, and says which', async () => {
    const home = await batch();
    await runCli(['log', IDS[1], 'sent', '2026-11-02'], { home });
    const before = files(home);
    const r = await runCli(['log', '--batch', BATCH, 'sent', '2026-11-04'], { home });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${IDS[1]}: Kan "verzonden" op 4 november 2026 niet vastleggen`);
    expect(r.stderr).toContain(`Niets vastgelegd bij de reeks ${BATCH}: ook de andere verzoeken zijn ongewijzigd.`);
    expect(files(home)).toEqual(before);
  });

  it('refuses an unknown batch, and a request id or --remove with --batch', async () => {
    const home = await batch();
    expect((await runCli(['log', '--batch', '2026-b09-niets', 'sent'], { home })).code).toBe(1);
    const extra = await runCli(['log', '--batch', BATCH, 'sent', '2026-11-02', 'teveel'], { home });
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain('Met --batch geeft u geen verzoek-id');
  });
});
