// After the decision: the requester's objection term, the body's term to decide on it, and the
// requester's term to go to court (Awb 6:7, 6:8, 7:10, 7:1; woo-law.md §§ 3.7, 3.9).
import { addDays, addWeeks, daysBetween, type IsoDate } from '../dates.js';
import { atwAppliesToTermOfWeeks, type ExtendFn } from './calendar.js';
import { AWB_RULES } from './rules.js';
import type { Adjournment, Alternative, Deadline } from './types.js';
import { atwMoveText, daysInWords, fmt, line, weeksInWords } from './wording.js';

/** A requester's own six-week term, counted from the day after `madeKnown` (Awb 6:7, 6:8). */
function requesterTerm(kind: 'objection' | 'court_appeal', rule: { weeks: number; basis: string }, madeKnown: IsoDate, what: string, extend: ExtendFn): Deadline {
  const raw = addWeeks(madeKnown, rule.weeks);
  const extended = extend(raw);
  return {
    kind,
    date: extended.date,
    basis: rule.basis,
    explanation: line([`${what} bekendgemaakt ${fmt(madeKnown)}`, `${weeksInWords(rule.weeks)} vanaf de dag erna: ${fmt(raw)} (${rule.basis})`, atwMoveText(extended)]),
    alternatives: [],
  };
}

/** Six weeks from the day after the decision was made known; the requester's own deadline. */
export function objectionDeadline(decided: IsoDate, extend: ExtendFn): Deadline {
  return requesterTerm('objection', AWB_RULES.objection, decided, 'besluit', extend);
}

export interface ObjectionDecisionInput {
  decided: IsoDate;
  committee: boolean;
  adjournment?: Adjournment;
  /** art. 7:10 lid 2 Awb: asked to repair an omission on `from`, repaired (or term expired) on `to`. */
  suspension?: { from: IsoDate; to?: IsoDate };
  /** art. 7:10 lid 4 Awb: further postponement with consent, up to and including this day. */
  postponedUntil?: IsoDate;
  extend: ExtendFn;
}

export interface ObjectionDecisionTerm {
  deadline: Deadline;
  /** The 7:10 lid 2 suspension still runs: the date is the position so far, not a deadline yet. */
  suspended: boolean;
  warnings: string[];
}

/**
 * Six weeks (twelve with an advisory committee) counted from the day after the objection TERM ended, not
 * from the day the objection was lodged (art. 7:10 lid 1 Awb), plus the days of a 7:10 lid 2 suspension, plus
 * at most six weeks of adjournment (lid 3), and a further postponement with consent (lid 4).
 * The objection term ends on its Atw-extended day, so the count starts after that day; this is the body's
 * deadline, and the later reading is the safe one for a notice of default. The reading that counts
 * straight through from the unextended end is given as an alternative.
 */
export function objectionDecisionDeadline(input: ObjectionDecisionInput): ObjectionDecisionTerm {
  const { decided, committee, adjournment, suspension, extend } = input;
  const rule = AWB_RULES.objectionDecision;
  const warnings: string[] = [];
  const weeks = committee ? rule.committeeWeeks : rule.weeks;

  const objectionTermRaw = addWeeks(decided, AWB_RULES.objection.weeks);
  const objectionTerm = extend(objectionTermRaw);
  const termEnd = addWeeks(objectionTerm.date, weeks);
  const parts: (string | null)[] = [
    `besluit bekendgemaakt ${fmt(decided)}`,
    `bezwaartermijn van ${weeksInWords(AWB_RULES.objection.weeks)} tot en met ${fmt(objectionTermRaw)}`,
    atwMoveText(objectionTerm),
    `${weeksInWords(weeks)}${committee ? ' (met adviescommissie)' : ''} vanaf de dag na het einde van de bezwaartermijn: ${fmt(termEnd)} (${rule.basis})`,
  ];

  const alternatives: Alternative[] = [];
  // art. 7:10 lid 2: suspended from the day after the request to repair the omission up to the day it was
  // repaired: days = repaired − requested, the same count as art. 4:15 Awb in the official circular. A
  // request made before the 7:10 term began (within the objection term) suspends it from its first day;
  // counting every day from the request is the later, safe reading.
  let suspendedDays = 0;
  /** Days of the suspension that fall after the objection term, when fewer: the body's shorter reading. */
  let strictDays: number | undefined;
  let open = false;
  let end = termEnd;
  const basis: string[] = [rule.basis, ...(committee ? [rule.committeeBasis] : [])];
  if (suspension) {
    const lastDay = extend(termEnd).date;
    if (suspension.from > lastDay) {
      warnings.push(
        `Het verzoek om het verzuim te herstellen (${fmt(suspension.from)}) kwam na afloop van de beslistermijn op bezwaar ` +
          `(${fmt(lastDay)}); een verstreken termijn kan niet meer worden opgeschort (${rule.suspension.basis}).`,
      );
    } else if (!suspension.to) {
      open = true;
      basis.push(rule.suspension.basis);
      parts.push(`opgeschort sinds ${fmt(addDays(suspension.from, 1))} (herstel verzuim, ${rule.suspension.basis}), nog niet beëindigd`);
    } else {
      suspendedDays = Math.max(0, daysBetween(suspension.from, suspension.to));
      end = addDays(termEnd, suspendedDays);
      basis.push(rule.suspension.basis);
      parts.push(
        `+ ${daysInWords(suspendedDays)} opschorting (herstel verzuim, ${fmt(addDays(suspension.from, 1))} t/m ${fmt(suspension.to)}; ${rule.suspension.basis}): ${fmt(end)}`,
      );
      if (suspension.from < objectionTerm.date) strictDays = Math.max(0, daysBetween(objectionTerm.date, suspension.to));
    }
  }

  let adjournedWeeks = 0;
  /** An adjournment announced after the term: the term without it is the body's earlier reading. */
  let lateAdjournment: IsoDate | undefined;
  if (adjournment) {
    const extendedTerm = extend(end);
    adjournedWeeks = Math.min(adjournment.weeks ?? rule.adjournment.maxWeeks, rule.adjournment.maxWeeks);
    if ((adjournment.weeks ?? 0) > rule.adjournment.maxWeeks) {
      warnings.push(
        `De beslissing op bezwaar is verdaagd met ${weeksInWords(adjournment.weeks ?? 0)}; zonder instemming staat de wet ` +
          `ten hoogste ${weeksInWords(rule.adjournment.maxWeeks)} toe (${rule.adjournment.basis}, lid 4 voor verder uitstel); ` +
          `gerekend is met ${weeksInWords(rule.adjournment.maxWeeks)}.`,
      );
    }
    if (adjournment.date > extendedTerm.date) {
      warnings.push(
        `De verdaging van de beslissing op bezwaar is meegedeeld op ${fmt(adjournment.date)}, na afloop van de beslistermijn ` +
          `(${fmt(extendedTerm.date)}); of zij dan nog meetelt is niet vastgesteld. Zij is meegeteld, zodat een ingebrekestelling niet te vroeg komt; ` +
          'de termijn zonder verdaging staat als alternatief bij de datum.',
      );
      lateAdjournment = extendedTerm.date;
    }
    end = addWeeks(extendedTerm.date, adjournedWeeks);
    basis.push(rule.adjournment.basis);
    parts.push(
      atwMoveText(extendedTerm),
      `verdaagd met ${weeksInWords(adjournedWeeks)} (mededeling ${fmt(adjournment.date)}; ${rule.adjournment.basis}): ${fmt(end)}`,
    );
  }
  const extended = extend(end);
  parts.push(atwMoveText(extended));

  const straightRaw = addDays(addWeeks(objectionTermRaw, weeks + adjournedWeeks), suspendedDays);
  const straight = extend(straightRaw).date;
  if (straight !== extended.date) {
    alternatives.push({
      date: straight,
      reason: `gerekend vanaf het onverlengde einde van de bezwaartermijn (${fmt(objectionTermRaw)}); het bestuursorgaan kan zich op deze vroegere datum beroepen`,
    });
  }
  if (strictDays !== undefined) {
    const date = extend(addDays(end, strictDays - suspendedDays)).date;
    if (date !== extended.date) {
      alternatives.push({
        date,
        reason:
          `als alleen de ${daysInWords(strictDays)} opschorting ná het einde van de bezwaartermijn (${fmt(objectionTerm.date)}) ` +
          'meetellen; het bestuursorgaan kan zich op deze vroegere datum beroepen',
      });
    }
  }
  // Atw art. 4 sub a: a committee term plus adjournment is 18 weeks in all; if that counts as one term of
  // more than twelve weeks, the Atw does not extend it at all.
  const totalWeeks = weeks + adjournedWeeks;
  if (!atwAppliesToTermOfWeeks(totalWeeks) && straightRaw !== straight && straightRaw !== extended.date) {
    alternatives.push({
      date: straightRaw,
      reason: `als de termijn van in totaal ${weeksInWords(totalWeeks)} als één termijn van meer dan twaalf weken geldt (art. 4 sub a Algemene termijnenwet)`,
    });
  }

  if (lateAdjournment && lateAdjournment !== extended.date && !alternatives.some((a) => a.date === lateAdjournment)) {
    alternatives.push({ date: lateAdjournment, reason: `als de na afloop van de termijn meegedeelde verdaging niet meetelt (${rule.adjournment.basis})` });
  }
  let date = extended.date;
  if (input.postponedUntil) {
    const agreed = extend(input.postponedUntil);
    basis.push(rule.postponement.basis);
    if (input.postponedUntil <= extended.date) {
      warnings.push(
        `Het uitstel van de beslissing op bezwaar tot en met ${fmt(input.postponedUntil)} valt binnen de termijn die al gold ` +
          `(${fmt(extended.date)}) en verlengt die niet (${rule.postponement.basis}).`,
      );
    } else {
      parts.push(`verder uitgesteld met instemming tot en met ${fmt(input.postponedUntil)} (${rule.postponement.basis})`, atwMoveText(agreed));
      if (agreed.date !== input.postponedUntil) {
        alternatives.splice(0, alternatives.length, {
          date: input.postponedUntil,
          reason: 'de afgesproken dag zelf: op een termijn die partijen afspreken is de Algemene termijnenwet mogelijk niet van toepassing',
        });
      } else alternatives.splice(0, alternatives.length);
      date = agreed.date;
    }
  }

  return {
    deadline: { kind: 'objection_decision', date, basis: basis.join('; '), explanation: line(parts), alternatives },
    suspended: open,
    warnings,
  };
}

/** Six weeks from the day after the decision on objection was made known; the requester's own deadline. */
export function courtAppealDeadline(objectionDecided: IsoDate, extend: ExtendFn): Deadline {
  return requesterTerm('court_appeal', AWB_RULES.courtAppeal, objectionDecided, 'beslissing op bezwaar', extend);
}
