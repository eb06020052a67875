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

export interface DeadlineInput {
  regime?: RegimeChoice;
  sent?: { date: IsoDate; channel?: Channel };
  received?: IsoDate;
  adjournment?: Adjournment;
  suspensions?: Suspension[];
  /** The final decision (a partial decision does not stop the clock). */
  decided?: IsoDate;
  noticeOfDefault?: IsoDate;
  objectionLodged?: IsoDate;
  /** An advisory committee (art. 7:13 Awb) handles the objection: 12 weeks instead of 6. */
  committee?: boolean;
  objectionAdjournment?: Adjournment;
  objectionDecided?: IsoDate;
  withdrawn?: IsoDate;
}

export const DEADLINE_KINDS = [
  'decision',
  'notice_of_default_from',
  'appeal_from',
  'objection',
  'objection_decision',
  'court_appeal',
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
}

export interface DeadlineReport {
  regime: Regime;
  received: IsoDate;
  /** True while the receipt date is derived from the sending date. */
  receivedAssumed: boolean;
  deadlines: Deadline[];
  warnings: string[];
  notes: string[];
}
