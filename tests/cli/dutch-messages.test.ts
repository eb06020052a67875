// Say what is wrong, in Dutch: damaged files, bad options, Dutch letter kinds, a file that is no decision.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

let home: string;
const ID = '2026-001-utrecht-parkeerbeleid';
beforeEach(async () => {
  home = tempDir();
  await runCli(['profile', '--name', 'Jan Jansen'], { home });
  await runCli(['new', 'vrij', '--set', 'onderwerp=het parkeerbeleid', '--body', 'Gemeente Utrecht', '--set', 'eigen_punten=Het projectplan', '--yes'], { home });
});

describe('no English on screen', () => {
  it('describes a damaged request file without the engine\'s English or zod\'s arrows', async () => {
    writeFileSync(join(home, 'requests', '2026-002-kapot.json'), '{\n  "schemaVersion": 1,\n  "id": \n}');
    writeFileSync(join(home, 'requests', '2026-003-datum.json'), JSON.stringify({ schemaVersion: 1, id: '2026-003-datum', title: 't', template: 'vrij', created: '2026-13-45', body: { name: 'X' }, requester: {}, subject: 's', points: [{ number: 1, text: 'p' }] }));
    const r = await runCli(['list'], { home });
    expect(r.stderr).toContain('2026-002-kapot.json: geen geldige JSON');
    expect(r.stderr).toContain('(bij created)');
    expect(r.stderr).not.toMatch(/Unexpected|→|at position/);
  });

  it('explains a negative --days', async () => {
    const r = await runCli(['agenda', '--days', '-5'], { home });
    expect(r.code).toBe(2);
    expect(r.stderr.replace(/\s+/g, ' ')).toContain('--days is het aantal dagen vooruit: een geheel getal van 0 (alleen vandaag) tot en met 3660');
  });

  it('has no English default in the help of woo new', async () => {
    const r = await runCli(['new', '--help'], { home });
    expect(r.stdout).not.toContain('[]');
  });

  it('accepts the Dutch letter kinds bezwaar, ingebrekestelling and pro-forma', async () => {
    await runCli(['log', ID, 'received', '2026-09-01'], { home });
    const notice = await runCli(['letter', ID, 'ingebrekestelling'], { home });
    expect(notice.code).toBe(0);
    expect(notice.stdout).toMatch(/ingebrekestelling/i);
    await runCli(['log', ID, 'decided', '2026-11-20'], { home });
    for (const kind of ['bezwaar', 'pro-forma']) {
      const r = await runCli(['letter', ID, kind], { home });
      expect(r.code, kind).toBe(0);
      expect(r.stdout).toMatch(/bezwaar/i);
    }
    const unknown = await runCli(['letter', ID, 'klacht'], { home });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('bezwaar');
  });
});

describe('woo respond --from on a file that is no decision', () => {
  it('says so with exit 1 and records nothing', async () => {
    await runCli(['log', ID, 'decided', '2026-11-20'], { home });
    const file = join(home, 'boodschappen.txt');
    writeFileSync(file, 'Boodschappenlijst\n\nmelk\nbrood\nkaas\n');
    const r = await runCli(['respond', ID, '--from', file, '--yes'], { home });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('staat geen besluit op dit verzoek');
  });
});
