// A newsroom's shared workspace: a bare repository and two clones, each with its own WOO_HOME,
// kept in step by `woo sync` with woo's own merge driver (the built binary, real git).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBin, tempDir } from '../helpers/cli.js';

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

interface Desk {
  dir: string;
  home: string;
  woo: (...args: string[]) => ReturnType<typeof runBin>;
}

function desk(dir: string): Desk {
  const home = join(dir, '.woo');
  return { dir, home, woo: (...args) => runBin(args, { home, cwd: dir }) };
}

async function newsroom(): Promise<{ an: Desk; bo: Desk; id: string; remote: string }> {
  const root = tempDir('woo-sync-');
  const remote = join(root, 'remote.git');
  git(root, 'init', '-q', '--bare', remote);
  const an = desk(join(root, 'an'));
  execFileSync('mkdir', ['-p', an.dir]);
  git(an.dir, 'init', '-q');
  expect((await an.woo('init', '--here', '--git')).code).toBe(0);
  git(an.dir, 'remote', 'add', 'origin', remote);
  await an.woo('profile', '--name', 'An de Vries');
  const created = await an.woo('new', 'cas-2021', '--body', 'Nationale Politie', '--yes', '--json');
  const id = JSON.parse(created.stdout).id as string;
  expect((await an.woo('sync')).code).toBe(0);
  git(root, 'clone', '-q', remote, 'bo');
  const bo = desk(join(root, 'bo'));
  await bo.woo('profile', '--name', 'Bo Bakker');
  const first = await bo.woo('sync');
  expect(first.code).toBe(0);
  return { an, bo, id, remote };
}

const stored = (d: Desk, id: string) => JSON.parse(readFileSync(join(d.home, 'requests', `${id}.json`), 'utf8'));

// Many real git and woo processes per test: generous limits for a busy machine.
describe('woo sync between two clones', { timeout: 180_000 }, () => {
  let room: Awaited<ReturnType<typeof newsroom>>;
  beforeAll(async () => {
    room = await newsroom();
  });

  it('sets up git: attributes with the merge driver, the profile stays local', () => {
    const { an, bo } = room;
    expect(readFileSync(join(an.home, '.gitattributes'), 'utf8')).toContain('requests/*.json merge=woo');
    expect(readFileSync(join(an.home, '.gitignore'), 'utf8')).toContain('profile.json');
    expect(git(an.dir, 'ls-files')).not.toContain('profile.json');
    // git does not clone its config: the second machine registered the driver on its first sync.
    expect(git(bo.dir, 'config', '--get', 'merge.woo.driver')).toContain('merge-file %O %A %B');
  });

  it('merges different events logged on the same request on both machines, without conflict', async () => {
    const { an, bo, id } = room;
    expect((await an.woo('log', id, 'sent', '2026-11-02', '--channel', 'email')).code).toBe(0);
    expect((await bo.woo('log', id, 'received', '2026-11-03', '--reference', 'POL-1')).code).toBe(0);
    expect((await an.woo('sync')).code).toBe(0);
    const boSync = await bo.woo('sync');
    expect(boSync.code).toBe(0);
    expect(boSync.stdout).toContain(`${id}: verzonden op 2026-11-02 (door An de Vries)`);
    const anSync = await an.woo('sync');
    expect(anSync.stdout).toContain(`${id}: ontvangen door het bestuursorgaan op 2026-11-03 (door Bo Bakker)`);
    for (const d of [an, bo]) {
      const r = stored(d, id);
      expect(r.events.map((e: { type: string }) => e.type)).toEqual(['sent', 'received']);
      expect(r.reference).toBe('POL-1');
      expect(readFileSync(join(d.home, 'requests', `${id}.json`), 'utf8')).not.toMatch(/^(<<<<<<<|>>>>>>>)/m);
      expect(git(d.dir, 'status', '--porcelain')).toBe('');
    }
    // Both machines numbered their event e1; the random tails keep them apart.
    const ids = stored(an, id).events.map((e: { id: string }) => e.id);
    expect(new Set(ids).size).toBe(2);
    expect((await an.woo('show', id)).stdout).toContain('door Bo Bakker');
  });

  it('decides a title changed differently on both sides by the stated rule and reports it', async () => {
    const { an, bo, id } = room;
    for (const [d, title] of [[an, 'Titel van An'], [bo, 'Titel van Bo']] as const) {
      const file = join(d.home, 'requests', `${id}.json`);
      writeFileSync(file, JSON.stringify({ ...stored(d, id), title }, null, 2));
    }
    expect((await an.woo('sync')).code).toBe(0);
    const boSync = await bo.woo('sync');
    expect(boSync.code).toBe(0);
    expect(boSync.stderr).toContain('title: aan beide kanten anders gewijzigd; behouden: "Titel van Bo"; niet overgenomen: "Titel van An"');
    await an.woo('sync');
    expect(stored(an, id).title).toBe('Titel van Bo');
    expect(stored(bo, id).title).toBe('Titel van Bo');
  });

  it('refuses a damaged incoming file and keeps the local copy', async () => {
    const { an, bo, id } = room;
    const file = join(an.home, 'requests', `${id}.json`);
    writeFileSync(file, '{ "kapot": ');
    git(an.dir, 'commit', '-qam', 'per ongeluk kapot');
    git(an.dir, 'push', '-q');
    const before = stored(bo, id);
    const boSync = await bo.woo('sync');
    expect(boSync.code).toBe(0);
    expect(boSync.stderr).toContain('de binnenkomende versie is beschadigd en is geweigerd; uw versie blijft staan');
    expect(stored(bo, id)).toEqual(before);
    // The refusal travels back: the next sync on the other machine repairs its copy too.
    await an.woo('sync');
    expect(stored(an, id)).toEqual(before);
  });

  it('commits only, and says so, when there is no remote or it cannot be reached', async () => {
    const { an, id } = room;
    git(an.dir, 'remote', 'set-url', 'origin', join(room.remote, '..', 'weg.git'));
    await an.woo('log', id, 'acknowledged', '2026-11-04');
    const offline = await an.woo('sync');
    expect(offline.code).toBe(0);
    expect(offline.stderr).toContain('alleen lokaal vastgelegd');
    expect(git(an.dir, 'log', '-1', '--format=%s')).toContain(`${id}: ontvangstbevestiging op 2026-11-04 (door An de Vries)`);
    git(an.dir, 'remote', 'set-url', 'origin', room.remote);
  });

  it('assigns requests and lists the ones that are mine', async () => {
    const { an, id } = room;
    expect((await an.woo('assign', id, 'An de Vries')).code).toBe(0);
    expect((await an.woo('show', id)).stdout).toContain('Behandelaar:    An de Vries');
    const mine = await an.woo('list', '--mine', '--json');
    expect(JSON.parse(mine.stdout).map((r: { id: string }) => r.id)).toEqual([id]);
    expect((await an.woo('list', '--by-assignee')).stdout).toContain('Behandelaar: An de Vries (1)');
    await an.woo('assign', id, '--none');
    expect(JSON.parse((await an.woo('list', '--mine', '--json')).stdout)).toEqual([]);
    expect((await an.woo('assign', id)).code).toBe(2);
  });

  it('refuses to sync a workspace that is not under git, with the way out', async () => {
    const home = tempDir();
    await runBin(['init'], { home });
    const r = await runBin(['sync'], { home });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('woo sync --setup');
  });
});
