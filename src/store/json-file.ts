// JSON files of the workspace: validated on read, written atomically (temp file + rename), private (0600).
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { CannotError } from '../core/errors.js';
import { issuesText, jsonErrorText } from '../core/problem-text.js';
import { stripBom } from '../core/text.js';
import { writeFileAtomic, type AtomicWriteOptions } from './atomic-file.js';
import { fsCause, isFsError } from './fs-error.js';
import { CURRENT_SCHEMA_VERSION, migrate } from './migrations.js';

export class DamagedFileError extends CannotError {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`Beschadigd bestand ${file}: ${detail}`, 'Herstel het bestand met de hand (of zet een reservekopie terug); de andere verzoeken werken gewoon.');
  }
}

/** Every workspace file carries this version; a newer one must not be read (or rewritten) by this woo. */
export const SUPPORTED_SCHEMA_VERSION = CURRENT_SCHEMA_VERSION;

/** Reads a workspace file; any read error (a folder, a dangling link, no access) is that file being damaged. */
export async function readWorkspaceFile(file: string): Promise<string> {
  try {
    return stripBom(await readFile(file, 'utf8'));
  } catch (e) {
    if (isFsError(e)) throw new DamagedFileError(file, `niet te lezen: ${fsCause(e)}`);
    throw e;
  }
}

export async function readJsonFile<S extends z.ZodType>(file: string, schema: S): Promise<z.infer<S>> {
  const text = await readWorkspaceFile(file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new DamagedFileError(file, jsonErrorText(text, e));
  }
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SUPPORTED_SCHEMA_VERSION) {
    throw new DamagedFileError(file, `gemaakt met een nieuwere versie van woo (schemaversie ${version}; deze versie kent ${SUPPORTED_SCHEMA_VERSION}). Werk woo bij`);
  }
  const parsed = schema.safeParse(migrate(data));
  if (!parsed.success) throw new DamagedFileError(file, issuesText(parsed.error));
  return parsed.data;
}

/** The stored form: indented, one trailing newline (stable and merge-friendly). */
export function jsonText(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

export async function writeJsonFile(file: string, data: unknown, opts: AtomicWriteOptions = {}): Promise<void> {
  await writeFileAtomic(file, jsonText(data), { mode: 0o600, ...opts });
}
