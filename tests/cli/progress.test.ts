// Long work shows how far it is on a terminal's stderr, and nothing when stderr is not a terminal.
import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/cli/progress.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { hasScript, PtySession } from '../helpers/pty.js';

describe('progress line', () => {
  it('rewrites one line at most ten times a second and erases it when done', () => {
    const written: string[] = [];
    let now = 0;
    const step = progressLine((t) => written.push(t), () => now);
    step('Brieven maken', 0, 3);
    now = 50;
    step('Brieven maken', 1, 3);
    now = 200;
    step('Brieven maken', 2, 3);
    step('', 3, 3);
    expect(written).toEqual(['\rBrieven maken: 0 van 3\x1b[K', '\rBrieven maken: 2 van 3\x1b[K', '\r\x1b[K']);
  });
});

describe('progress of a batch', () => {
  const BATCH = ['new', 'vrij', '--set', 'onderwerp=het parkeerbeleid', '--set', 'eigen_punten=Het parkeerplan', '--set', 'periode_van=2020-01-01', '--set', 'periode_tot=2026-11-01', '--set', 'clausules=', '--bodies', 'gemeente-utrecht,gemeente-zeist,gemeente-houten', '--yes'];

  it('prints nothing of it when stderr is not a terminal', async () => {
    const home = tempDir();
    const made = await runCli(BATCH, { home });
    expect(made.code).toBe(0);
    expect(made.stderr).not.toMatch(/\r|van 3/);
    const letters = await runCli(['letter', '--batch', '2026-b01-parkeerbeleid', '--format', 'txt'], { home, cwd: tempDir() });
    expect(letters.code).toBe(0);
    expect(letters.stderr).not.toMatch(/\r|Brieven maken/);
  });

  it.skipIf(!hasScript())('shows how far the letters of a batch are at a terminal, and erases the line', async () => {
    const home = tempDir();
    expect((await runCli(BATCH, { home })).code).toBe(0);
    const pty = new PtySession(['letter', '--batch', '2026-b01-parkeerbeleid', '--format', 'pdf'], { WOO_HOME: home, HOME: home, WOO_TODAY: '2026-11-23' }, { cwd: tempDir() });
    expect(await pty.exit()).toBe(0);
    expect(pty.raw).toContain('\rBrieven maken: 0 van 3\x1b[K');
    expect(pty.raw).toContain('\r\x1b[K');
    expect(pty.text).toContain('Brief geschreven:');
  });

  it.skipIf(!hasScript())('shows it while a batch is drafted at a terminal, but not with --json', async () => {
    const home = tempDir();
    const env = { WOO_HOME: home, HOME: home, WOO_TODAY: '2026-11-23' };
    // With a profile: at a terminal woo new would ask for one first.
    await runCli(['profile', '--name', 'Jan Jansen', '--city', 'Utrecht'], { home });
    const plain = new PtySession(BATCH, env, { cwd: home });
    expect(await plain.exit()).toBe(0);
    expect(plain.raw).toContain('\rVerzoeken opstellen: 0 van 3\x1b[K');
    const json = new PtySession([...BATCH, '--json'], env, { cwd: home });
    expect(await json.exit()).toBe(0);
    expect(json.raw).not.toContain('Verzoeken opstellen');
  });
});
