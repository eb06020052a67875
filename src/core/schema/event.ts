import { z } from 'zod';
import { EVENT_ID_PATTERN } from '../event-id.js';
import { isoDateSchema } from './common.js';
import { EVENT_TYPES } from './event-types.js';
import { ledgerDocumentSchema } from './document.js';

export { BODY_ACTIONS, EVENT_LABELS, EVENT_TYPES, type EventType } from './event-types.js';

export const CHANNELS = ['email', 'webform', 'post', 'hand'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Record<Channel, string> = { email: 'per e-mail', webform: 'via het webformulier', post: 'per post', hand: 'persoonlijk afgegeven' };

export const eventSchema = z.looseObject({
  /** Unique within the request, also across merged copies: e1-k3f9, e2-…; older files have e1, e2, … */
  id: z.string().regex(EVENT_ID_PATTERN),
  type: z.enum(EVENT_TYPES),
  date: isoDateSchema,
  /** adjourned / objection-adjourned: the announced length in weeks; judgment: the term the court set. */
  weeks: z.number().int().positive().max(52).optional(),
  /** postponed / objection-postponed: the last day of the agreed postponement. */
  until: isoDateSchema.optional(),
  /** decided: the points a partial decision covers; absent = the whole request. */
  points: z.array(z.number().int().positive()).optional(),
  /** sent: how the request went out (receipt is assumed from this until `received` is logged). */
  channel: z.enum(CHANNELS).optional(),
  /**
   * Objection-stage events, and a notice of default, appeal or judgment about a decision on objection: the id
   * of the decision (eN) the objection is against.
   */
  decision: z.string().regex(EVENT_ID_PATTERN).optional(),
  /** objection-lodged: an advisory committee (art. 7:13 Awb) will advise on the objection. */
  committee: z.boolean().optional(),
  note: z.string().max(4000).optional(),
  /** decided: the decision's document ledger (its inventory list), one entry per document. */
  documents: z.array(ledgerDocumentSchema).max(20_000).optional(),
  /** Who logged it (the profile's name), so colleagues sharing a workspace see who did what. */
  by: z.string().max(200).optional(),
  /** The day the event was recorded (not the day it happened). */
  recorded: isoDateSchema,
});
export type WooEvent = z.infer<typeof eventSchema>;


/** A decision on the whole request; a partial decision (with points) does not stop the clock. */
export function isFinalDecision(e: WooEvent): boolean {
  return e.type === 'decided' && (e.points === undefined || e.points.length === 0);
}
