// The body's decision term: four weeks after receipt, plus suspensions, plus a timely adjournment,
// ending on a working day (Woo 4.4 / Wob 6, Awb 4:15, Atw art. 1; woo-law.md §§ 1.8, 3.6, 6).
import { addDays, addWeeks, compareDates, daysBetween, maxDate, type IsoDate } from '../dates.js';
import { ATW_ART_1, type ExtendFn } from './calendar.js';
import { REGIME_RULES, SUSPENSION_RULES, type Regime } from './rules.js';
import type { Adjournment, Alternative, Deadline, Suspension } from './types.js';
import { atwMoveText, daysInWords, fmt, line, weeksInWords } from './wording.js';

export interface DecisionTermInput {
  regime: Regime;
  received: IsoDate;
  suspensions: Suspension[];
  adjournment?: Adjournment;
  extend: ExtendFn;
}

export interface DecisionTerm {
  deadline: Deadline;
  /** A suspension is still running: the date is the position so far, not a deadline yet. */
  openSuspension?: Suspension;
  /** The suspensions that count (begun while the term ran). */
  counted: Suspension[];
  warnings: string[];
  notes: string[];
}

/** Suspensions are taken in order of start; overlapping ones count each day once. */
class SuspensionCounter {
  private coveredTo: IsoDate | null = null;
  open: Suspension | undefined;
  readonly counted: Suspension[] = [];
  private readonly queue: Suspension[];

  constructor(
    suspensions: Suspension[],
    private readonly regime: Regime,
  ) {
    this.queue = [...suspensions].sort((a, b) => compareDates(a.from, b.from));
  }

  /**
   * Counts every suspension that starts while the term still runs (on or before `lastDay` of the end so far,
   * which grows as days are added). Returns the days added and one explanation part per suspension, ending in the new date.
   * A suspension noticed after the unextended end but within its Atw extension suspends a term that runs until
   * the extended end, so it is counted from there: otherwise the term would end inside the suspension itself.
   */
  absorb(end: IsoDate, lastDay: (end: IsoDate) => IsoDate): { days: number; parts: string[] } {
    let days = 0;
    const parts: string[] = [];
    while (!this.open && this.queue.length > 0 && this.queue[0].from <= lastDay(addDays(end, days))) {
      const suspension = this.queue.shift() as Suspension;
      const running = addDays(end, days);
      if (suspension.from > running) {
        const extended = lastDay(running);
        days += daysBetween(running, extended);
        parts.push(`opschorting meegedeeld ${fmt(suspension.from)}, binnen de termijn zoals verlengd tot en met ${fmt(extended)}; geteld vanaf die dag, ${ATW_ART_1}`);
      }
      const added = this.count(suspension);
      days += added.days;
      parts.push(added.text + (suspension.to ? `: ${fmt(addDays(end, days))}` : ''));
    }
    return { days, parts };
  }

  /** What is left once the term has ended: suspensions that began too late (none while one is open). */
  notCounted(): Suspension[] {
    return this.open ? [] : this.queue.splice(0);
  }

  private count(suspension: Suspension): { days: number; text: string } {
    const rule = SUSPENSION_RULES[suspension.kind];
    const basis = rule.basis[this.regime];
    this.counted.push(suspension);
    const firstDay = addDays(suspension.from, 1);
    if (!suspension.to) {
      this.open = suspension;
      return { days: 0, text: `opgeschort sinds ${fmt(firstDay)} (${rule.label}; ${basis}), nog niet beëindigd` };
    }
    const start = this.coveredTo && this.coveredTo > suspension.from ? this.coveredTo : suspension.from;
    const days = Math.max(0, daysBetween(start, suspension.to));
    const overlap = start !== suspension.from ? ', voor zover niet al opgeschort' : '';
    this.coveredTo = this.coveredTo ? maxDate(this.coveredTo, suspension.to) : suspension.to;
    const range = suspension.to >= firstDay ? `${fmt(firstDay)} t/m ${fmt(suspension.to)}` : 'geen opgeschorte dag';
    return { days, text: `+ ${daysInWords(days)} opschorting (${rule.label}, ${range}${overlap}; ${basis})` };
  }
}

export function computeDecisionTerm(input: DecisionTermInput): DecisionTerm {
  const { regime, received, extend } = input;
  const rules = REGIME_RULES[regime];
  const warnings: string[] = [];
  const notes: string[] = [];
  const counter = new SuspensionCounter(input.suspensions, regime);
  const lastDay = (end: IsoDate) => extend(end).date;

  const rawEnd = addWeeks(received, rules.decision.weeks);
  const parts: (string | null)[] = [
    `ontvangen ${fmt(received)}`,
    `${weeksInWords(rules.decision.weeks)} vanaf de dag erna: ${fmt(rawEnd)} (${rules.decision.basis})`,
  ];

  // The first term: suspensions that begin before it has ended stretch it.
  const first = counter.absorb(rawEnd, lastDay);
  parts.push(...first.parts);
  const firstEndRaw = addDays(rawEnd, first.days);
  const firstEnd = extend(firstEndRaw);

  // Reading A adds the adjournment to the unextended first term, reading B to the Atw-extended one; they
  // differ only when the first term ends on a holiday (woo-law.md § 6.3).
  let endA = firstEndRaw;
  let endB = firstEnd.date;
  const adjournment = input.adjournment;
  const timely = adjournment && (counter.open !== undefined || adjournment.date <= firstEnd.date);
  if (adjournment && !timely) {
    parts.push(atwMoveText(firstEnd), `verdaging van ${fmt(adjournment.date)} telt niet mee: meegedeeld na afloop van de eerste termijn`);
    warnings.push(
      `De verdaging is meegedeeld op ${fmt(adjournment.date)}, na afloop van de eerste termijn (${fmt(firstEnd.date)}); ` +
        `zij moet vóór de afloop van de eerste termijn worden meegedeeld (${rules.adjournment.basis}) en telt daarom niet mee.`,
    );
  } else if (adjournment) {
    const weeks = countedAdjournmentWeeks(adjournment, rules.adjournment, warnings, notes);
    if (adjournment.date > firstEndRaw && !counter.open) {
      notes.push(
        `De verdaging is meegedeeld op ${fmt(adjournment.date)}: na ${fmt(firstEndRaw)}, maar binnen de eerste termijn ` +
          `zoals verlengd door de Algemene termijnenwet (tot en met ${fmt(firstEnd.date)}); zij telt daarom als tijdig.`,
      );
    }
    endA = addWeeks(firstEndRaw, weeks);
    endB = addWeeks(firstEnd.date, weeks);
    parts.push(
      atwMoveText(firstEnd),
      `verdaagd met ${weeksInWords(weeks)} (mededeling ${fmt(adjournment.date)}; ${rules.adjournment.basis}): ${fmt(endB)}`,
    );
    // Suspensions that begin during the adjournment stretch both readings alike.
    const second = counter.absorb(endB, lastDay);
    parts.push(...second.parts);
    endA = addDays(endA, second.days);
    endB = addDays(endB, second.days);
  }

  const extendedA = extend(endA);
  const extendedB = extend(endB);
  if (adjournment && timely) parts.push(atwMoveText(extendedB));
  else if (!adjournment) parts.push(atwMoveText(firstEnd));

  const alternatives: Alternative[] = [];
  if (extendedA.date !== extendedB.date) {
    alternatives.push({
      date: extendedA.date,
      reason:
        `verdaging opgeteld bij het onverlengde einde van de eerste termijn (${fmt(firstEndRaw)}); ` +
        'het bestuursorgaan kan zich op deze vroegere datum beroepen (wet en rechtspraak beslissen dit niet)',
    });
  }

  if (counter.counted.some((s) => SUSPENSION_RULES[s.kind].certainty === 'probable')) {
    const without = computeDecisionTerm({ ...input, suspensions: input.suspensions.filter((s) => s.kind !== 'clarification') });
    warnings.push(
      'Dat een verzoek om precisering de beslistermijn opschort, is waarschijnlijk (art. 4:15 lid 1 sub a Awb) maar niet ' +
        `met zekerheid vastgesteld; zonder die opschorting eindigt de termijn op ${fmt(without.deadline.date)}.`,
    );
    if (without.deadline.date !== extendedB.date) {
      alternatives.push({ date: without.deadline.date, reason: 'zonder opschorting wegens precisering, als art. 4:15 Awb daarop niet van toepassing is' });
    }
  }

  if (counter.open) {
    const rule = SUSPENSION_RULES[counter.open.kind];
    warnings.push(
      `De beslistermijn is opgeschort sinds ${fmt(addDays(counter.open.from, 1))} (${rule.label}) en die opschorting loopt nog: ` +
        `de einddatum staat nog niet vast. Zonder de lopende opschorting is de stand ${fmt(extendedB.date)}; ` +
        'elke dag opschorting schuift de termijn een dag op. Een ingebrekestelling is zolang niet mogelijk.',
    );
  }
  for (const late of counter.notCounted()) {
    const rule = SUSPENSION_RULES[late.kind];
    warnings.push(
      `De opschorting (${rule.label}) vanaf ${fmt(late.from)} begon na afloop van de beslistermijn en telt niet mee: ` +
        'een verstreken termijn kan niet meer worden opgeschort.' +
        (late.kind === 'postponed' ? ' Hebt u met uitstel ingestemd, wacht dat uitstel dan af voordat u het bestuursorgaan in gebreke stelt.' : ''),
    );
  }

  return {
    deadline: {
      kind: 'decision',
      date: extendedB.date,
      basis: [
        rules.decision.basis,
        ...new Set(counter.counted.map((s) => SUSPENSION_RULES[s.kind].basis[regime])),
        ...(adjournment && timely ? [rules.adjournment.basis] : []),
        ...(parts.some((part) => part?.endsWith(ATW_ART_1)) ? [ATW_ART_1] : []),
      ].join('; '),
      explanation: line(parts),
      alternatives,
    },
    openSuspension: counter.open,
    counted: counter.counted,
    warnings,
    notes,
  };
}

/** The adjournment counts for what was announced, at most the legal maximum. */
function countedAdjournmentWeeks(
  adjournment: Adjournment,
  rule: { maxWeeks: number; basis: string },
  warnings: string[],
  notes: string[],
): number {
  if (adjournment.weeks === undefined) {
    notes.push(`Bij de verdaging is geen duur vastgelegd; gerekend is met het wettelijk maximum van ${weeksInWords(rule.maxWeeks)}.`);
    return rule.maxWeeks;
  }
  if (adjournment.weeks > rule.maxWeeks) {
    warnings.push(
      `De verdaging is aangekondigd voor ${weeksInWords(adjournment.weeks)}, maar de wet staat ten hoogste ` +
        `${weeksInWords(rule.maxWeeks)} toe (${rule.basis}); gerekend is met ${weeksInWords(rule.maxWeeks)}.`,
    );
    return rule.maxWeeks;
  }
  return adjournment.weeks;
}
