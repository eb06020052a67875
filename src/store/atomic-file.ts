// Atomic writes: the bytes go to a temp file next to the target, are flushed to disk, then renamed
// over it, so a crash leaves the old file or the new one, never half of one.
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temp files end in `.<pid>.<random>.woo-tmp`, so a crash's leftovers can be found and their writer checked. */
const TEMP_SUFFIX = /\.(\d+)\.[0-9a-f]+\.woo-tmp$/;

export function tempFileFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.woo-tmp`);
}

/** The pid of the process that wrote a temp file, or undefined when the name is no temp file. */
export function tempFileWriter(name: string): number | undefined {
  const m = TEMP_SUFFIX.exec(name);
  return m ? Number(m[1]) : undefined;
}

export interface AtomicWriteOptions {
  mode?: number;
  /** Runs after the data is on disk and before it replaces the target; throwing aborts the write. */
  beforeCommit?: () => Promise<void>;
}

export async function writeFileAtomic(file: string, data: string | Uint8Array, opts: AtomicWriteOptions = {}): Promise<void> {
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
