// --output, --ics and export: never into the workspace, never over a file unless forced or
// confirmed, atomically and private (issue 17, item 3).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Ask } from '../../src/app/ask.js';
import { runLetter } from '../../src/app/letter.js';
import { Workspace } from '../../src/store/workspace.js';
import { runCli, tempDir } from '../helpers/cli.js';

let home: string;
let out: string;
const R1 = '2026-001-politie-cas';
const R2 = '2026-002-politie-cas';
const r2File = () => join(home, 'requests', `${R2}.json`);

beforeEach(async () => {
  home = tempDir();
  out = tempDir('woo-out-');
  await runCli(['profile', '--name', 'Jan Jansen', '--address', 'Dorpsstraat 1', '--postcode', '1234 AB', '--city', 'Utrecht'], { home });
  await runCli(['new', 'cas-2021', '--yes'], { home });
  await runCli(['new', 'cas-2021', '--yes'], { home });
  await runCli(['log', R1, 'received', '2026-11-02'], { home });
});

describe('output inside the workspace', () => {
  it.each([
    [['letter', R1, '--format', 'pdf', '--output', `requests/${R2}.json`]],
    [['letter', R1, '--format', 'pdf', '--output', `requests/${R2}.json`, '--force']],
    [['letter', R1, '--output', 'profile.json', '--force']],
    [['letter', R1, '--output', 'nieuw.md']],
    [['letter', '--batch', 'x', '--output', 'requests']],
    [['agenda', '--ics', `requests/${R2}.json`, '--force']],
    [['export', R1, '--output', `requests/${R2}.json`, '--force']],
    [['send', R1, '--channel', 'post', '--output', 'requests', '--force']],
  ])('%j is refused with exit 1 and the request stays as it was', async (args) => {
    const before = readFileSync(r2File(), 'utf8');
    const r = await runCli(args, { home, cwd: home });
    expect(r.code).toBe(1);
    if (args[1] !== '--batch') expect(r.stderr).toMatch(/ligt in de werkmap van woo/);
    expect(readFileSync(r2File(), 'utf8')).toBe(before);
    expect(readdirSync(home).sort()).toEqual(['profile.json', 'requests', 'templates']);
  });

  it('follows symlinks: a link outside that points into the workspace is refused', async () => {
    symlinkSync(join(home, 'requests'), join(out, 'link'));
    symlinkSync(r2File(), join(out, 'r2.pdf'));
    const before = readFileSync(r2File(), 'utf8');
    for (const target of [join(out, 'link', `${R2}.json`), join(out, 'r2.pdf'), join(out, 'link', 'nieuw.pdf')]) {
      const r = await runCli(['letter', R1, '--format', 'pdf', '--output', target, '--force'], { home, cwd: out });
      expect(r.code, target).toBe(1);
      expect(r.stderr).toMatch(/ligt in de werkmap van woo/);
    }
    expect(readFileSync(r2File(), 'utf8')).toBe(before);
    expect(existsSync(join(home, 'requests', 'nieuw.pdf'))).toBe(false);
  });
});

describe('existing files', () => {
  it('are never overwritten without --force; with it they are replaced atomically and private (0600)', async () => {
    const file = join(out, 'brief.md');
    writeFileSync(file, 'mijn eigen tekst', { mode: 0o644 });
    const refused = await runCli(['letter', R1, '--output', file], { home, cwd: out });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('bestaat al; er is niets geschreven');
    expect(readFileSync(file, 'utf8')).toBe('mijn eigen tekst');
    const forced = await runCli(['letter', R1, '--output', file, '--force'], { home, cwd: out });
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('Wet open overheid');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(out)).toEqual(['brief.md']);
  });

  it('an ICS calendar is private, and kept unless --force', async () => {
    const first = await runCli(['agenda', '--ics', 'termijnen.ics'], { home, cwd: out });
    expect(first.code, first.stderr).toBe(0);
    expect(statSync(join(out, 'termijnen.ics')).mode & 0o777).toBe(0o600);
    expect((await runCli(['agenda', '--ics', 'termijnen.ics'], { home, cwd: out })).code).toBe(1);
    expect((await runCli(['agenda', '--ics', 'termijnen.ics', '--force'], { home, cwd: out })).code).toBe(0);
  });

  it('a batch writes none of its letters when one of them exists', async () => {
    const batch = JSON.parse((await runCli(['new', 'cas-2021', '--bodies', 'gemeente-utrecht,gemeente-zeist', '--yes', '--json'], { home })).stdout);
    const dir = join(out, 'brieven');
    mkdirSync(dir);
    writeFileSync(join(dir, `${batch.requests[1].id}-verzoek.md`), 'eigen');
    const r = await runCli(['letter', '--batch', batch.batch, '--output', dir], { home, cwd: out });
    expect(r.code).toBe(1);
    expect(readdirSync(dir)).toEqual([`${batch.requests[1].id}-verzoek.md`]);
  });

  it('at a terminal the user is asked before a file is overwritten', async () => {
    const file = join(out, 'brief.md');
    writeFileSync(file, 'mijn eigen tekst');
    const asked: string[] = [];
    const ask = (answer: boolean) => ({ confirm: async ({ message }: { message: string }) => (asked.push(message), answer) }) as unknown as Ask;
    const ctx = (answer: boolean) => ({ workspace: new Workspace({ root: home, source: 'WOO_HOME' as const }), today: '2026-11-23', output: { out: () => {}, err: () => {} }, ask: ask(answer) });
    const options = { id: R1, kind: 'request' as const, format: 'md' as const, output: file, force: false, grounds: [], cwd: out };
    await expect(runLetter(options, ctx(false))).rejects.toThrow(/bestaat al/);
    expect(readFileSync(file, 'utf8')).toBe('mijn eigen tekst');
    await runLetter(options, ctx(true));
    expect(readFileSync(file, 'utf8')).toContain('Wet open overheid');
    expect(asked).toEqual([`${file} bestaat al. Overschrijven?`, `${file} bestaat al. Overschrijven?`]);
  });
});
