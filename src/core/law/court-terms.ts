// The court phase of an appeal for lateness: when the court should rule (art. 8:55b Awb), and the term it
// sets for the decision after a well-founded appeal (art. 8:55d Awb, art. 8.4 Woo; woo-law.md §§ 1.13, 3.10).
import { addWeeks, type IsoDate } from '../dates.js';
import type { ExtendFn } from './calendar.js';
import { AWB_RULES } from './rules.js';
import type { Deadline, Judgment } from './types.js';
import { atwMoveText, fmt, line, weeksInWords } from './wording.js';

/**
 * Eight weeks after the court received the appeal (and its requirements of art. 6:5 Awb were met), thirteen
 * "zo mogelijk" when it holds a hearing. A term for the court, not for a party: no Atw (woo-law.md § 5.3),
 * and in practice often not met — an expectation, not a guarantee.
 */
export function courtRuling(appealLodged: IsoDate): Deadline {
  const rule = AWB_RULES.courtRuling;
  const date = addWeeks(appealLodged, rule.weeks);
  return {
    kind: 'court_ruling',
    date,
    basis: rule.basis,
    explanation: line([
      `beroep wegens niet tijdig beslissen ingesteld ${fmt(appealLodged)}`,
      `de rechter doet binnen ${weeksInWords(rule.weeks)} uitspraak (${rule.basis} lid 1): ${fmt(date)}`,
      'gerekend vanaf de indiening; telt vanaf de ontvangst door de rechtbank en het voldoen aan art. 6:5 Awb, en wordt in de praktijk vaak niet gehaald',
    ]),
    alternatives: [
      { date: addWeeks(appealLodged, rule.hearingWeeks), reason: `als de rechter een zitting houdt: zo mogelijk binnen ${weeksInWords(rule.hearingWeeks)} (${rule.basis} lid 3)` },
    ],
  };
}

/**
 * After a well-founded appeal the body must decide within two weeks after the day the judgment was sent
 * (art. 8:55d lid 1 Awb; a statutory term, so the Atw applies — believed), or within the term the court set
 * (lid 3, art. 8.4 Woo; a court-set term, no Atw — believed). The court attaches a penalty to it (lid 2).
 */
export function courtOrder(judgment: Judgment, extend: ExtendFn): Deadline {
  const rule = AWB_RULES.courtOrder;
  const set = judgment.weeks !== undefined && judgment.weeks !== rule.weeks;
  const weeks = judgment.weeks ?? rule.weeks;
  const raw = addWeeks(judgment.date, weeks);
  const extended = set ? { date: raw, movedBecause: [] } : extend(raw);
  const basis = set ? rule.setBasis : rule.basis;
  return {
    kind: 'court_order',
    date: extended.date,
    basis: `${basis}; art. 8:55d lid 2 Awb`,
    explanation: line([
      `uitspraak verzonden ${fmt(judgment.date)}`,
      `${weeksInWords(weeks)} vanaf de dag erna${set ? ', de termijn die de rechter heeft bepaald' : ''}: ${fmt(raw)} (${basis})`,
      atwMoveText(extended),
      'blijft een besluit daarna uit, dan loopt de dwangsom die de rechter aan de uitspraak heeft verbonden (art. 8:55d lid 2 Awb)',
    ]),
    alternatives:
      !set && extended.date !== raw
        ? [{ date: raw, reason: 'als de Algemene termijnenwet niet geldt voor de termijn van art. 8:55d lid 1 Awb (niet vastgesteld)' }]
        : [],
  };
}
