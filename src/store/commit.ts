// Several new files committed all or nothing (a batch of requests). Each is first written under a
// hidden staged name; then a journal listing them is written (the commit point); then each is
// renamed into place and the journal removed. A crash before the journal leaves only staged files,
// which the next run removes (rolled back); a crash after it leaves the journal, and the next run
// finishes the renames (rolled forward).
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { writeFileAtomic } from './atomic-file.js';

const STAGED = /^\.(.+)\.[0-9a-f]+\.woo-staged$/;

export function journalFile(root: string): string {
  return join(root, '.commit.json');
}

interface Journal {
  files: { staged: string; target: string }[];
}

async function renameInPlace(root: string, journal: Journal): Promise<void> {
  for (const { staged, target } of journal.files) {
    // A file already moved (by a run that died halfway, or one that finished it) stays where it is.
    if (existsSync(join(root, staged))) await rename(join(root, staged), join(root, target));
  }
  await rm(journalFile(root), { force: true });
}

/**
 * Writes every file, all or nothing. `beforeCommit` runs before the commit point (a lock check);
 * throwing there, or any failure before it, removes what was staged.
 */
export async function commitFiles(root: string, files: readonly { file: string; content: string }[], beforeCommit: () => Promise<void>): Promise<void> {
  const token = randomBytes(4).toString('hex');
  const journal: Journal = { files: files.map(({ file }) => ({ staged: relative(root, join(dirname(file), `.${basename(file)}.${token}.woo-staged`)), target: relative(root, file) })) };
  try {
    for (const [i, { content }] of files.entries()) await writeFileAtomic(join(root, journal.files[i].staged), content);
    await beforeCommit();
    await writeFileAtomic(journalFile(root), `${JSON.stringify(journal, null, 2)}\n`);
  } catch (e) {
    await Promise.all(journal.files.map(({ staged }) => rm(join(root, staged), { force: true })));
    throw e;
  }
  await renameInPlace(root, journal);
}

/** What the previous run left halfway, for the message to the user. */
export interface Recovery {
  /** Files a committed batch had not yet moved into place, now moved. */
  finished: string[];
  /** Staged files of a batch that never reached its commit point, now removed. */
  rolledBack: string[];
}

/** Finishes a committed batch whose run died; with `orphans`, also removes staged files in `dirs` that no journal lists. */
export async function recoverCommit(root: string, dirs: readonly string[], orphans: boolean): Promise<Recovery> {
  const recovery: Recovery = { finished: [], rolledBack: [] };
  if (existsSync(journalFile(root))) {
    const journal = JSON.parse(await readFile(journalFile(root), 'utf8')) as Journal;
    recovery.finished = journal.files.filter(({ staged }) => existsSync(join(root, staged))).map(({ target }) => target);
    await renameInPlace(root, journal);
  }
  if (!orphans) return recovery;
  for (const dir of dirs) {
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      const m = STAGED.exec(name);
      if (!m) continue;
      await rm(join(dir, name), { force: true });
      recovery.rolledBack.push(relative(root, join(dir, m[1])));
    }
  }
  return recovery;
}
