// Batch requests: one request per body from the same answers, written all or nothing (real workspaces).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Workspace } from '../../src/store/workspace.js';
import { runBin, runCli, tempDir } from '../helpers/cli.js';

let home: string;
beforeEach(async () => {
  home = tempDir();
  await runCli(['profile', '--name', 'Jan Jansen', '--address', 'Dorpsstraat 1', '--postcode', '1234ab', '--city', 'Utrecht'], { home });
});

const ALGORITME = ['new', 'algoritme', '--set', 'systeem=Fraudescore', '--set', 'periode_van=2020-01-01', '--set', 'periode_tot=2026-11-01', '--yes'];

interface BatchJson {
  batch: string;
  requests: { id: string; body: { id?: string; name: string; address?: string; postcode?: string } }[];
}

async function batch(...args: string[]): Promise<BatchJson> {
  const r = await runCli([...ALGORITME, ...args, '--json'], { home });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

function stored(): { id: string; batch?: string; body: { id?: string; name: string }; answers: Record<string, unknown> }[] {
  return readdirSync(join(home, 'requests')).map((f) => JSON.parse(readFileSync(join(home, 'requests', f), 'utf8')));
}

describe('woo new with --bodies', () => {
  it('makes a batch of one', async () => {
    const result = await batch('--bodies', 'gemeente-utrecht');
    expect(result.batch).toBe('2026-b01-fraudescore');
    expect(result.requests).toEqual([{ id: '2026-001-utrecht-fraudescore', body: expect.objectContaining({ id: 'gemeente-utrecht', name: 'Gemeente Utrecht' }) }]);
    expect(stored()[0]).toMatchObject({ batch: '2026-b01-fraudescore', answers: { bestuursorgaan: 'Gemeente Utrecht' } });
  });

  it('makes a batch of ten from a file with names, ids and comments, each addressed to its own body', async () => {
    const file = join(home, 'organen.txt');
    const lines = ['# politie', 'Nationale Politie', 'politie-eenheid-amsterdam', '', 'Politie Eenheid Rotterdam  # met naam',
      'gemeente-utrecht', 'gemeente-zeist', 'Gemeente Amsterdam', 'gemeente-rotterdam', 'gemeente-den-haag', 'AFM', 'autoriteit-persoonsgegevens'];
    writeFileSync(file, lines.join('\n'));
    const result = await batch('--bodies-file', file, '--set', 'bestuursorgaan=wordt vervangen');
    expect(result.requests).toHaveLength(10);
    expect(new Set(result.requests.map((r) => r.id)).size).toBe(10);
    expect(result.requests[0]).toEqual({ id: '2026-001-politie-fraudescore', body: expect.objectContaining({ id: 'nationale-politie', address: 'Postbus 17107' }) });
    expect(result.requests.map((r) => r.body.id)).toContain('autoriteit-financiele-markten');
    const files = stored();
    expect(new Set(files.map((r) => r.batch))).toEqual(new Set([result.batch]));
    expect(files.every((r) => r.answers.bestuursorgaan === r.body.name)).toBe(true);
    const zeist = result.requests.find((r) => r.body.id === 'gemeente-zeist')!;
    const letter = await runCli(['letter', zeist.id, '--format', 'md'], { home });
    expect(letter.stdout).toContain(`Gemeente Zeist  \n${zeist.body.address}  \n${zeist.body.postcode}  Zeist`);
  });

  it('numbers a second batch on, and its requests after the first', async () => {
    await batch('--bodies', 'gemeente-utrecht,gemeente-zeist');
    const second = await batch('--bodies', 'gemeente-houten');
    expect(second.batch).toBe('2026-b02-fraudescore');
    expect(second.requests[0].id).toBe('2026-003-houten-fraudescore');
  });

  it('prints a summary with the batch id and how to list it', async () => {
    const r = await runCli([...ALGORITME, '--bodies', 'gemeente-utrecht,gemeente-zeist'], { home });
    expect(r.stdout).toContain('Reeks 2026-b01-fraudescore opgeslagen: 2 verzoeken');
    expect(r.stdout).toMatch(/2026-002-zeist-fraudescore +Gemeente Zeist/);
    expect(r.stdout).toContain('woo list --batch 2026-b01-fraudescore');
  });

  it('refuses unknown ids with exit 2, names them with suggestions, and writes nothing', async () => {
    const r = await runCli([...ALGORITME, '--bodies', 'gemeente-utrecht,gemeente-amstrdam,bestaat-niet'], { home });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Onbekend in --bodies: "gemeente-amstrdam", "bestaat-niet". Er is niets opgeslagen.');
    expect(r.stderr).toContain('"gemeente-amstrdam": Bedoelde u Gemeente Amsterdam (gemeente-amsterdam)');
    expect(readdirSync(join(home, 'requests'))).toEqual([]);
  });

  it('refuses bodies outside the Woo with exit 2', async () => {
    const r = await runCli([...ALGORITME, '--bodies', 'gemeente-utrecht,ministerie-van-justitie-curacao'], { home });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Niet onder de Woo: Ministerie van Justitie (Curaçao) (ministerie-van-justitie-curacao)');
    expect(readdirSync(join(home, 'requests'))).toEqual([]);
  });

  it.each([
    [['--bodies', 'gemeente-utrecht', '--body', 'Gemeente Zeist'], 2, /--body kan niet samen met --bodies/],
    [['--bodies', 'gemeente-utrecht', '--bodies-kind', 'gemeente'], 2, /Kies één van --bodies, --bodies-file en --bodies-kind/],
    [['--province', 'Utrecht'], 2, /--province werkt alleen samen met --bodies-kind/],
    [['--bodies-kind', 'gemeente', '--province', 'Utrecht'], 1, /legt \(nog\) niet vast in welke provincie.*\n.*--bodies-file/],
    [['--bodies-file', 'ontbreekt.txt'], 2, /niet gevonden of niet leesbaar: ontbreekt\.txt/],
  ])('%j → exit %i, nothing written', async (extra, code, message) => {
    const r = await runCli([...ALGORITME, ...extra], { home });
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(readdirSync(join(home, 'requests'))).toEqual([]);
  });

  it('filters on province when the workspace bodies.json records it', async () => {
    writeFileSync(join(home, 'bodies.json'), JSON.stringify({ bodies: [{ id: 'gemeente-utrecht', province: 'Utrecht' }, { id: 'gemeente-zwolle', province: 'Overijssel' }] }));
    const r = await runCli([...ALGORITME, '--bodies-kind', 'gemeente', '--province', 'utrecht', '--json'], { home });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).requests.map((x: { body: { id: string } }) => x.body.id)).toEqual(['gemeente-utrecht']);
    expect(r.stderr).toContain('340 bestuursorganen zonder provincie in de lijst zijn niet meegenomen');
  });

  it('names the missing answer without a terminal (the body is not asked in a batch)', async () => {
    const r = await runCli(['new', 'algoritme', '--bodies', 'gemeente-utrecht', '--yes'], { home });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Verplicht antwoord ontbreekt: "systeem"');
    expect(r.stderr).not.toContain('bestuursorgaan');
  });
});

describe('Workspace.createRequests', () => {
  it('writes nothing of a batch when one id is already taken', async () => {
    await runCli(['new', 'cas-2021', '--yes'], { home });
    const workspace = new Workspace({ root: home, source: 'WOO_HOME' });
    const existing = await workspace.readRequest('2026-001-politie-cas');
    await expect(workspace.createRequests([{ ...existing, id: '2026-002-politie-cas' }, existing])).rejects.toThrow('Er bestaat al een verzoek met id "2026-001-politie-cas"');
    expect(readdirSync(join(home, 'requests'))).toEqual(['2026-001-politie-cas.json']);
  });
});

describe('a batch of all 342 municipalities with the built binary', () => {
  // Speed is measured by npm run bench, not asserted here: a busy machine must not fail the test.
  it('writes 342 requests with one batch id, without a terminal', async () => {
    const r = await runBin(['new', 'cas-2021', '--bodies-kind', 'gemeente', '--json'], { home });
    expect(r.code, r.stderr).toBe(0);
    const result: BatchJson = JSON.parse(r.stdout);
    expect(result.requests).toHaveLength(342);
    expect(readdirSync(join(home, 'requests'))).toHaveLength(342);
    expect(new Set(stored().map((x) => x.batch))).toEqual(new Set(['2026-b01-cas']));
    expect(result.requests.find((x) => x.body.id === 'gemeente-amsterdam')).toBeDefined();
  });
});

describe('woo list --batch', () => {
  it('shows the bodies of one batch with a status tally', async () => {
    const { batch: id } = await batch('--bodies', 'gemeente-utrecht,politie-eenheid-midden-nederland');
    await runCli(['new', 'cas-2021', '--yes'], { home }); // not in the batch
    const r = await runCli(['list', '--batch', id], { home });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Reeks ${id}: Fraudescore`);
    expect(r.stdout).toContain('2 verzoeken: 2 concept');
    expect(r.stdout).toContain('Politie Eenheid Midden-Nederland');
    expect(r.stdout).not.toContain('politie-cas');
    const json = JSON.parse((await runCli(['list', '--batch', id, '--json'], { home })).stdout);
    expect(json.map((row: { batch: string }) => row.batch)).toEqual([id, id]);
  });

  it('refuses an unknown batch with exit 1', async () => {
    await batch('--bodies', 'gemeente-utrecht');
    const r = await runCli(['list', '--batch', '2026-b09-x'], { home });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Onbekende reeks: "2026-b09-x"');
    expect(r.stderr).toContain('Reeksen in deze werkmap: 2026-b01-fraudescore');
  });
});
