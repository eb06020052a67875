// The directory of public bodies as the commands see it: the shipped data/bodies.json, read and
// validated once per process, with the workspace's own bodies.json (corrections and additions)
// merged in. A broken workspace file must not stop anyone from writing a request, so it is
// reported with its path and the shipped list is used on its own.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { mergeDirectory, parseOverrideFile } from '../core/bodies/directory.js';
import { directoryFileSchema, type Body, type DirectoryFile, type OverrideFile } from '../core/bodies/schema.js';
import { CannotError } from '../core/errors.js';
import { jsonErrorText } from '../core/problem-text.js';
import { stripBom } from '../core/text.js';
import type { AppContext } from './context.js';

export const SHIPPED_DIRECTORY_FILE = fileURLToPath(new URL('../../data/bodies.json', import.meta.url));

export interface Directory {
  bodies: Body[];
  source: DirectoryFile['source'];
  /** When data/bodies.json was built. */
  generated: string;
  /** The workspace's bodies.json, when it was applied, and the ids it corrects or adds. */
  override?: { file: string; ids: ReadonlySet<string> };
}

let shipped: Promise<DirectoryFile> | undefined;

async function readShipped(): Promise<DirectoryFile> {
  try {
    return directoryFileSchema.parse(JSON.parse(await readFile(SHIPPED_DIRECTORY_FILE, 'utf8')));
  } catch (e) {
    throw new CannotError(
      `De meegeleverde lijst van bestuursorganen (${SHIPPED_DIRECTORY_FILE}) is onleesbaar of beschadigd: ${(e as Error).message.split('\n')[0]}`,
      'Installeer woo opnieuw.',
    );
  }
}

async function readOverride(file: string): Promise<OverrideFile | undefined> {
  if (!existsSync(file)) return undefined;
  let json: unknown;
  let text = '';
  try {
    text = stripBom(await readFile(file, 'utf8'));
    json = JSON.parse(text);
  } catch (e) {
    throw new CannotError(`${file}: ${jsonErrorText(text, e)}.`, 'Een geldig bestand ziet eruit als { "bodies": [ … ] }; zie woo bodies --help.');
  }
  return parseOverrideFile(json, 'bodies.json');
}

/** The shipped bodies with the workspace's corrections; problems with the latter go to stderr. */
export async function loadDirectory(ctx: Pick<AppContext, 'workspace' | 'output'>): Promise<Directory> {
  shipped ??= readShipped();
  const base = await shipped;
  const directory: Directory = { bodies: base.bodies, source: base.source, generated: base.generated };
  const file = ctx.workspace.bodiesFile;
  try {
    const override = await readOverride(file);
    if (!override) return directory;
    return { ...directory, bodies: mergeDirectory(base.bodies, override), override: { file, ids: new Set(override.bodies.map((b) => b.id)) } };
  } catch (e) {
    if (!(e instanceof CannotError)) throw e;
    ctx.output.err(
      `Let op: eigen bestuursorganen in ${file} niet gebruikt; woo gebruikt alleen de meegeleverde lijst.\n` +
        `  ${e.message.replace(/\n/g, '\n  ')}${e.hint ? `\n  ${e.hint}` : ''}`,
    );
    return directory;
  }
}
