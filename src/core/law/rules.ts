// The legal rules behind every deadline, as data with their article (woo-law.md §§ 1.8, 3.5–3.9, 4, 9).
import type { IsoDate } from '../dates.js';
import type { RegimeChoice } from '../schema/request.js';

export type Regime = 'woo' | 'wob';

/** The Woo entered into force on this day; requests received from then on are Woo requests (art. 10.3 Woo). */
export const WOO_IN_FORCE: IsoDate = '2022-05-01';

export interface RegimeRules {
  /** Name of the act in explanations. */
  act: string;
  decision: { weeks: number; basis: string };
  /** The once-only adjournment, announced in writing before the first term ends. */
  adjournment: { maxWeeks: number; basis: string };
  /** The Awb penalty for late decisions (art. 4:17 Awb) is excluded by this article. */
  noLatePenaltyBasis: string;
  /** After a successful appeal for lateness the court sets a term and may attach a penalty. */
  courtOrderBasis: string;
}

export const REGIME_RULES: Record<Regime, RegimeRules> = {
  woo: {
    act: 'Woo',
    decision: { weeks: 4, basis: 'art. 4.4 lid 1 Woo' },
    adjournment: { maxWeeks: 2, basis: 'art. 4.4 lid 2 Woo' },
    noLatePenaltyBasis: 'art. 8.2 Woo',
    courtOrderBasis: 'art. 8:55d Awb, art. 8.4 Woo',
  },
  wob: {
    act: 'Wob',
    decision: { weeks: 4, basis: 'art. 6 lid 1 Wob' },
    adjournment: { maxWeeks: 4, basis: 'art. 6 lid 2 Wob' },
    noLatePenaltyBasis: 'art. 15 Wob',
    courtOrderBasis: 'art. 8:55d Awb, art. 15b Wob (sinds 1 mei 2022 art. 8.4 Woo)',
  },
};

export type SuspensionKind = 'third_party' | 'postponed' | 'clarification' | 'incomplete' | 'other';

export interface SuspensionRule {
  /** Dutch label in explanations. */
  label: string;
  basis: Record<Regime, string>;
  /** 'probable': our reading of the law, not confirmed by any source (woo-law.md § 1.3). */
  certainty: 'verified' | 'probable';
}

// All kinds count the same way: from the day after the notice up to and including the end day, so
// days = end − notice. That is the "tot en met" of Woo 4.4 lid 3 and the arithmetic of the official
// circular for Awb 4:15 ("tot de dag": invitation 4 Oct, supplement 17 Oct = 13 days).
export const SUSPENSION_RULES: Record<SuspensionKind, SuspensionRule> = {
  third_party: {
    label: 'zienswijze derden',
    basis: { woo: 'art. 4.4 lid 3 Woo', wob: 'art. 6 lid 3 Wob' },
    certainty: 'verified',
  },
  postponed: {
    label: 'uitstel met instemming',
    basis: { woo: 'art. 4:15 lid 2 sub a Awb', wob: 'art. 4:15 lid 2 sub a Awb' },
    certainty: 'verified',
  },
  clarification: {
    label: 'precisering',
    basis: { woo: 'art. 4:15 lid 1 sub a Awb jo. art. 4.1 lid 5–6 Woo', wob: 'art. 4:15 lid 1 sub a Awb jo. art. 3 lid 4 Wob' },
    certainty: 'probable',
  },
  incomplete: {
    label: 'aanvulling van het verzoek',
    basis: { woo: 'art. 4:15 lid 1 sub a Awb', wob: 'art. 4:15 lid 1 sub a Awb' },
    certainty: 'verified',
  },
  other: {
    label: 'opschorting',
    basis: { woo: 'art. 4:15 Awb', wob: 'art. 4:15 Awb' },
    certainty: 'verified',
  },
};

/** The Awb terms that follow the decision (the same under Woo and Wob). */
export const AWB_RULES = {
  noticeOfDefault: { basis: 'art. 6:12 lid 2 sub a Awb; ABRvS 9 februari 2011, ECLI:NL:RVS:2011:BP3711' },
  /** A request too general: the body asks for clarification within two weeks after receipt. */
  clarificationRequest: { weeks: 2, basis: 'art. 4.1 lid 5 Woo' },
  appealForLateness: { waitWeeks: 2, basis: 'art. 6:12 lid 2 sub b Awb' },
  objection: { weeks: 6, basis: 'art. 6:7 en 6:8 Awb' },
  objectionDecision: {
    weeks: 6,
    committeeWeeks: 12,
    basis: 'art. 7:10 lid 1 Awb',
    committeeBasis: 'art. 7:13 Awb',
    adjournment: { maxWeeks: 6, basis: 'art. 7:10 lid 3 Awb' },
    suspension: { basis: 'art. 7:10 lid 2 Awb' },
    postponement: { basis: 'art. 7:10 lid 4 Awb' },
  },
  /** The court should rule within eight weeks, "zo mogelijk" thirteen with a hearing (art. 8:55b Awb). */
  courtRuling: { weeks: 8, hearingWeeks: 13, basis: 'art. 8:55b Awb' },
  /** After a well-founded appeal: decide within two weeks after the judgment was sent, or the term the court set. */
  courtOrder: { weeks: 2, basis: 'art. 8:55d lid 1 Awb', setBasis: 'art. 8:55d lid 3 Awb, art. 8.4 Woo' },
  /** Disclosure two weeks after the decision when a third party is expected to object. */
  disclosure: { weeks: 2, basis: { woo: 'art. 4.4 lid 5 Woo', wob: 'art. 6 lid 5 Wob' } },
  courtAppeal: { weeks: 6, basis: 'art. 6:7, 6:8 en 7:1 Awb' },
} as const;

/** The regime follows the day of receipt unless the user chose one. */
export function resolveRegime(choice: RegimeChoice, received: IsoDate): Regime {
  if (choice !== 'auto') return choice;
  return received >= WOO_IN_FORCE ? 'woo' : 'wob';
}
