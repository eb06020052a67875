import { z } from 'zod';

/** The wording of the request letter, loaded from templates/letters/request.yaml. */
export const requestLetterTextSchema = z.strictObject({
  subject: z.string().min(1),
  salutation: z.string().min(1),
  opening: z.string().min(1),
  period: z.strictObject({ both: z.string(), from: z.string(), to: z.string() }),
  noInterest: z.string().min(1),
  clauses: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z][a-z0-9_-]*$/),
        label: z.string().min(1),
        default: z.boolean(),
        text: z.string().min(1),
      }),
    )
    .min(1),
  term: z.string().min(1),
  acknowledge: z.string().min(1),
  closing: z.string().min(1),
});
export type RequestLetterText = z.infer<typeof requestLetterTextSchema>;
