// The built binary on a fresh workspace, stdin closed: it must answer, never wait.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, CAS_ANSWERS, runBin, tempDir } from '../helpers/cli.js';

describe('the built binary without a terminal', () => {
  it('drafts, lists and shows a request; missing answers fail fast with exit 2', async () => {
    const home = tempDir();
    const missing = await runBin(['new', 'algoritme'], { home });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Verplicht antwoord ontbreekt: "systeem"');
    const noTemplate = await runBin(['new'], { home });
    expect(noTemplate.code).toBe(2);
    const created = await runBin(['new', 'algoritme', ...Object.entries(CAS_ANSWERS).flatMap(([k, v]) => ['--set', `${k}=${v}`]), '--yes', '--json'], { home });
    expect(created.code).toBe(0);
    expect(created.stderr).toContain('nog geen profiel');
    expect(JSON.parse(created.stdout).id).toBe('2026-001-politie-cas');
    const list = await runBin(['list'], { home });
    expect(list.stdout).toContain('2026-001-politie-cas');
    const show = await runBin(['show', '2026-001-politie-cas', '--json'], { home });
    expect(JSON.parse(show.stdout).points).toHaveLength(17);
    // `woo profile` without flags and without a terminal shows the profile instead of asking.
    const profile = await runBin(['profile'], { home });
    expect(profile.code).toBe(0);
    expect(profile.stdout).toContain('Naam');
  });

  it('prints help and version in Dutch', async () => {
    const home = tempDir();
    const help = await runBin(['--help'], { home });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Gebruik: woo/);
    expect(help.stdout).toContain('Opdrachten:');
    const sub = await runBin(['new', '--help'], { home });
    expect(sub.stdout).toContain('Voorbeelden:');
    expect((await runBin(['--version'], { home })).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('woo --help and woo list never load pdf-lib, fontkit or Inquirer.js', () => {
    const home = tempDir();
    for (const args of [['--help'], ['list']]) {
      const trace = join(home, `trace-${args[0]}.txt`);
      const r = spawnSync(process.execPath, ['--import', join(import.meta.dirname, '..', 'helpers', 'trace-imports.mjs'), BIN, ...args], {
        env: { PATH: process.env.PATH, WOO_HOME: home, WOO_TRACE_FILE: trace },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      expect(r.status).toBe(0);
      const loaded = readFileSync(trace, 'utf8');
      expect(loaded).toContain('dist/cli/main.js');
      expect(loaded).not.toMatch(/pdf-lib|fontkit|@inquirer|unpdf|yaml/);
    }
  });

  it('ends quietly when the reader has closed the pipe (woo --help | head -1)', async () => {
    const child = spawn(process.execPath, [BIN, 'log', '--help'], { env: { PATH: process.env.PATH }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // Close our end before woo writes, so its write meets a closed pipe (EPIPE).
    child.stdout.destroy();
    const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  });
});
