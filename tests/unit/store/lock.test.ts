// The workspace lock (issue 17, item 6): a dead holder is taken over at once, a stalled one after
// it stops refreshing, a process whose lock was taken over saves nothing, and the temp files of
// writes killed halfway are removed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/core/errors.js';
import { acquireLock, LockLostError } from '../../../src/store/lock.js';
import { Workspace } from '../../../src/store/workspace.js';
import { tempDir } from '../../helpers/cli.js';

const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;
const children: ChildProcess[] = [];
function livePid(): number {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  children.push(child);
  return child.pid!;
}
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

function workspace(): Workspace {
  return new Workspace({ root: tempDir(), source: 'WOO_HOME' });
}
function leaveLock(ws: Workspace, pid: number, host = hostname()): string {
  mkdirSync(ws.requestsDir, { recursive: true });
  const file = join(ws.root, '.lock');
  writeFileSync(file, JSON.stringify({ pid, host, token: 'oud', time: '2026-11-23T10:00:00.000Z' }));
  return file;
}

describe('the workspace lock', () => {
  it('takes over a lock whose holder died on this host and removes the temp files its writes left', async () => {
    const ws = workspace();
    leaveLock(ws, deadPid());
    const dead = deadPid();
    const live = livePid();
    mkdirSync(join(ws.requestsDir, 'r1.files'), { recursive: true });
    const leftovers = [join(ws.root, `.profile.json.${dead}.ab12.woo-tmp`), join(ws.requestsDir, `.r1.json.${dead}.cd34.woo-tmp`), join(ws.requestsDir, 'r1.files', `.abc.pdf.${dead}.ef56.woo-tmp`)];
    const inUse = join(ws.requestsDir, `.r2.json.${live}.0a0b.woo-tmp`);
    for (const f of [...leftovers, inUse]) writeFileSync(f, 'half');
    await ws.updateProfile(() => ({ name: 'Jan Jansen' }));
    expect(await ws.readProfile()).toEqual({ name: 'Jan Jansen' });
    for (const f of leftovers) expect(existsSync(f), f).toBe(false);
    expect(existsSync(inUse)).toBe(true);
    expect(existsSync(join(ws.root, '.lock'))).toBe(false);
  });

  it('takes over a lock that a live but stalled holder stopped refreshing', async () => {
    const ws = workspace();
    const file = leaveLock(ws, livePid());
    const old = new Date(Date.now() - 60_000);
    utimesSync(file, old, old);
    await ws.updateProfile(() => ({ name: 'Jan Jansen' }));
    expect(await ws.readProfile()).toEqual({ name: 'Jan Jansen' });
  });

  it('waits for a live holder and records pid, host, token and time', async () => {
    const ws = workspace();
    await ws.ensure();
    const first = await acquireLock(ws.root);
    const record = JSON.parse(readFileSync(join(ws.root, '.lock'), 'utf8'));
    expect(record).toMatchObject({ pid: process.pid, host: hostname() });
    expect(record.token).toMatch(/^[0-9a-f]{32}$/);
    expect(Date.parse(record.time)).not.toBeNaN();
    const order: string[] = [];
    const second = ws.updateProfile(() => ({ name: 'Tweede' })).then(() => order.push('second'));
    await new Promise((r) => setTimeout(r, 300));
    order.push('first released');
    await first.release();
    await second;
    expect(order).toEqual(['first released', 'second']);
  });

  it('a process whose lock was taken over saves nothing and says so in Dutch, exit 1', async () => {
    const ws = workspace();
    await ws.updateProfile(() => ({ name: 'Jan Jansen' }));
    const before = readFileSync(ws.profileFile, 'utf8');
    const takeOver = () => writeFileSync(join(ws.root, '.lock'), JSON.stringify({ pid: process.pid, host: hostname(), token: 'ander', time: new Date().toISOString() }));
    const attempt = ws.withLock(async () => {
      takeOver();
      await ws.writeFile(ws.profileFile, { schemaVersion: 1, profile: { name: 'Verloren' } });
    });
    await expect(attempt).rejects.toThrow(LockLostError);
    await expect(attempt).rejects.toThrow(/uw wijziging is niet opgeslagen; voer de opdracht opnieuw uit/);
    expect(new LockLostError(ws.root).exitCode).toBe(EXIT.cannot);
    expect(readFileSync(ws.profileFile, 'utf8')).toBe(before);
    // The new holder's lock stays; no temp file is left.
    expect(JSON.parse(readFileSync(join(ws.root, '.lock'), 'utf8')).token).toBe('ander');
    expect(readdirSync(ws.root).filter((f) => f.endsWith('.woo-tmp'))).toEqual([]);
  });
});
