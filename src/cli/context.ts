import type { AppContext } from '../app/context.js';
import { today } from '../core/dates.js';
import { writeData, type Io } from './io.js';
import { progressLine } from './progress.js';

/**
 * Builds the use-case context; the store and the prompt adapter (Inquirer.js) load only now.
 * `progress`: show how far long work is on a terminal's stderr (never with --json).
 */
export async function appContext(io: Io, opts: { prompts?: boolean; progress?: boolean } = {}): Promise<AppContext> {
  const ask = opts.prompts && io.interactive ? (await import('./prompts/inquirer-ask.js')).inquirerAsk() : undefined;
  // Loaded here, not at start-up: the store brings zod and the request schemas.
  const [{ Workspace }, { locateWorkspace }] = await Promise.all([import('../store/workspace.js'), import('../store/paths.js')]);
  return {
    workspace: new Workspace(locateWorkspace(io.env, io.cwd), (message) => io.stderr(`Let op: ${message}\n`)),
    today: today(io.env),
    output: { out: (t) => io.stdout(t.endsWith('\n') ? t : `${t}\n`), err: (t) => io.stderr(t.endsWith('\n') ? t : `${t}\n`) },
    ...(ask ? { ask } : {}),
    ...(opts.progress && io.progress ? { progress: progressLine(io.progress) } : {}),
  };
}

/** Prints one JSON document on stdout (the --json contract). */
export function printJson(io: Io, value: unknown): void {
  writeData(io, `${JSON.stringify(value, null, 2)}\n`);
}
