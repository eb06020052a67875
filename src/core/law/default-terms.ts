// When the body is late: the first day for a notice of default, and the first day to appeal for
// lateness once a notice was sent (Awb 6:12; woo-law.md § 3.8).
import { addDays, addWeeks, type IsoDate } from '../dates.js';
import type { ExtendFn } from './calendar.js';
import { AWB_RULES } from './rules.js';
import type { Deadline } from './types.js';
import { atwMoveText, fmt, line, weeksInWords } from './wording.js';

/** Which decision is late: the decision on the request, or the decision on an objection (art. 6:12 applies to both). */
export type LateStage = 'request' | 'objection';

const KINDS = {
  request: { notice: 'notice_of_default_from', appeal: 'appeal_from', term: 'de beslistermijn' },
  objection: { notice: 'objection_notice_of_default_from', appeal: 'objection_appeal_from', term: 'de beslistermijn op bezwaar' },
} as const;

/** The day after the decision term; an earlier notice is premature and void. */
export function noticeOfDefaultFrom(decision: Deadline, stage: LateStage = 'request'): Deadline {
  return {
    kind: KINDS[stage].notice,
    date: addDays(decision.date, 1),
    basis: AWB_RULES.noticeOfDefault.basis,
    explanation:
      `dag na het einde van ${KINDS[stage].term} (${fmt(decision.date)}); ` +
      'een ingebrekestelling die eerder wordt verzonden is prematuur en telt niet',
    alternatives: decision.alternatives.map((alternative) => ({
      date: addDays(alternative.date, 1),
      reason: `volgens de kortere lezing van ${KINDS[stage].term} (tot en met ${fmt(alternative.date)}); een ingebrekestelling op die dag kan prematuur zijn`,
    })),
  };
}

/**
 * Two weeks must have passed after the day of the notice: notice on a Monday → appeal from the Tuesday two
 * weeks later (official circular). Whether the Atw applies to this waiting period is open (woo-law.md § 10,
 * item 3): the date is the later, extended reading, so an appeal is never lodged too early.
 */
export function appealFrom(notice: IsoDate, extend: ExtendFn, stage: LateStage = 'request'): Deadline {
  const rule = AWB_RULES.appealForLateness;
  const waitEnd = addWeeks(notice, rule.waitWeeks);
  const extended = extend(waitEnd);
  const date = addDays(extended.date, 1);
  return {
    kind: KINDS[stage].appeal,
    date,
    basis: rule.basis,
    explanation: line([
      `ingebrekestelling verzonden ${fmt(notice)}`,
      `${weeksInWords(rule.waitWeeks)} vanaf de dag erna: ${fmt(waitEnd)}`,
      atwMoveText(extended),
      `beroep wegens niet tijdig beslissen op zijn vroegst ${fmt(date)} (${rule.basis})`,
    ]),
    alternatives:
      extended.date === waitEnd
        ? []
        : [
            {
              date: addDays(waitEnd, 1),
              reason: 'als de Algemene termijnenwet niet geldt voor de wachttijd van art. 6:12 lid 2 sub b Awb (niet vastgesteld)',
            },
          ],
  };
}
