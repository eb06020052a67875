// The letters as they were sent, read back from the request's kept files (hash checked).
import type { LetterKind } from '../core/letters/model.js';
import type { Dispatch } from '../core/schema/dispatch.js';
import type { WooRequest } from '../core/schema/request.js';
import type { LetterFormat } from '../render/letter.js';
import { readRequestFile } from '../store/request-files.js';
import type { AppContext } from './context.js';

export function lastSent(request: WooRequest, kind: LetterKind): Dispatch | undefined {
  return request.dispatches.findLast((d) => d.letter === kind && d.sent !== undefined);
}

/** The sent letter in this format, if it was kept: bytes for PDF, text for md/txt. */
export async function sentLetter(ctx: AppContext, request: WooRequest, kind: LetterKind, format: LetterFormat): Promise<{ dispatch: Dispatch; content: string | Uint8Array } | undefined> {
  const dispatch = lastSent(request, kind);
  const file = dispatch?.files.find((f) => f.role === format);
  if (!dispatch || !file) return undefined;
  const bytes = await readRequestFile(ctx.workspace, file);
  return { dispatch, content: format === 'pdf' ? bytes : Buffer.from(bytes).toString('utf8') };
}
