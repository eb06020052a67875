// When the body is late: the first day for a notice of default, and the first day to appeal for
// lateness once a notice was sent (Awb 6:12; woo-law.md § 3.8).
import { addDays, addWeeks, type IsoDate } from '../dates.js';
import type { ExtendFn } from './calendar.js';
import { AWB_RULES } from './rules.js';
import type { Deadline } from './types.js';
import { atwMoveText, fmt, line, weeksInWords } from './wording.js';

/** The day after the decision term; an earlier notice is premature and void. */
export function noticeOfDefaultFrom(decision: Deadline): Deadline {
  return {
    kind: 'notice_of_default_from',
    date: addDays(decision.date, 1),
    basis: AWB_RULES.noticeOfDefault.basis,
    explanation:
      `dag na het einde van de beslistermijn (${fmt(decision.date)}); ` +
      'een ingebrekestelling die eerder wordt verzonden is prematuur en telt niet',
    alternatives: decision.alternatives.map((alternative) => ({
      date: addDays(alternative.date, 1),
      reason: `volgens de kortere lezing van de beslistermijn (tot en met ${fmt(alternative.date)}); een ingebrekestelling op die dag kan prematuur zijn`,
    })),
  };
}

/**
 * Two weeks must have passed after the day of the notice: notice on a Monday → appeal from the Tuesday two
 * weeks later (official circular). Whether the Atw applies to this waiting period is open (woo-law.md § 10,
 * item 3): the date is the later, extended reading, so an appeal is never lodged too early.
 */
export function appealFrom(notice: IsoDate, extend: ExtendFn): Deadline {
  const rule = AWB_RULES.appealForLateness;
  const waitEnd = addWeeks(notice, rule.waitWeeks);
  const extended = extend(waitEnd);
  const date = addDays(extended.date, 1);
  return {
    kind: 'appeal_from',
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
