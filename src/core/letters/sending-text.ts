import { z } from 'zod';
import { LETTER_KINDS, type LetterKind } from './model.js';

const text = z.string().min(1);

/** Wording of woo send (covering e-mail), loaded from templates/letters/sending.yaml. */
export const sendingTextSchema = z.strictObject({
  what: z.strictObject(Object.fromEntries(LETTER_KINDS.map((k) => [k, text])) as Record<LetterKind, typeof text>),
  salutation: text,
  covering: text,
  attached: text,
  acknowledge: text,
  closing: text,
  mailtoNote: text,
});
export type SendingText = z.infer<typeof sendingTextSchema>;
