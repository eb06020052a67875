// Atomic writes: the bytes go to a temp file next to the target, are flushed to disk, then renamed
// over it, so a crash leaves the old file or the new one, never half of one.
import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temp files end in `.<pid>.<random>.woo-tmp`, so a crash's leftovers can be found and their writer checked. */
const TEMP_SUFFIX = /\.(\d+)\.[0-9a-f]+\.woo-tmp$/;

export function tempFileFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.woo-tmp`);
}

/** The process no longer runs on this host (kill(pid, 0) fails with ESRCH). */
export function processGone(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'EPERM';
  }
}

/**
 * Removes the temp files that writes killed halfway left in `dir` and its sub-folders (to `depth`),
 * when their writer is gone; in a git workspace they would otherwise be committed. Returns the number removed.
 */
export async function removeLeftoverTempFiles(dir: string, depth = 2): Promise<number> {
  let removed = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && depth > 0 && entry.name !== '.git') removed += await removeLeftoverTempFiles(path, depth - 1);
    const m = entry.isFile() ? TEMP_SUFFIX.exec(entry.name) : null;
    if (m && processGone(Number(m[1]))) {
      await rm(path, { force: true });
      removed++;
    }
  }
  return removed;
}

export interface AtomicWriteOptions {
  mode?: number;
  /** Runs after the data is on disk and before it replaces the target; throwing aborts the write. */
  beforeCommit?: () => Promise<void>;
}

export async function writeFileAtomic(file: string, data: string | Uint8Array, opts: AtomicWriteOptions = {}): Promise<void> {
  try {
    await writeThroughTemp(file, data, opts);
  } catch (e) {
    // Reported as writing the file asked for, not the hidden temp file (a write() has no path at all).
    if (typeof (e as NodeJS.ErrnoException).code === 'string') Object.assign(e as NodeJS.ErrnoException, { path: file, syscall: 'write' });
    throw e;
  }
}

async function writeThroughTemp(file: string, data: string | Uint8Array, opts: AtomicWriteOptions): Promise<void> {
  const temp = tempFileFor(file);
  const handle = await open(temp, 'wx', opts.mode ?? 0o600);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await opts.beforeCommit?.();
    await rename(temp, file);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}
