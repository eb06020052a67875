// A batch is all or nothing even when the process dies (issue 17, item 5): the on-disk states a
// kill -9 can leave are built here, and the next run finishes or rolls them back and says so.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { commitFiles, journalFile } from '../../../src/store/commit.js';
import { runCli, tempDir } from '../../helpers/cli.js';

let home: string;
let ids: string[];
const requestsDir = () => join(home, 'requests');
const listed = async () => JSON.parse((await runCli(['list', '--json'], { home })).stdout).map((r: { id: string }) => r.id);
const staged = (id: string) => join(requestsDir(), `.${id}.json.0badc0de.woo-staged`);

/** The lock a killed process leaves behind. */
function deadLock(): void {
  const pid = spawnSync(process.execPath, ['-e', '']).pid!;
  writeFileSync(join(home, '.lock'), JSON.stringify({ pid, host: hostname(), token: 'dood', time: '2026-11-23T10:00:00.000Z' }));
}

beforeEach(async () => {
  home = tempDir();
  await runCli(['profile', '--name', 'Jan Jansen'], { home });
  const batch = JSON.parse((await runCli(['new', 'cas-2021', '--bodies', 'gemeente-utrecht,gemeente-zeist,gemeente-utrechtse-heuvelrug', '--yes', '--json'], { home })).stdout);
  ids = batch.requests.map((r: { id: string }) => r.id);
  expect(ids).toHaveLength(3);
});

describe('a batch killed halfway', () => {
  it('after its commit point: the next run moves the rest into place and says so', async () => {
    // Killed after the journal and the first rename.
    for (const id of ids.slice(1)) renameSync(join(requestsDir(), `${id}.json`), staged(id));
    writeFileSync(journalFile(home), JSON.stringify({ files: ids.map((id) => ({ staged: `requests/${`.${id}.json.0badc0de.woo-staged`}`, target: `requests/${id}.json` })) }));
    deadLock();
    const r = await runCli(['list'], { home });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`Let op: Een eerder afgebroken opslag is afgemaakt: ${ids[1]}, ${ids[2]} staan nu ook in de werkmap`);
    expect((await listed()).sort()).toEqual([...ids].sort());
    expect(existsSync(journalFile(home))).toBe(false);
    expect(readdirSync(requestsDir()).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('before its commit point: none of it is ever listed, and the next write removes it and says so', async () => {
    for (const id of ids) renameSync(join(requestsDir(), `${id}.json`), staged(id));
    deadLock();
    expect(await listed()).toEqual([]);
    const r = await runCli(['new', 'cas-2021', '--yes'], { home });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Een eerder afgebroken opslag is teruggedraaid');
    expect(r.stderr).toContain('niet opgeslagen, en de rest van die reeks ook niet');
    expect(readdirSync(requestsDir()).filter((f) => f.startsWith('.'))).toEqual([]);
    expect(await listed()).toHaveLength(1);
  });

  it('a failure before the commit point leaves nothing', async () => {
    const files = ['a', 'b'].map((n) => ({ file: join(requestsDir(), `${n}.json`), content: '{}\n' }));
    await expect(commitFiles(home, files, async () => Promise.reject(new Error('lock lost')))).rejects.toThrow('lock lost');
    expect(readdirSync(requestsDir()).sort()).toEqual(ids.map((id) => `${id}.json`).sort());
    expect(existsSync(journalFile(home))).toBe(false);
  });

  it('a committed batch writes every file', async () => {
    const files = ['a', 'b'].map((n) => ({ file: join(requestsDir(), `${n}.json`), content: `{"n":"${n}"}\n` }));
    await commitFiles(home, files, async () => {});
    expect(readFileSync(join(requestsDir(), 'b.json'), 'utf8')).toBe('{"n":"b"}\n');
    expect(readdirSync(requestsDir()).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});
