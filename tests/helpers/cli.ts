// Runs woo in-process (run(argv, io)) or as the built binary, against a temporary workspace.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function tempDir(prefix = 'woo-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * A screen so wide that no line is folded: tests of content find a message on one line. The layout
 * at 80 columns (the width when unknown) is tested in screen-width.test.ts, which sets COLUMNS itself.
 */
const WIDE = { COLUMNS: '1000' };

export async function runCli(args: string[], opts: { home: string; env?: Record<string, string>; cwd?: string }): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: { WOO_HOME: opts.home, WOO_TODAY: '2026-11-23', ...WIDE, ...opts.env },
    cwd: opts.cwd ?? opts.home,
    interactive: false,
  });
  return { code, stdout, stderr };
}

export const BIN = join(import.meta.dirname, '..', '..', 'bin', 'woo.js');

/** Spawns the built binary with stdin closed (it must never wait for input). */
export function runBin(args: string[], opts: { home: string; env?: Record<string, string>; cwd?: string }): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? opts.home,
      env: { PATH: process.env.PATH, HOME: opts.home, WOO_HOME: opts.home, WOO_TODAY: '2026-11-23', NO_COLOR: '1', ...WIDE, ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`woo ${args.join(' ')} hing (stdin dicht)`));
    }, 120_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

export const CAS_ANSWERS = {
  systeem: 'Crime Anticipation System',
  afkorting: 'CAS',
  bestuursorgaan: 'Nationale Politie',
  periode_van: '2015-01-01',
  periode_tot: '2021-05-10',
};
