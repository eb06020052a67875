// Public API of the deadline engine.
export {
  ATW_ART_1,
  atwAppliesToTermOfWeeks,
  atwExtend,
  atwHolidays,
  atwMinimumWorkingDays,
  atwNonWorkingReason,
  coverageWarning,
  easterSunday,
  type AtwExtension,
  type AtwReading,
  type AtwHoliday,
} from './calendar.js';
export { DECREES, EQUALISED_DAYS, PROBABLE_EQUALISED_DAYS, decreeCovers, type Decree, type EqualisedDay, type EqualisedDaysTable } from './equalised-days.js';
export {
  AWB_RULES,
  REGIME_RULES,
  SUSPENSION_RULES,
  WOO_IN_FORCE,
  resolveRegime,
  type Regime,
  type RegimeRules,
  type SuspensionKind,
  type SuspensionRule,
} from './rules.js';
export { computeDeadlines } from './deadlines.js';
export { competentCourt, courtsFileSchema, findCourt, type CompetentCourt, type Court, type CourtQuestion, type CourtsFile } from './courts.js';
export { objectionDeadline } from './objection-terms.js';
export { assignTargets, decisionId, isStepDate, LATENESS_EVENTS, OBJECTION_EVENTS, stepTaken, type Target } from './stages.js';
export { checkNewEvent, deadlineInputFromEvents, type EventCheck, type FromEventsOptions } from './from-events.js';
export { dateRevisions, deadlineKey } from './date-history.js';
export {
  DEADLINE_KINDS,
  type Adjournment,
  type Alternative,
  type Concerns,
  type Deadline,
  type Forwarding,
  type DeadlineInput,
  type DeadlineKind,
  type DeadlineReport,
  type Judgment,
  type ObjectionStage,
  type PartialDecision,
  type Suspension,
} from './types.js';
