import { z } from 'zod';
import { EVENT_ID_PATTERN } from '../event-id.js';
import { LETTER_KINDS } from '../letters/model.js';
import { isoDateSchema } from './common.js';
import { CHANNELS } from './event.js';
import { storedFileSchema } from './stored-file.js';

/** What a kept file of a dispatch is: the letter as PDF, the e-mail, or the letter's text renderings. */
export const DISPATCH_FILE_ROLES = ['pdf', 'eml', 'txt', 'md'] as const;
export type DispatchFileRole = (typeof DISPATCH_FILE_ROLES)[number];

/**
 * A letter made ready for one channel by `woo send`, with the exact bytes, kept with the request.
 * Once `sent` is set it is the proof of what went out, and `woo letter` returns these bytes.
 */
export const dispatchSchema = z.looseObject({
  letter: z.enum(LETTER_KINDS),
  channel: z.enum(CHANNELS),
  /** Where it goes: the e-mail address, the form URL, or the postal address on one line. */
  to: z.string().min(1).max(500),
  prepared: isoDateSchema,
  /** The day it was sent, once known. */
  sent: isoDateSchema.optional(),
  /** The event logged for the sending (sent, notice-of-default, objection-lodged). */
  event: z.string().regex(EVENT_ID_PATTERN).optional(),
  /** Registered mail: the barcode on the receipt. */
  barcode: z.string().min(1).max(100).optional(),
  /** Web form: the confirmation or case number it showed. */
  confirmation: z.string().min(1).max(200).optional(),
  /** E-mail: the Message-ID of the .eml (to find the message in the mail program). */
  messageId: z.string().max(300).optional(),
  files: z.array(storedFileSchema.extend({ role: z.enum(DISPATCH_FILE_ROLES) })).min(1),
});
export type Dispatch = z.infer<typeof dispatchSchema>;
