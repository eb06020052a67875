// Writing a file the user asked for (an .eml, a PDF, a ZIP): never over an existing file unless
// forced, atomically, private to the user. One function, so every output follows the same rules.
import { existsSync } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import { CannotError } from '../core/errors.js';

export async function writeOutputFile(path: string, content: string | Uint8Array, opts: { force: boolean }): Promise<void> {
  if (!opts.force && existsSync(path)) throw new CannotError(`${path} bestaat al.`, 'Kies een andere plaats met --output, of overschrijf het met --force.');
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  try {
    await writeFileAtomic(path, data, { mode: 0o600 });
  } catch (e) {
    throw new CannotError(`Kan ${path} niet schrijven: ${(e as Error).message}.`);
  }
}
