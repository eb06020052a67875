// Files the user asked for (a letter, a calendar, an e-mail, a dossier ZIP). One function, so every
// --output and --ics follows the same rules: never inside the workspace (a letter written over
// requests/x.json would destroy a request), never over an existing file unless forced or confirmed,
// atomically, and private (0600): letters carry the requester's name and address.
import { lstat, realpath } from 'node:fs/promises';
import { basename, dirname, join, relative, isAbsolute } from 'node:path';
import { CannotError } from '../core/errors.js';
import { writeFileAtomic } from './atomic-file.js';
import { fsErrorText, isFsError } from './fs-error.js';

export interface OutputPolicy {
  /** The workspace root: nothing is written inside it. */
  workspaceRoot: string;
  force: boolean;
  /** At a terminal: asks before an existing file is overwritten. */
  ask?: { confirm(opts: { message: string; default?: boolean }): Promise<boolean> };
}

/** The path with every existing part resolved (symlinks followed), also when the file itself does not exist yet. */
async function resolvedPath(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(await resolvedPath(parent), basename(path));
  }
}

function inside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Refuses a file or folder inside the workspace; call it for a folder before creating it. */
export async function checkOutsideWorkspace(path: string, policy: OutputPolicy): Promise<void> {
  const root = await resolvedPath(policy.workspaceRoot);
  if (inside(await resolvedPath(path), root)) {
    throw new CannotError(`${path} ligt in de werkmap van woo (${policy.workspaceRoot}); daar schrijft woo geen uitvoer, want dat kan een verzoek overschrijven.`, 'Kies met --output (of --ics) een plaats buiten de werkmap. Er is niets geschreven.');
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

/** Checks every target first, so a refusal writes none of them. */
export async function checkOutputFiles(paths: readonly string[], policy: OutputPolicy): Promise<void> {
  for (const path of paths) {
    await checkOutsideWorkspace(path, policy);
    if (policy.force || !(await exists(path))) continue;
    if (policy.ask && (await policy.ask.confirm({ message: `${path} bestaat al. Overschrijven?`, default: false }))) continue;
    throw new CannotError(`${path} bestaat al; er is niets geschreven.`, 'Kies een andere plaats met --output, of overschrijf het met --force.');
  }
}

export async function writeOutputFile(path: string, content: string | Uint8Array, policy: OutputPolicy): Promise<void> {
  await checkOutputFiles([path], policy);
  await writeOutputFileChecked(path, content);
}

/** Writes a file that went through checkOutputFiles. */
export async function writeOutputFileChecked(path: string, content: string | Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(path, content, { mode: 0o600 });
  } catch (e) {
    throw isFsError(e) ? new CannotError(fsErrorText(e, path), 'Er is niets geschreven.') : e;
  }
}
