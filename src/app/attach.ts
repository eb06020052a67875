// `woo attach ID FILE --as KIND`: keep evidence (an acknowledgement, a delivery receipt, a form
// confirmation) with the request, with its SHA-256. `attachFile` is the reusable part.
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { CannotError, UsageError } from '../core/errors.js';
import { ATTACHMENT_KINDS, type Attachment, type AttachmentKind } from '../core/schema/stored-file.js';
import type { WooRequest } from '../core/schema/request.js';
import { storeRequestFile } from '../store/request-files.js';
import type { AppContext } from './context.js';

/** Larger files are not evidence of receipt; refuse them rather than fill the workspace. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

export interface AttachResult {
  request: WooRequest;
  attachment: Attachment;
  /** The same bytes were already attached as this kind: nothing was added. */
  duplicate: boolean;
}

export function parseAttachmentKind(word: string | undefined): AttachmentKind {
  if (word === undefined) throw new UsageError('Geef met --as op wat het bestand is.', `Kies uit: ${ATTACHMENT_KINDS.join(', ')}.`);
  if ((ATTACHMENT_KINDS as readonly string[]).includes(word)) return word as AttachmentKind;
  throw new UsageError(`Onbekende soort bijlage "${word}".`, `Kies uit: ${ATTACHMENT_KINDS.join(', ')}.`);
}

/** Stores the bytes next to the request and records them (hash, kind, name, date) in the request. */
export async function attachFile(ctx: AppContext, requestId: string, bytes: Uint8Array, kind: AttachmentKind, name: string): Promise<AttachResult> {
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) throw new CannotError(`${name} is te groot (${Math.round(bytes.byteLength / 1024 / 1024)} MB); bijlagen mogen ten hoogste 50 MB zijn.`);
  let attachment: Attachment | undefined;
  let duplicate = false;
  const request = await ctx.workspace.updateRequest(requestId, async (current) => {
    const stored = await storeRequestFile(ctx.workspace, current.id, bytes, name);
    const existing = current.attachments.find((a) => a.sha256 === stored.sha256 && a.kind === kind);
    if (existing) {
      attachment = existing;
      duplicate = true;
      return current;
    }
    attachment = { ...stored, kind, added: ctx.today };
    return { ...current, attachments: [...current.attachments, attachment] };
  });
  return { request, attachment: attachment!, duplicate };
}

export interface AttachOptions {
  id: string;
  file: string;
  as?: string;
  cwd: string;
}

export async function runAttach(options: AttachOptions, ctx: AppContext): Promise<AttachResult> {
  const kind = parseAttachmentKind(options.as);
  const path = resolve(options.cwd, options.file);
  let bytes: Uint8Array;
  try {
    if (!(await stat(path)).isFile()) throw new Error('geen gewoon bestand');
    bytes = await readFile(path);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'het bestand bestaat niet' : (e as Error).message;
    throw new CannotError(`Kan ${path} niet lezen: ${why}.`, 'Geef het pad van het bestand dat u wilt bewaren, bijvoorbeeld ontvangstbevestiging.pdf.');
  }
  return attachFile(ctx, options.id, bytes, kind, basename(path));
}
