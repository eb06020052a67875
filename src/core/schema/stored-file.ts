import { z } from 'zod';
import { ATTACHMENT_KINDS } from './attachment-kinds.js';
import { isoDateSchema } from './common.js';

/** A file kept with a request (requests/<id>.files/<sha256>.<ext>), named by its content. */
export const storedFileSchema = z.looseObject({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Path relative to the requests folder: "<id>.files/<sha256>.<ext>". */
  file: z.string().regex(/^[a-z0-9-]+\.files\/[0-9a-f]{64}\.[a-z0-9]{1,8}$/),
  /** The name the file had (or is given) for people: "ontvangstbevestiging.pdf". */
  name: z.string().min(1).max(255),
  size: z.number().int().nonnegative(),
});
export type StoredFile = z.infer<typeof storedFileSchema>;

export { ATTACHMENT_KINDS, ATTACHMENT_LABELS, type AttachmentKind } from './attachment-kinds.js';

export const attachmentSchema = storedFileSchema.extend({
  kind: z.enum(ATTACHMENT_KINDS),
  /** The day it was attached. */
  added: isoDateSchema,
});
export type Attachment = z.infer<typeof attachmentSchema>;
