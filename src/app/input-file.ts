// Files the user names on the command line (a decision letter, an inventory, an answers file) are
// read only when they are regular files of a sane size: /dev/zero, a FIFO or a folder would be read
// forever or fail with an engine message, and a huge file would take minutes for nothing.
import { open, stat } from 'node:fs/promises';
import { UsageError } from '../core/errors.js';

export const MB = 1024 * 1024;

function kindOf(s: import('node:fs').Stats): string {
  if (s.isDirectory()) return 'een map';
  if (s.isFIFO()) return 'een named pipe (FIFO)';
  if (s.isSocket()) return 'een socket';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'een apparaat (zoals /dev/zero)';
  return 'geen gewoon bestand';
}

export function megabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(1).replace('.', ',')} MB`;
}

/**
 * The bytes of `file`, at most `maxBytes` of them; `what` names it in the Dutch messages
 * ("Het besluit"), `hint` says what to give instead.
 */
export async function readInputFile(file: string, what: string, maxBytes: number, hint: string): Promise<Buffer> {
  let info;
  try {
    info = await stat(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'EACCES' ? `${what} ${file} is niet leesbaar (geen toegang).` : `${what} ${file} is niet gevonden.`, hint);
  }
  if (!info.isFile()) throw new UsageError(`${what} ${file} is geen gewoon bestand maar ${kindOf(info)}.`, hint);
  if (info.size > maxBytes) throw new UsageError(`${what} ${file} is te groot (${megabytes(info.size)}; woo leest hoogstens ${megabytes(maxBytes)}).`, hint);
  let handle;
  try {
    handle = await open(file, 'r');
  } catch {
    throw new UsageError(`${what} ${file} is niet leesbaar (geen toegang).`, hint);
  }
  try {
    // Read one byte past the limit: a file that grows while it is read is refused too.
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, info.size + 1));
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw new UsageError(`${what} ${file} is te groot (meer dan ${megabytes(maxBytes)}).`, hint);
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}
