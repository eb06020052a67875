import { z } from 'zod';
import { isoDateSchema, requestIdSchema } from './common.js';
import { eventSchema } from './event.js';
import { pointOutcomeSchema } from './outcome.js';
import { profileSchema } from './profile.js';
import { attachmentSchema } from './stored-file.js';
import { dispatchSchema } from './dispatch.js';
import { cleanText } from '../text.js';

export const REQUEST_SCHEMA_VERSION = 1;

export const REGIMES = ['auto', 'woo', 'wob'] as const;
export type RegimeChoice = (typeof REGIMES)[number];

/** The addressee as written into the letter (a snapshot, so old letters stay as sent). */
export const bodyRefSchema = z.looseObject({
  name: z.string().trim().min(1).max(200),
  /** Id in the directory of public bodies, when picked from it. */
  id: z.string().optional(),
  address: z.string().max(200).optional(),
  postcode: z.string().max(20).optional(),
  city: z.string().max(100).optional(),
  email: z.string().max(200).optional(),
  webform: z.string().max(500).optional(),
});
export type BodyRef = z.infer<typeof bodyRefSchema>;

export const pointSchema = z.looseObject({
  number: z.number().int().positive(),
  text: z.string().min(1).max(10_000),
  /** Template point key (absent for the user's own points). */
  key: z.string().optional(),
});
export type Point = z.infer<typeof pointSchema>;

export const requestSchema = z.looseObject({
  schemaVersion: z.literal(REQUEST_SCHEMA_VERSION),
  id: requestIdSchema,
  title: z.string().min(1).max(300),
  template: z.string(),
  created: isoDateSchema,
  body: bodyRefSchema,
  requester: profileSchema,
  /** The client the requester (a lawyer, a journalist for a newsroom) writes for, with an authorisation. */
  client: z.strictObject({ name: z.string().transform(cleanText).pipe(z.string().min(1).max(200)) }).optional(),
  subject: z.string().min(1).max(300),
  /** Sentence that introduces the points ("alle documenten die laten zien:"). */
  intro: z.string().max(2000).optional(),
  period: z.looseObject({ from: isoDateSchema.optional(), to: isoDateSchema.optional() }).optional(),
  points: z.array(pointSchema).min(1),
  /** Ids of the standard clauses switched on. */
  clauses: z.array(z.string()).default([]),
  /** The answers the request was drafted from (data, never compiled as a template). */
  answers: z.record(z.string(), z.unknown()).default({}),
  regime: z.enum(REGIMES).default('auto'),
  /** The body's case number (kenmerk), once known. */
  reference: z.string().max(200).optional(),
  /** The decision on objection will be advised by a committee (Awb 7:13): 12 weeks instead of 6. */
  committee: z.boolean().default(false),
  batch: z.string().optional(),
  /** The colleague who handles the request (woo assign), in a shared workspace. */
  assignee: z.string().max(200).optional(),
  /** The day it was archived (woo archive): it leaves list and agenda unless --all. */
  archived: isoDateSchema.optional(),
  /** Changes made after the request was sent (woo edit, confirmed by the user). */
  edits: z.array(z.looseObject({ date: isoDateSchema, changed: z.array(z.string()).min(1) })).optional(),
  events: z.array(eventSchema).default([]),
  outcomes: z.array(pointOutcomeSchema).default([]),
  /** Evidence of receipt and other files kept with the request (woo attach). */
  attachments: z.array(attachmentSchema).default([]),
  /** Letters made ready by woo send, with the exact bytes; once sent, the proof of what went out. */
  dispatches: z.array(dispatchSchema).default([]),
});
export type WooRequest = z.infer<typeof requestSchema>;
