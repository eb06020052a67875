// The process's streams and environment, injectable so CLI tests run in-process.
import { terminalSafe } from '../core/text.js';
import { outputErrorText } from './errors.js';
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** stdin and stdout are a terminal: prompts are allowed. */
  interactive: boolean;
  /** The terminal's width in columns, when stdout or stderr is one; else unknown (see screenWidth). */
  columns?: number;
  /** Stdout exactly as given (JSON, letters, CSV, scripts); `stdout` may fold lines to the screen. */
  data?(text: string): void;
  /** Stderr for a progress line (carriage return, erase), present only when stderr is a terminal. */
  progress?(text: string): void;
}

/** Writes data that must reach stdout byte for byte, never folded to the screen's width. */
export function writeData(io: Io, text: string): void {
  (io.data ?? io.stdout)(text);
}

export function processIo(): Io {
  // A reader that stops early (woo list | head) closes the pipe: that is not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
      // stdout to a full disk or /dev/full: said on stderr; an unwritable stderr can only end the process.
      if (stream === process.stdout) process.stderr.write(outputErrorText(e));
      process.exit(1);
    });
  }
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    columns: process.stdout.isTTY ? process.stdout.columns : process.stderr.isTTY ? process.stderr.columns : undefined,
    ...(process.stderr.isTTY ? { progress: (t: string) => void process.stderr.write(t) } : {}),
  };
}

/**
 * The same streams, but nothing printed can steer the terminal: escape sequences and controls in a
 * letter, a body's data or an echoed argument are removed (title changes, screen clears, OSC 8 links,
 * OSC 52 clipboard writes). --json output is unaffected, as JSON escapes C0 controls itself.
 */
export function terminalSafeIo(io: Io): Io {
  const data = io.data;
  return { ...io, stdout: (t) => io.stdout(terminalSafe(t)), stderr: (t) => io.stderr(terminalSafe(t)), ...(data ? { data: (t: string) => data(terminalSafe(t)) } : {}) };
}
