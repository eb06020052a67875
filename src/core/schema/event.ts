import { z } from 'zod';
import { EVENT_ID_PATTERN } from '../event-id.js';
import { isoDateSchema } from './common.js';
import { ledgerDocumentSchema } from './document.js';

/** Events of a request's history (DESIGN.md, `woo log`). */
export const EVENT_TYPES = [
  'sent',
  'received',
  'acknowledged',
  'clarification-requested',
  'clarified',
  'third-party-consulted',
  'third-party-done',
  'postponed',
  'adjourned',
  'forwarded',
  'decided',
  'notice-of-default',
  'appeal-lodged',
  'objection-lodged',
  'objection-committee',
  'objection-adjourned',
  'objection-postponed',
  'objection-grounds-requested',
  'objection-grounds-supplied',
  'objection-decided',
  'judgment',
  'withdrawn',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const CHANNELS = ['email', 'webform', 'post', 'hand'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Record<Channel, string> = { email: 'per e-mail', webform: 'via het webformulier', post: 'per post', hand: 'persoonlijk afgegeven' };

export const eventSchema = z.strictObject({
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

/** Dutch labels for the timeline. */
export const EVENT_LABELS: Record<EventType, string> = {
  sent: 'verzonden',
  received: 'ontvangen door het bestuursorgaan',
  acknowledged: 'ontvangstbevestiging',
  'clarification-requested': 'verzoek om precisering',
  clarified: 'verzoek gepreciseerd',
  'third-party-consulted': 'zienswijze derden gevraagd (opschorting)',
  'third-party-done': 'zienswijze derden ontvangen of termijn verstreken',
  postponed: 'uitstel met instemming (opschorting)',
  adjourned: 'verdaging',
  forwarded: 'doorgezonden naar ander bestuursorgaan',
  decided: 'besluit',
  'notice-of-default': 'ingebrekestelling verzonden',
  'appeal-lodged': 'beroep wegens niet tijdig beslissen ingesteld',
  'objection-lodged': 'bezwaar ingediend',
  'objection-committee': 'bezwaar naar adviescommissie (art. 7:13 Awb)',
  'objection-adjourned': 'beslissing op bezwaar verdaagd',
  'objection-postponed': 'verder uitstel beslissing op bezwaar met instemming (art. 7:10 lid 4 Awb)',
  'objection-grounds-requested': 'verzocht verzuim te herstellen, zoals de gronden van het bezwaar (opschorting, art. 7:10 lid 2 Awb)',
  'objection-grounds-supplied': 'verzuim hersteld of termijn daarvoor verstreken',
  'objection-decided': 'beslissing op bezwaar',
  judgment: 'uitspraak van de rechter (beroep niet tijdig beslissen)',
  withdrawn: 'verzoek ingetrokken',
};

/** A decision on the whole request; a partial decision (with points) does not stop the clock. */
export function isFinalDecision(e: WooEvent): boolean {
  return e.type === 'decided' && (e.points === undefined || e.points.length === 0);
}
