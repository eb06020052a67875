// The deadline engine's input and output (DESIGN.md, "Deadline JSON").
import type { IsoDate } from '../dates.js';
import type { Channel } from '../schema/event.js';
import type { RegimeChoice } from '../schema/request.js';
import type { Regime, SuspensionKind } from './rules.js';

export interface Suspension {
  kind: SuspensionKind;
  /** The day the body told the requester (or asked); the suspension starts the day after. */
  from: IsoDate;
  /** Last suspended day, inclusive; absent while the suspension is still running. */
  to?: IsoDate;
}

export interface Adjournment {
  /** The day the adjournment was announced. */
  date: IsoDate;
  /** Announced length; absent = not recorded, counted as the legal maximum. */
  weeks?: number;
}

/** A court judgment on an appeal for lateness (art. 8:55d Awb, art. 8.4 Woo). */
export interface Judgment {
  /** The day the judgment was sent (the court's term runs from the day after). */
  date: IsoDate;
  /** The term the court set, in weeks; absent = the two weeks of art. 8:55d lid 1 Awb. */
  weeks?: number;
}

/**
 * The objection procedure against one decision (art. 6:7, 7:10 Awb), and the lateness remedies when the
 * decision on objection does not come in time (art. 6:12 Awb).
 */
export interface ObjectionStage {
  objectionLodged?: IsoDate;
  /** An advisory committee (art. 7:13 Awb) handles the objection: 12 weeks instead of 6. */
  committee?: boolean;
  /** art. 7:10 lid 3 Awb: at most six weeks. */
  objectionAdjournment?: Adjournment;
  /** art. 7:10 lid 4 Awb: further postponement with consent, up to and including this day. */
  objectionPostponedUntil?: IsoDate;
  /**
   * art. 7:10 lid 2 Awb: the body asked on `from` to repair an omission (art. 6:6 Awb, such as the missing
   * grounds of a pro-forma objection); `to` is the day it was repaired or the term for it expired.
   */
  objectionSuspension?: { from: IsoDate; to?: IsoDate };
  /** A notice of default about the decision on objection (art. 6:12 Awb). */
  objectionNoticeOfDefault?: IsoDate;
  /** The appeal for lateness of the decision on objection. */
  objectionAppealLodged?: IsoDate;
  objectionJudgment?: Judgment;
  objectionDecided?: IsoDate;
}

/** A forwarding to another body (art. 4.2 lid 1 Woo): of the points named, or of the whole request. */
export interface Forwarding {
  date: IsoDate;
  points?: number[];
}

/** A partial decision (deelbesluit): a decision of its own (art. 1:3 Awb) with its own objection procedure. */
export interface PartialDecision extends ObjectionStage {
  decided: IsoDate;
  points: number[];
  /** The id of the logged decision (eN). */
  ref?: string;
}

/** Which decision a deadline after a decision belongs to; set only for partial decisions. */
export interface Concerns {
  decided: IsoDate;
  points: number[];
  ref?: string;
}

export interface DeadlineInput extends ObjectionStage {
  regime?: RegimeChoice;
  sent?: { date: IsoDate; channel?: Channel };
  received?: IsoDate;
  adjournment?: Adjournment;
  suspensions?: Suspension[];
  /** The final decision (a partial decision does not stop the clock); the objection fields are about it. */
  decided?: IsoDate;
  noticeOfDefault?: IsoDate;
  /** The appeal for lateness of the first decision (art. 6:12 Awb), and the court's judgment on it. */
  appealLodged?: IsoDate;
  judgment?: Judgment;
  /** Partial decisions, each with its own objection procedure. */
  partialDecisions?: PartialDecision[];
  /** Forwardings to other bodies (art. 4.2 lid 1 Woo). */
  forwarded?: Forwarding[];
  /** A third party was heard (art. 4.4 lid 3 Woo): disclosure follows two weeks after the decision (art. 4.4 lid 5 Woo). */
  thirdPartyHeard?: boolean;
  withdrawn?: IsoDate;
}

export const DEADLINE_KINDS = [
  'decision',
  'notice_of_default_from',
  'appeal_from',
  'objection',
  'objection_decision',
  'objection_notice_of_default_from',
  'objection_appeal_from',
  'court_appeal',
  'court_ruling',
  'court_order',
  'disclosure',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export interface Alternative {
  date: IsoDate;
  /** One Dutch line: which reading gives this date. */
  reason: string;
}

export interface Deadline {
  kind: DeadlineKind;
  date: IsoDate;
  basis: string;
  /** One Dutch line with the arithmetic. */
  explanation: string;
  alternatives: Alternative[];
  /** Set on the deadlines of a partial decision: which decision they follow from. */
  concerns?: Concerns;
}

export interface DeadlineReport {
  regime: Regime;
  received: IsoDate;
  /** True while the receipt date is derived from the sending date. */
  receivedAssumed: boolean;
  /** The suspension of the decision term that counts and runs today; absent when none does (status "opgeschort"). */
  suspension?: Suspension;
  deadlines: Deadline[];
  warnings: string[];
  notes: string[];
}
