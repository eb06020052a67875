// Disk and stream errors (issue 17, item 8): a read-only workspace, a full disk, WOO_HOME pointing at
// a file, stdout to /dev/full. Each gives a Dutch message that names the path and says nothing was
// changed; never "Interne fout", an English error code alone or a stack trace.
import { spawn } from 'node:child_process';
import { chmodSync, closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reportError } from '../../src/cli/errors.js';
import type { Io } from '../../src/cli/io.js';
import { BIN, runCli, tempDir, type CliResult } from '../helpers/cli.js';
import { remount, smallDisk, unmount } from '../helpers/small-disk.js';

const ID = '2026-001-politie-cas';
const mounted: string[] = [];
afterEach(() => {
  for (const dir of mounted.splice(0)) unmount(dir);
});

function expectDutch(r: CliResult): void {
  expect(r.code).toBe(1);
  expect(r.stderr).not.toMatch(/Interne fout|\n\s+at |no space left|read-only file system|permission denied/i);
}

async function workspaceIn(dir: string): Promise<string> {
  const home = join(dir, 'ws');
  await runCli(['profile', '--name', 'Jan Jansen'], { home });
  await runCli(['new', 'cas-2021', '--yes'], { home });
  return home;
}

function snapshot(home: string): string {
  const files = [join(home, 'profile.json'), ...readdirSync(join(home, 'requests')).map((f) => join(home, 'requests', f))];
  return files.map((f) => `${f}\n${readFileSync(f, 'utf8')}`).join('\n');
}

describe('the workspace cannot be written', () => {
  it('read-only: every write says so in Dutch with the path, and nothing changes', async (ctx) => {
    const disk = smallDisk(1024);
    const root = disk ?? tempDir();
    if (disk) mounted.push(disk);
    const home = await workspaceIn(root);
    const before = snapshot(home);
    if (disk) remount(disk, 'ro');
    else if (process.getuid?.() !== 0) chmodSync(join(home, 'requests'), 0o500);
    else ctx.skip(); // root without mount: permissions do not stop root, and there is no read-only disk to use
    for (const args of [['new', 'cas-2021', '--yes'], ['log', ID, 'received', '2026-11-02'], ['profile', '--city', 'Utrecht']]) {
      const r = await runCli(args, { home });
      expectDutch(r);
      expect(r.stderr).toMatch(new RegExp(`Kan ${home}\\S* niet schrijven: (de schijf is alleen-lezen \\(EROFS\\)|u hebt er geen toegang toe \\(EACCES\\))\\. In de werkmap is niets gewijzigd\\.`));
    }
    expect((await runCli(['list'], { home })).code).toBe(0);
    expect(snapshot(home)).toBe(before);
  });

  it('full disk: the request is not saved, the message names the file, no temp file is left', async (ctx) => {
    const disk = smallDisk(64);
    if (!disk) return ctx.skip();
    mounted.push(disk);
    const home = await workspaceIn(disk);
    const before = snapshot(home);
    // Fill the disk up to one free page: the lock still fits, a request (about 6 kB) does not.
    let fill = 0;
    for (;;) {
      try {
        writeFileSync(join(disk, `vol-${fill++}`), Buffer.alloc(4096));
      } catch {
        break;
      }
    }
    rmSync(join(disk, `vol-${fill - 2}`));
    const r = await runCli(['log', ID, 'received', '2026-11-02'], { home });
    expectDutch(r);
    expect(r.stderr).toMatch(new RegExp(`Kan ${home}/\\S+ niet schrijven: de schijf is vol \\(ENOSPC\\)\\. In de werkmap is niets gewijzigd\\.\\n  Maak ruimte vrij op de schijf`));
    expect(snapshot(home)).toBe(before);
    expect(readdirSync(join(home, 'requests')).filter((f) => f.startsWith('.'))).toEqual([]);
    expect(readdirSync(home).filter((f) => f.includes('woo-tmp') || f === '.lock')).toEqual([]);
  });

  it('WOO_HOME pointing at a file is refused before anything is read or written', async () => {
    const file = join(tempDir(), 'geen-map');
    writeFileSync(file, 'iets');
    for (const args of [['list'], ['new', 'cas-2021', '--yes'], ['profile', '--name', 'Jan']]) {
      const r = await runCli(args, { home: file });
      expectDutch(r);
      expect(r.stderr).toContain(`De werkmap ${file} is een bestand, geen map (WOO_HOME wijst ernaar). Er is niets gewijzigd.`);
    }
    expect(readFileSync(file, 'utf8')).toBe('iets');
  });

  it('every file-system error is reported in Dutch with its path, in one place', () => {
    let stderr = '';
    const io = { stdout: () => {}, stderr: (t: string) => void (stderr += t), env: {}, cwd: '/', interactive: false } as Io;
    const error = (code: string, syscall: string, path: string) => Object.assign(new Error(`${code}: english, ${syscall} '${path}'`), { code, syscall, path });
    expect(reportError(error('EROFS', 'open', '/w/requests/x.json'), io)).toBe(1);
    expect(reportError(error('EACCES', 'open', '/w/profile.json'), io)).toBe(1);
    expect(reportError(error('EDQUOT', 'write', '/w/requests/y.json'), io)).toBe(1);
    expect(stderr).toContain('woo: Kan /w/requests/x.json niet schrijven: de schijf is alleen-lezen (EROFS). In de werkmap is niets gewijzigd.');
    expect(stderr).toContain('woo: Kan /w/profile.json niet lezen: u hebt er geen toegang toe (EACCES).');
    expect(stderr).toContain('woo: Kan /w/requests/y.json niet schrijven: uw schijfquotum is op (EDQUOT).');
    expect(stderr).not.toContain('english');
  });
});

describe('standard output cannot be written', () => {
  it.skipIf(!existsSync('/dev/full'))('stdout to /dev/full: a Dutch message on stderr, exit 1, no stack trace', async () => {
    const home = await workspaceIn(tempDir());
    for (const args of [['list'], ['list', '--json'], ['letter', ID], ['show', ID]]) {
      const out = openSync('/dev/full', 'w');
      const r = await new Promise<CliResult>((resolve) => {
        const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, WOO_HOME: home, WOO_TODAY: '2026-11-23' }, stdio: ['ignore', out, 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (d) => (stderr += d));
        child.on('close', (code) => resolve({ code: code ?? -1, stdout: '', stderr }));
      });
      closeSync(out);
      expectDutch(r);
      expect(r.stderr).toBe('woo: Kan de uitvoer niet schrijven naar de standaarduitvoer: de schijf is vol (ENOSPC). Alleen de uitvoer ging verloren; aan de werkmap verandert dit niets.\n');
    }
  });
});
