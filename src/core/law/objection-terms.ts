// After the decision: the requester's objection term, the body's term to decide on it, and the
// requester's term to go to court (Awb 6:7, 6:8, 7:10, 7:1; woo-law.md §§ 3.7, 3.9).
import { addWeeks, type IsoDate } from '../dates.js';
import { atwAppliesToTermOfWeeks, type ExtendFn } from './calendar.js';
import { AWB_RULES } from './rules.js';
import type { Adjournment, Alternative, Deadline } from './types.js';
import { atwMoveText, fmt, line, weeksInWords } from './wording.js';

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
  extend: ExtendFn;
}

/**
 * Six weeks (twelve with an advisory committee) counted from the day after the objection TERM ended, not
 * from the day the objection was lodged (art. 7:10 lid 1 Awb), plus at most six weeks of adjournment.
 * The objection term ends on its Atw-extended day, so the count starts after that day; this is the body's
 * deadline, and the later reading is the safe one for a notice of default. The reading that counts
 * straight through from the unextended end is given as an alternative.
 */
export function objectionDecisionDeadline(input: ObjectionDecisionInput): { deadline: Deadline; warnings: string[] } {
  const { decided, committee, adjournment, extend } = input;
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

  let adjournedWeeks = 0;
  let end = termEnd;
  if (adjournment) {
    const extendedTerm = extend(termEnd);
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
          `(${fmt(extendedTerm.date)}); of zij dan nog meetelt is niet vastgesteld. Zij is meegeteld, zodat een ingebrekestelling niet te vroeg komt.`,
      );
    }
    end = addWeeks(extendedTerm.date, adjournedWeeks);
    parts.push(
      atwMoveText(extendedTerm),
      `verdaagd met ${weeksInWords(adjournedWeeks)} (mededeling ${fmt(adjournment.date)}; ${rule.adjournment.basis}): ${fmt(end)}`,
    );
  }
  const extended = extend(end);
  parts.push(atwMoveText(extended));

  const alternatives: Alternative[] = [];
  const straightRaw = addWeeks(objectionTermRaw, weeks + adjournedWeeks);
  const straight = extend(straightRaw).date;
  if (straight !== extended.date) {
    alternatives.push({
      date: straight,
      reason: `gerekend vanaf het onverlengde einde van de bezwaartermijn (${fmt(objectionTermRaw)}); het bestuursorgaan kan zich op deze vroegere datum beroepen`,
    });
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

  const basis = [rule.basis, ...(adjournment ? [rule.adjournment.basis] : [])].join('; ');
  return { deadline: { kind: 'objection_decision', date: extended.date, basis, explanation: line(parts), alternatives }, warnings };
}

/** Six weeks from the day after the decision on objection was made known; the requester's own deadline. */
export function courtAppealDeadline(objectionDecided: IsoDate, extend: ExtendFn): Deadline {
  return requesterTerm('court_appeal', AWB_RULES.courtAppeal, objectionDecided, 'beslissing op bezwaar', extend);
}
