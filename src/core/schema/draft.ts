import { z } from 'zod';
import { isoDateSchema } from './common.js';

/** A `woo new` that was stopped before saving: its template and the answers given so far. */
export const draftFileSchema = z.looseObject({
  schemaVersion: z.literal(1),
  template: z.string().min(1),
  answers: z.record(z.string(), z.unknown()),
  saved: isoDateSchema,
});
export type DraftFile = z.infer<typeof draftFileSchema>;
