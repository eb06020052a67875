// The workspace lock: a file `.lock` holding the holder's pid, host, a random token and the time.
// It is created with link(), which is atomic and never leaves a half-written lock. A lock whose
// holder is dead on this host is taken over at once; one whose holder stopped refreshing it (a
// paused or hung process, or another host) after STALE_MS. Before each write the holder checks
// that the lock is still its own, so a process whose lock was taken over saves nothing.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { link, open, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { CannotError } from '../core/errors.js';
import { processGone, tempFileFor } from './atomic-file.js';

const STALE_MS = 30_000;
const REFRESH_MS = 5_000;
const WAIT_MS = 20_000;
/** A `.lock.break` older than this was left by a process that died while breaking a stale lock. */
const BREAK_STALE_MS = 5_000;

interface LockRecord {
  pid: number;
  host: string;
  token: string;
  time: string;
}

export class LockLostError extends CannotError {
  constructor(root: string) {
    super(`Een ander woo-proces heeft de vergrendeling van de werkmap ${root} overgenomen terwijl deze opdracht stilstond: uw wijziging is niet opgeslagen; voer de opdracht opnieuw uit.`);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readHolder(file: string): Promise<{ record?: LockRecord; mtime: number } | undefined> {
  try {
    const [text, info] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
    let record: LockRecord | undefined;
    try {
      record = JSON.parse(text) as LockRecord;
    } catch {
      record = undefined;
    }
    return { ...(record ? { record } : {}), mtime: info.mtimeMs };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

function stale(holder: { record?: LockRecord; mtime: number }): boolean {
  const r = holder.record;
  if (r && r.host === hostname() && typeof r.pid === 'number' && processGone(r.pid)) return true;
  return Date.now() - holder.mtime > STALE_MS;
}

/** Creates `file` with `content` only if it does not exist; false when it does. */
async function createExclusive(file: string, content: string): Promise<boolean> {
  const temp = tempFileFor(file);
  try {
    await writeFile(temp, content, { mode: 0o600, flag: 'wx' });
    await link(temp, file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    if (typeof (e as NodeJS.ErrnoException).code === 'string') (e as NodeJS.ErrnoException).path = file;
    throw e;
  } finally {
    await rm(temp, { force: true });
  }
}

/** Removes a stale lock, unless someone else got to it first; `.lock.break` keeps two breakers apart. */
async function breakLock(file: string, token: string | undefined): Promise<void> {
  const guard = `${file}.break`;
  try {
    await (await open(guard, 'wx', 0o600)).close();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    const info = await stat(guard).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > BREAK_STALE_MS) await rm(guard, { force: true });
    return;
  }
  try {
    const now = await readHolder(file);
    if (now && now.record?.token === token && stale(now)) await rm(file, { force: true });
  } finally {
    await rm(guard, { force: true });
  }
}

export class HeldLock {
  private timer: NodeJS.Timeout;
  private lost = false;
  private readonly onExit = () => {
    // A process that exits while holding the lock (process.exit, an uncaught error) frees it.
    if (!this.lost) rmSync(this.file, { force: true });
  };

  constructor(
    private readonly root: string,
    private readonly file: string,
    private readonly token: string,
    /** The lock was taken over from a dead or stalled holder: its interrupted writes may have left temp files. */
    readonly tookOver: boolean,
  ) {
    this.timer = setInterval(() => void this.refresh(), REFRESH_MS);
    this.timer.unref();
    process.on('exit', this.onExit);
  }

  private async mine(): Promise<boolean> {
    const holder = await readHolder(this.file);
    return holder?.record?.token === this.token;
  }

  private async refresh(): Promise<void> {
    if (this.lost) return;
    if (await this.mine().catch(() => false)) {
      const now = new Date();
      await utimes(this.file, now, now).catch(() => {});
    } else this.lost = true;
  }

  /** Throws LockLostError when another process took the lock over. */
  async check(): Promise<void> {
    if (this.lost || !(await this.mine())) {
      this.lost = true;
      throw new LockLostError(this.root);
    }
  }

  async release(): Promise<void> {
    clearInterval(this.timer);
    process.off('exit', this.onExit);
    if (!this.lost && (await this.mine())) await rm(this.file, { force: true });
  }
}

export async function acquireLock(root: string): Promise<HeldLock> {
  const file = join(root, '.lock');
  const token = randomBytes(16).toString('hex');
  const record: LockRecord = { pid: process.pid, host: hostname(), token, time: new Date().toISOString() };
  const content = `${JSON.stringify(record)}\n`;
  const deadline = Date.now() + WAIT_MS;
  let tookOver = false;
  for (let attempt = 0; ; attempt++) {
    if (await createExclusive(file, content)) return new HeldLock(root, file, token, tookOver);
    const holder = await readHolder(file);
    if (!holder) continue;
    if (stale(holder)) {
      await breakLock(file, holder.record?.token);
      tookOver = true;
      continue;
    }
    if (Date.now() > deadline) {
      const who = holder.record ? ` (proces ${holder.record.pid} op ${holder.record.host}, sinds ${holder.record.time})` : '';
      throw new CannotError(`De werkmap ${root} is bezet door een ander woo-proces${who}.`, 'Probeer het zo opnieuw; staat dat proces stil, dan neemt woo de werkmap na een halve minuut over.');
    }
    await sleep(Math.min(200, 10 + attempt * 10) * (0.5 + Math.random()));
  }
}
