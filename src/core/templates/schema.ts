import { z } from 'zod';

/** A question a template asks; its key is also the answers-file field. */
export const questionSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]*$/, { error: 'sleutel: kleine letters, cijfers en _' }),
  label: z.string().min(1),
  type: z.enum(['text', 'date', 'boolean', 'body']).default('text'),
  required: z.boolean().default(false),
  default: z.union([z.string(), z.boolean()]).optional(),
  help: z.string().optional(),
  example: z.string().optional(),
});
export type Question = z.infer<typeof questionSchema>;

export const templatePointSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]*$/, { error: 'sleutel: kleine letters, cijfers en _' }),
  /** Handlebars text (our own file, never user input), filled with the answers as data. */
  text: z.string().min(1),
  /** Only included when this boolean answer is true. */
  when: z.string().optional(),
  /** An optional extra point, off unless chosen. */
  extra: z.boolean().default(false),
});

export const requestTemplateSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'id: kleine letters, cijfers en koppeltekens' }),
  title: z.string().min(1),
  description: z.string().min(1),
  /** Handlebars: the request's title in lists ("Crime Anticipation System (CAS)"). */
  requestTitle: z.string().min(1),
  /** Handlebars: words for the request id after the body ("cas"). */
  idHint: z.string().optional(),
  /** Handlebars: the sentence before the points. */
  intro: z.string().min(1),
  /** Extra values computed from the answers (Handlebars), usable in the points. */
  derived: z.record(z.string(), z.string()).default({}),
  questions: z.array(questionSchema).default([]),
  points: z.array(templatePointSchema).default([]),
  /** Whether the user's own points are required (the `vrij` template has nothing else). */
  ownPointsRequired: z.boolean().default(false),
});
export type RequestTemplate = z.infer<typeof requestTemplateSchema>;
