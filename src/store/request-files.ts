// Files kept with a request: requests/<id>.files/<sha256>.<ext>, named by their content, so the
// same bytes are kept once and a changed byte is noticed when they are read back.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CannotError } from '../core/errors.js';
import type { StoredFile } from '../core/schema/stored-file.js';
import { writeFileAtomic } from './atomic-file.js';
import { refuseLinks, type Workspace } from './workspace.js';

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The extension kept for a file name: lower-case letters and digits, else "bin". */
export function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(name);
  return m ? m[1].toLowerCase() : 'bin';
}

/** Stores the bytes (once per content) and returns where; the caller records it in the request. */
export async function storeRequestFile(workspace: Workspace, requestId: string, bytes: Uint8Array | string, name: string): Promise<StoredFile> {
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const hash = sha256(data);
  const dirName = `${requestId}.files`;
  const dir = join(workspace.requestsDir, dirName);
  const file = `${dirName}/${hash}.${extensionOf(name)}`;
  const path = join(workspace.requestsDir, file);
  await refuseLinks(workspace.root, path);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  if (!existsSync(path)) await writeFileAtomic(path, data, { mode: 0o600 });
  return { sha256: hash, file, name, size: data.byteLength };
}

/** Reads a kept file back and checks that it still has the hash it was stored with. */
export async function readRequestFile(workspace: Workspace, stored: StoredFile): Promise<Uint8Array> {
  const path = join(workspace.requestsDir, stored.file);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    throw new CannotError(`Het bewaarde bestand ${path} (${stored.name}) ontbreekt.`, 'Zet het terug uit een reservekopie; zonder dat bestand is het bewijs niet compleet.');
  }
  if (sha256(bytes) !== stored.sha256) {
    throw new CannotError(`Het bewaarde bestand ${path} (${stored.name}) is gewijzigd: de SHA-256 klopt niet meer.`, 'Zet het oorspronkelijke bestand terug uit een reservekopie.');
  }
  return bytes;
}
