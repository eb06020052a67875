// The workspace index: reused only for files that did not change, for the same build and day;
// never trusted over the files; a damaged or foreign index is ignored and rebuilt.
import { readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { WooRequest } from '../../../src/core/schema/request.js';
import { indexedRequests, indexFile } from '../../../src/store/request-index.js';
import { Workspace } from '../../../src/store/workspace.js';
import { runCli, tempDir } from '../../helpers/cli.js';

const TODAY = '2026-11-23';
const IDS = ['2026-001-politie-cas', '2026-002-politie-cas', '2026-003-politie-cas'];
const HOUR_AGO = new Date(Date.now() - 3_600_000);

let home: string;
let workspace: Workspace;
let derived: string[];

const fileOf = (id: string) => join(home, 'requests', `${id}.json`);

/** Files written just now are not indexed yet (they may change again within one timestamp tick). */
function age(id: string): void {
  utimesSync(fileOf(id), HOUR_AGO, HOUR_AGO);
}

function list(opts: { today?: string; module?: string } = {}) {
  return indexedRequests(workspace, {
    view: 'list',
    module: opts.module ?? import.meta.url,
    today: opts.today ?? TODAY,
    derive: (r: WooRequest) => {
      derived.push(r.id);
      return { id: r.id, title: r.title };
    },
  });
}

function editTitle(id: string, from: string, to: string): void {
  const file = fileOf(id);
  const before = statSync(file);
  writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
  // Same size and the old mtime back: only ctime (and the content) tell the edit apart.
  utimesSync(file, before.atime, before.mtime);
}

beforeEach(async () => {
  home = tempDir();
  for (let i = 0; i < IDS.length; i++) expect((await runCli(['new', 'cas-2021', '--yes'], { home })).code).toBe(0);
  IDS.forEach(age);
  workspace = new Workspace({ root: home, source: 'WOO_HOME' });
  derived = [];
});

describe('the workspace index', () => {
  it('reads every request once, then serves unchanged files from .cache/index-list.json', async () => {
    const first = await list();
    expect(first.entries.map((e) => e.id)).toEqual(IDS);
    expect(derived).toEqual(IDS);
    expect(Object.keys(JSON.parse(readFileSync(join(home, '.cache', 'index-list.json'), 'utf8')).entries)).toEqual(IDS);
    derived = [];
    const second = await list();
    expect(second.entries).toEqual(first.entries);
    expect(derived).toEqual([]);
  });

  it('reads a hand-edited file again, even with the same size and mtime', async () => {
    await list();
    derived = [];
    editTitle(IDS[1], 'Crime Anticipation System (CAS)', 'Crime Anticipation Systeem(CAS)');
    const after = await list();
    expect(derived).toEqual([IDS[1]]);
    expect(after.entries[1].title).toBe('Crime Anticipation Systeem(CAS)');
  });

  it('leaves out a request whose file is gone, and lists a new one', async () => {
    await list();
    rmSync(fileOf(IDS[0]));
    expect((await runCli(['new', 'cas-2021', '--yes'], { home })).code).toBe(0);
    derived = [];
    const after = await list();
    expect(after.entries.map((e) => e.id)).toEqual([IDS[1], IDS[2], '2026-004-politie-cas']);
    expect(derived).toEqual(['2026-004-politie-cas']);
  });

  it('does not index a file changed within the last seconds, so a second change in the same tick is seen', async () => {
    expect((await runCli(['new', 'cas-2021', '--yes'], { home })).code).toBe(0);
    await list();
    expect(Object.keys(JSON.parse(readFileSync(indexFile(workspace, 'list'), 'utf8')).entries)).toEqual(IDS);
    derived = [];
    await list();
    expect(derived).toEqual(['2026-004-politie-cas']);
  });

  it('reports a damaged request file on every run, never indexes it, and reads it again once repaired', async () => {
    await list();
    const good = readFileSync(fileOf(IDS[2]), 'utf8');
    writeFileSync(fileOf(IDS[2]), '{ "kapot": ');
    age(IDS[2]);
    for (let run = 0; run < 2; run++) {
      const r = await list();
      expect(r.entries.map((e) => e.id)).toEqual(IDS.slice(0, 2));
      expect(r.problems.map((p) => p.file)).toEqual([fileOf(IDS[2])]);
    }
    writeFileSync(fileOf(IDS[2]), good);
    age(IDS[2]);
    derived = [];
    expect((await list()).entries.map((e) => e.id)).toEqual(IDS);
    expect(derived).toEqual([IDS[2]]);
  });

  it('ignores and rebuilds a damaged index', async () => {
    await list();
    for (const damage of ['{"format":1,"build"', 'null', '[]', '{"format":1}']) {
      writeFileSync(indexFile(workspace, 'list'), damage);
      derived = [];
      expect((await list()).entries.map((e) => e.id)).toEqual(IDS);
      expect(derived).toEqual(IDS);
      expect(Object.keys(JSON.parse(readFileSync(indexFile(workspace, 'list'), 'utf8')).entries)).toEqual(IDS);
    }
  });

  it('ignores an index of another build, another format or another day', async () => {
    await list();
    const index = JSON.parse(readFileSync(indexFile(workspace, 'list'), 'utf8'));
    for (const foreign of [{ ...index, build: 'other' }, { ...index, format: 99 }]) {
      writeFileSync(indexFile(workspace, 'list'), JSON.stringify(foreign));
      derived = [];
      await list();
      expect(derived).toEqual(IDS);
    }
    derived = [];
    await list({ module: new URL('./elsewhere.js', import.meta.url).href });
    expect(derived).toEqual(IDS);
    derived = [];
    // Status and deadlines move with the date: a new day derives every request again, once.
    await list({ today: '2026-11-24' });
    await list({ today: '2026-11-24' });
    expect(derived).toEqual(IDS);
  });

  it('ignores entries of the wrong shape', async () => {
    await list();
    const index = JSON.parse(readFileSync(indexFile(workspace, 'list'), 'utf8'));
    index.entries[IDS[0]] = { key: index.entries[IDS[0]].key, value: 'geen object' };
    index.entries[IDS[1]] = { value: index.entries[IDS[1]].value };
    writeFileSync(indexFile(workspace, 'list'), JSON.stringify(index));
    derived = [];
    expect((await list()).entries.map((e) => e.id)).toEqual(IDS);
    expect(derived).toEqual(IDS.slice(0, 2));
  });
});

describe('woo list, agenda and report with the index', () => {
  it('print the same from the index as from the files', async () => {
    expect((await runCli(['log', IDS[0], 'sent', '2026-10-01', '--channel', 'email'], { home })).code).toBe(0);
    IDS.forEach(age);
    const commands = [['list'], ['list', '--json'], ['agenda', '--json'], ['agenda', '--days', '365'], ['report', '--json']];
    const fromFiles = [];
    for (const args of commands) {
      rmSync(join(home, '.cache'), { recursive: true, force: true });
      fromFiles.push(await runCli(args, { home }));
    }
    for (const args of commands) await runCli(args, { home });
    for (const [i, args] of commands.entries()) {
      const fromIndex = await runCli(args, { home });
      expect(fromIndex).toEqual(fromFiles[i]);
    }
    for (const view of ['list', 'agenda', 'report'] as const) expect(Object.keys(JSON.parse(readFileSync(indexFile(workspace, view), 'utf8')).entries)).toEqual(IDS);
  });
});
