import { z } from 'zod';
import { EVENT_ID_PATTERN } from '../event-id.js';

/** One outcome vocabulary everywhere (DESIGN.md): the government's codes plus three of our own. */
export const OUTCOMES = [
  'public',
  'partial_public',
  'not_public',
  'already_public',
  'nothing_found',
  'referred',
  'forwarded',
  'unanswered',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Outcomes a user or importer may record; `unanswered` is derived, never typed by hand. */
export const RECORDABLE_OUTCOMES = OUTCOMES.filter((o) => o !== 'unanswered') as Exclude<Outcome, 'unanswered'>[];

export const OUTCOME_LABELS: Record<Outcome, string> = {
  public: 'openbaar gemaakt',
  partial_public: 'deels openbaar',
  not_public: 'niet openbaar',
  already_public: 'reeds openbaar',
  nothing_found: 'niet aanwezig / niet vastgelegd',
  referred: 'verwezen',
  forwarded: 'doorgezonden',
  unanswered: 'niet beantwoord',
};

export const pointOutcomeSchema = z.looseObject({
  point: z.number().int().positive(),
  /** Id of the `decided` event that said it. */
  decision: z.string().regex(EVENT_ID_PATTERN),
  outcome: z.enum(OUTCOMES).exclude(['unanswered']),
  /** URL or document the body points to (already_public, referred, forwarded). */
  reference: z.string().max(2000).optional(),
  /** Refusal grounds as codes, e.g. "5.1.2e" (Woo) or "wob-10.2e" (Wob). */
  grounds: z.array(z.string()).default([]),
  documents: z.number().int().nonnegative().optional(),
  note: z.string().max(4000).optional(),
  /** The sentence of the decision letter the outcome was read from, when imported. */
  evidence: z.string().max(4000).optional(),
});
export type PointOutcome = z.infer<typeof pointOutcomeSchema>;
