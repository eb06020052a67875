// A real small or read-only disk for the disk-error tests: a tmpfs, which needs root (as on the
// development machine); elsewhere these tests fall back to permissions or are skipped.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Mounts a tmpfs of `kb` kilobytes and returns its folder, or undefined where mounting is not allowed. */
export function smallDisk(kb: number): string | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'woo-disk-'));
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${kb}k`, 'tmpfs', dir]).status !== 0) {
    rmSync(dir, { recursive: true });
    return undefined;
  }
  return dir;
}

export function remount(dir: string, mode: 'ro' | 'rw'): void {
  spawnSync('mount', ['-o', `remount,${mode}`, dir]);
}

export function unmount(dir: string): void {
  spawnSync('umount', [dir]);
  rmSync(dir, { recursive: true, force: true });
}
