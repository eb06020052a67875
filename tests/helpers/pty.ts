// Runs the built binary in a real pseudo-terminal (util-linux `script`), to type into it like a user.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { BIN } from './cli.js';

export const KEYS = { enter: '\r', down: '\x1b[B', up: '\x1b[A', space: ' ', ctrlC: '\x03' } as const;

export function hasScript(): boolean {
  return spawnSync('script', ['--version']).status === 0;
}

const strip = (s: string) => s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');

export class PtySession {
  private output = '';
  private exited: Promise<number>;
  private child: ChildProcessWithoutNullStreams;

  /** `columns`: the terminal's width (stty), to see that woo follows the terminal rather than $COLUMNS. */
  constructor(args: string[], env: Record<string, string>, options: { columns?: number; cwd?: string } = {}) {
    const woo = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const command = options.columns ? `stty cols ${options.columns} rows 24; exec ${woo}` : woo;
    this.child = spawn('script', ['-qfec', command, '/dev/null'], {
      ...(options.cwd ? { cwd: options.cwd } : {}),
      env: { PATH: process.env.PATH ?? '', TERM: 'xterm-256color', COLUMNS: '120', LINES: '40', ...env },
    });
    this.child.stdout.on('data', (d) => (this.output += d.toString()));
    this.child.stderr.on('data', (d) => (this.output += d.toString()));
    this.exited = new Promise((resolve) => this.child.on('close', (code) => resolve(code ?? -1)));
  }

  /** All output so far, exactly as the terminal received it. */
  get raw(): string {
    return this.output;
  }

  /** All output so far, without terminal control codes. */
  get text(): string {
    return strip(this.output);
  }

  async waitFor(pattern: RegExp | string, timeoutMs = 60_000): Promise<void> {
    const start = Date.now();
    const test = () => (typeof pattern === 'string' ? this.text.includes(pattern) : pattern.test(this.text));
    while (!test()) {
      if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${String(pattern)}; screen:\n${this.text.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Types text, then waits a moment so the prompt can render. */
  async send(keys: string): Promise<void> {
    this.child.stdin.write(keys);
    await new Promise((r) => setTimeout(r, 150));
  }

  exit(timeoutMs = 60_000): Promise<number> {
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    return this.exited.finally(() => clearTimeout(timer));
  }
}
