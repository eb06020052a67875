// Running git for a shared workspace. git is a real dependency of `woo sync` only; every other
// command works without it.
import { spawnSync } from 'node:child_process';
import { CannotError } from '../core/errors.js';

export interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

export class Git {
  constructor(
    readonly cwd: string,
    /** Author used when git has none configured (the profile's name). */
    private readonly fallbackAuthor?: string,
  ) {}

  private author?: string[];

  run(args: string[], opts: { input?: string } = {}): GitResult {
    this.author ??= this.fallbackAuthor && !this.configured('user.name') ? ['-c', `user.name=${this.fallbackAuthor}`, '-c', 'user.email=woo@localhost'] : [];
    const author = this.author;
    const r = spawnSync('git', [...author, ...args], { cwd: this.cwd, encoding: 'utf8', input: opts.input, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
    if (r.error) {
      throw new CannotError('git is niet gevonden.', 'Installeer git (bijvoorbeeld: apt-get install git) om verzoeken met collega\'s te delen.');
    }
    return { ok: r.status === 0, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
  }

  /** Runs git and throws a Dutch error with git's own message when it fails. */
  must(args: string[], what: string): string {
    const r = this.run(args);
    if (!r.ok) throw new CannotError(`${what} is mislukt: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' ')}`);
    return r.stdout;
  }

  private configured(key: string): boolean {
    const r = spawnSync('git', ['config', '--get', key], { cwd: this.cwd, encoding: 'utf8' });
    return r.status === 0 && r.stdout.trim() !== '';
  }

  /** The repository's top folder, or undefined when `cwd` is not inside one. */
  topLevel(): string | undefined {
    const r = this.run(['rev-parse', '--show-toplevel']);
    return r.ok ? r.stdout.trim() : undefined;
  }

  head(): string | undefined {
    const r = this.run(['rev-parse', '--verify', '-q', 'HEAD']);
    return r.ok ? r.stdout.trim() : undefined;
  }

  /** The file at a commit, or undefined when it did not exist there. */
  show(commit: string, path: string): string | undefined {
    const r = this.run(['show', `${commit}:${path}`]);
    return r.ok ? r.stdout : undefined;
  }
}
