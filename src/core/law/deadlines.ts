// computeDeadlines: from what happened to a request to the deadlines that follow, each with its
// article and a one-line Dutch explanation (DESIGN.md, "Deadline JSON"). Pure: no I/O, no clock.
import { addWeeks, daysBetween, hasPlausibleYear, IMPLAUSIBLE_YEAR_HINT, implausibleYearText, isIsoDate, type IsoDate } from '../dates.js';
import { UsageError } from '../errors.js';
import { atwExtend, coverageWarning, type AtwReading, type ExtendFn } from './calendar.js';
import { computeDecisionTerm } from './decision-term.js';
import { courtOrder, courtRuling } from './court-terms.js';
import { appealFrom, noticeOfDefaultFrom, type LateStage } from './default-terms.js';
import { courtAppealDeadline, objectionDeadline, objectionDecisionDeadline } from './objection-terms.js';
import { forwardingNotes, wholeForwarding } from './forwarding.js';
import { establishReceipt } from './receipt.js';
import { AWB_RULES, REGIME_RULES, WOO_IN_FORCE, resolveRegime, type Regime } from './rules.js';
import type { Concerns, Deadline, DeadlineInput, DeadlineKind, DeadlineReport, Judgment, ObjectionStage, Suspension } from './types.js';
import { atwMoveText, daysInWords, fmt, line, weeksInWords } from './wording.js';

/** The requester's own deadlines: the earlier reading is the safe one (nothing is lodged late). */
const REQUESTER_KINDS = new Set<DeadlineKind>(['objection', 'court_appeal']);

/**
 * Where a year has no known decree on equalised days (2020–2022), the deadlines are counted on both readings:
 * the body's on the one that counts the probable days (later), the requester's own on the one that does not
 * (earlier), each with the other as an alternative (woo-law.md § 6.3 and § 5.2).
 */
export function computeDeadlines(input: DeadlineInput, today: IsoDate): DeadlineReport {
  const report = computeOnBothReadings(input, today);
  // A request sent by post is assumed received on the cautious (later) day; the first possible delivery day
  // gives the body's earlier decision term, shown as the other reading.
  const earliest = establishReceipt(input).earliest;
  if (!earliest) return report;
  const early = computeOnBothReadings({ ...input, received: earliest }, today);
  const reason = `als het verzoek al op ${fmt(earliest)} is ontvangen, de eerste bezorgdag na verzending`;
  for (const kind of ['decision', 'notice_of_default_from'] as const) {
    const mine = report.deadlines.find((d) => d.kind === kind && !d.concerns);
    const other = early.deadlines.find((d) => d.kind === kind && !d.concerns);
    if (mine && other && other.date < mine.date && !mine.alternatives.some((a) => a.date === other.date)) {
      mine.alternatives.push({ date: other.date, reason: kind === 'decision' ? `${reason}; het bestuursorgaan kan zich op deze vroegere datum beroepen` : `${reason}; een ingebrekestelling op die dag kan prematuur zijn` });
    }
  }
  return report;
}

const GAP_REASON = {
  requester: 'als de dagen die elk bekend besluit gelijkstelde ook in dit jaar zijn gelijkgesteld (geen besluit gevonden; art. 3 lid 3 Algemene termijnenwet)',
  body: 'als de dagen die elk bekend besluit gelijkstelde in dit jaar niet zijn gelijkgesteld (geen besluit gevonden; art. 3 lid 3 Algemene termijnenwet)',
};

function computeOnBothReadings(input: DeadlineInput, today: IsoDate): DeadlineReport {
  const first = computeOn(input, today, 'probable');
  if (!first.readingsDiffer) return first.report;
  const early = computeOn(input, today, 'confirmed').report;
  // Again, now knowing the earlier terms, so that a notice of default between the two readings is called
  // possibly premature rather than void.
  const late = computeOn(input, today, 'probable', early);
  const deadlines = late.report.deadlines.map((d, i) => {
    const other = early.deadlines[i];
    if (!other || other.kind !== d.kind || other.concerns?.ref !== d.concerns?.ref || other.date === d.date) return d;
    const [chosen, alternative] = REQUESTER_KINDS.has(d.kind) ? [other, d] : [d, other];
    const reason = REQUESTER_KINDS.has(d.kind) ? GAP_REASON.requester : bodyGapReason(d.kind);
    return { ...chosen, alternatives: [...chosen.alternatives.filter((a) => a.date !== alternative.date), { date: alternative.date, reason }] };
  });
  // The objection lodged after the (earlier, safe) objection term is warned about on that reading.
  const lateObjection = early.warnings.filter((w) => w.includes('na afloop van de bezwaartermijn') && !late.report.warnings.includes(w));
  return { ...late.report, deadlines, warnings: [...late.report.warnings, ...lateObjection] };
}

function bodyGapReason(kind: DeadlineKind): string {
  return GAP_REASON.body + (kind === 'decision' || kind === 'objection_decision' ? '; het bestuursorgaan kan zich op deze vroegere datum beroepen' : '');
}

/** The body's term on the other calendar reading, as an alternative of the term itself (so that what follows from it sees it). */
function withEarlierReading(deadline: Deadline, earlier: DeadlineReport | undefined, ref: string | undefined): void {
  const other = earlier?.deadlines.find((d) => d.kind === deadline.kind && d.concerns?.ref === ref);
  if (other && other.date < deadline.date && !deadline.alternatives.some((a) => a.date === other.date)) {
    deadline.alternatives.push({ date: other.date, reason: bodyGapReason(deadline.kind) });
  }
}

function computeOn(input: DeadlineInput, today: IsoDate, reading: AtwReading, earlier?: DeadlineReport): { report: DeadlineReport; readingsDiffer: boolean } {
  validate(input);
  const warnings: string[] = [];
  const notes: string[] = [];
  // Every day the Atw is consulted on must lie in a year the decree table covers, or we say so.
  const coverage = new Set<string>();
  let readingsDiffer = false;
  const extend: ExtendFn = (date) => {
    const extension = atwExtend(date, reading);
    if (!readingsDiffer && atwExtend(date, reading === 'probable' ? 'confirmed' : 'probable').date !== extension.date) readingsDiffer = true;
    for (const day of [date, extension.date]) {
      const warning = coverageWarning(day);
      if (warning) coverage.add(warning);
    }
    return extension;
  };

  const receipt = establishReceipt(input);
  if (receipt.warning) warnings.push(receipt.warning);
  const received = receipt.received;
  const regime = resolveRegime(input.regime ?? 'auto', received);
  warnings.push(...regimeWarnings(regime, received), ...historyWarnings(input, received, today));
  notes.push(latePenaltyNote(regime));

  let suspension: Suspension | undefined;
  const report = (deadlines: Deadline[]): DeadlineReport => ({
    regime,
    received,
    receivedAssumed: receipt.assumed,
    ...(suspension ? { suspension } : {}),
    deadlines,
    warnings: [...new Set([...warnings, ...coverage])],
    notes: [...new Set(notes)],
  });

  if (input.withdrawn) {
    notes.unshift(`Het verzoek is ingetrokken op ${fmt(input.withdrawn)}; er lopen geen termijnen meer.`);
    return { report: report([]), readingsDiffer };
  }

  const deadlines: Deadline[] = [];
  const term = computeDecisionTerm({
    regime,
    received,
    suspensions: input.suspensions ?? [],
    adjournment: input.adjournment,
    extend,
  });
  warnings.push(...term.warnings, ...transition(input, regime, received, term.deadline, today, extend), ...lateClarification(input, regime, received, extend));
  notes.push(...term.notes);
  const decision = term.deadline;
  withEarlierReading(decision, earlier, undefined);
  deadlines.push(decision);
  if (!input.decided) suspension = term.counted.find((s) => s.from <= today && (s.to === undefined || s.to >= today));

  notes.push(...forwardingNotes(input, extend));
  const forwarded = wholeForwarding(input);
  if (!input.decided && forwarded) {
    // The whole request went to another body: the first body's term no longer binds it, so nothing is late here.
    deadlines.pop();
    if (forwarded.date > decision.date) {
      warnings.push(
        `De doorzending van ${fmt(forwarded.date)} kwam na afloop van de beslistermijn (${fmt(decision.date)}); een verzoek moet onverwijld ` +
          'worden doorgezonden (art. 4.2 lid 1 Woo). Was het bestuursorgaan toen al in gebreke, dan kunt u het daarop nog aanspreken.',
      );
    }
    if (input.noticeOfDefault && input.noticeOfDefault > forwarded.date) {
      warnings.push(`De ingebrekestelling van ${fmt(input.noticeOfDefault)} volgde op de doorzending van ${fmt(forwarded.date)}; richt haar aan het bestuursorgaan dat het verzoek ontving.`);
    }
  } else if (!input.decided && hasObjectionStage(input)) {
    // `woo deadline` with only later-stage dates: a decision was taken, its date is just not given.
    notes.push('Er is bezwaar of een beslissing op bezwaar opgegeven, dus er is een besluit genomen; geef ook de datum daarvan op voor de bezwaartermijn.');
  } else if (!input.decided) {
    const late = lateDecisionDeadlines('request', input.noticeOfDefault, decision, term.openSuspension !== undefined, today, extend);
    warnings.push(...late.warnings);
    notes.push(...late.notes);
    deadlines.push(...late.deadlines, ...courtPhase(input.appealLodged, input.judgment, late.deadlines, extend, warnings));
  } else {
    if (!term.openSuspension && input.decided > decision.date) {
      notes.push(`Het besluit van ${fmt(input.decided)} kwam ${daysInWords(daysBetween(decision.date, input.decided))} na het einde van de beslistermijn (${fmt(decision.date)}).`);
    }
    if (input.noticeOfDefault && input.noticeOfDefault <= input.decided) {
      notes.push(`De ingebrekestelling van ${fmt(input.noticeOfDefault)} ging aan het besluit van ${fmt(input.decided)} vooraf; na het besluit loopt de bezwaartermijn.`);
    } else if (input.noticeOfDefault) {
      warnings.push(
        `De ingebrekestelling van ${fmt(input.noticeOfDefault)} volgde op het besluit van ${fmt(input.decided)}: over een genomen besluit kan het ` +
          'bestuursorgaan niet in gebreke zijn. Tegen het besluit staat bezwaar open; een ingebrekestelling over de beslissing op bezwaar kan pas na het bezwaar.',
      );
    }
    if (input.appealLodged) {
      notes.push(`Het beroep wegens niet tijdig beslissen van ${fmt(input.appealLodged)} gaat na het besluit van ${fmt(input.decided)} over dat besluit, als u het handhaaft (art. 6:20 Awb).`);
    }
  }

  for (const partial of input.partialDecisions ?? []) {
    const concerns: Concerns = { decided: partial.decided, points: partial.points, ...(partial.ref ? { ref: partial.ref } : {}) };
    const stage = objectionStage(partial, partial.decided, regime, input.thirdPartyHeard ?? false, today, extend, (d) => withEarlierReading(d, earlier, partial.ref));
    warnings.push(...stage.warnings);
    notes.push(...stage.notes);
    deadlines.push(...stage.deadlines.map((d) => ({ ...d, concerns })));
  }
  if (input.decided || hasObjectionStage(input)) {
    const stage = objectionStage(input, input.decided, regime, input.thirdPartyHeard ?? false, today, extend, (d) => withEarlierReading(d, earlier, undefined));
    warnings.push(...stage.warnings);
    notes.push(...stage.notes);
    deadlines.push(...stage.deadlines);
  }
  return { report: report(deadlines), readingsDiffer };
}

interface Part {
  deadlines: Deadline[];
  warnings: string[];
  notes: string[];
}

/** Any date of the objection procedure given (for `woo deadline`, possibly without the decision). */
function hasObjectionStage(stage: ObjectionStage): boolean {
  return Object.values(OBJECTION_FIELDS).some((field) => stage[field] !== undefined && stage[field] !== false);
}

/** Fields of the objection procedure, with the Dutch name used in an error about what is missing. */
const OBJECTION_FIELDS = {
  'het bezwaar': 'objectionLodged',
  'de adviescommissie': 'committee',
  'de verdaging van de beslissing op bezwaar': 'objectionAdjournment',
  'het verdere uitstel van de beslissing op bezwaar': 'objectionPostponedUntil',
  'de opschorting voor herstel van een verzuim': 'objectionSuspension',
  'de ingebrekestelling over de beslissing op bezwaar': 'objectionNoticeOfDefault',
  'het beroep wegens niet tijdig beslissen op bezwaar': 'objectionAppealLodged',
  'de uitspraak over de beslissing op bezwaar': 'objectionJudgment',
  'de beslissing op bezwaar': 'objectionDecided',
} as const satisfies Record<string, keyof ObjectionStage>;

/**
 * One decision and what follows it: the objection term (art. 6:7, 6:8 Awb), the term for the decision on
 * objection (art. 7:10 Awb) and, when that passes, notice of default and appeal (art. 6:12 Awb), and the
 * court appeal after the decision on objection (art. 7:1 Awb). A decision on objection determines the court
 * appeal term on its own; every other term needs the date of the decision.
 */
function objectionStage(
  stage: ObjectionStage,
  decided: IsoDate | undefined,
  regime: Regime,
  thirdPartyHeard: boolean,
  today: IsoDate,
  extend: ExtendFn,
  addEarlierReading: (deadline: Deadline) => void,
): Part {
  const out: Part = { deadlines: [], warnings: [], notes: [] };
  if (stage.objectionDecided) {
    if (decided && stage.objectionLodged) {
      const term = objectionDecisionTerm(stage, decided, extend);
      if (!term.suspended && stage.objectionDecided > term.deadline.date) {
        out.notes.push(`De beslissing op bezwaar van ${fmt(stage.objectionDecided)} kwam ${daysInWords(daysBetween(term.deadline.date, stage.objectionDecided))} na het einde van de termijn daarvoor (${fmt(term.deadline.date)}).`);
      }
    }
    out.deadlines.push(courtAppealDeadline(stage.objectionDecided, extend));
    return out;
  }
  if (!decided) {
    const given = Object.entries(OBJECTION_FIELDS).filter(([, field]) => stage[field] !== undefined && stage[field] !== false).map(([label]) => label);
    throw new UsageError(`Voor de termijnen na ${given.join(', ')} is de datum van het besluit nodig: de termijn op bezwaar telt vanaf het einde van de bezwaartermijn (art. 7:10 lid 1 Awb).`);
  }
  if (thirdPartyHeard) out.deadlines.push(disclosureDate(decided, regime, extend));
  const objection = objectionDeadline(decided, extend);
  if (!stage.objectionLodged) {
    const orphan = Object.entries(OBJECTION_FIELDS).filter(([, field]) => field !== 'objectionLodged' && stage[field] !== undefined && stage[field] !== false);
    if (orphan.length > 0) throw new UsageError(`Bij ${orphan.map(([label]) => label).join(', ')} hoort de datum van het bezwaar.`);
    out.deadlines.push(objection);
    out.notes.push(
      'De bezwaartermijn begint op de dag na de bekendmaking van het besluit (in de regel de verzenddatum op de brief); ' +
        'een latere ontvangst verschuift dat begin naar alle waarschijnlijkheid niet. Een bezwaarschrift per post is op tijd ' +
        'als het vóór het einde van de termijn op de post is gedaan en uiterlijk een week daarna binnen is (art. 6:9 lid 2 Awb).',
    );
    return out;
  }
  if (stage.objectionLodged > objection.date) {
    out.warnings.push(
      `Het bezwaar is ingediend op ${fmt(stage.objectionLodged)}, na afloop van de bezwaartermijn (${fmt(objection.date)}); ` +
        'het kan niet-ontvankelijk worden verklaard, tenzij de overschrijding verschoonbaar is (art. 6:11 Awb). Is het per post ' +
        'verstuurd: het is op tijd als het vóór het einde van de termijn op de post is gedaan en uiterlijk een week daarna is ontvangen (art. 6:9 lid 2 Awb).',
    );
  }
  if (stage.objectionLodged <= objection.date && !stage.objectionDecided) {
    out.notes.push(
      `De datum van het bezwaar (${fmt(stage.objectionLodged)}) is de dag waarop het bestuursorgaan het ontving of, per post, de dag waarop u het ` +
        `op de post deed: per post is een bezwaar op tijd als het vóór het einde van de termijn (${fmt(objection.date)}) op de post is gedaan en ` +
        'uiterlijk een week daarna is ontvangen (art. 6:9 Awb). De beslistermijn op bezwaar telt vanaf het einde van de bezwaartermijn, niet vanaf deze datum (art. 7:10 lid 1 Awb).',
    );
  }
  const term = objectionDecisionTerm(stage, decided, extend);
  addEarlierReading(term.deadline);
  out.warnings.push(...term.warnings);
  out.deadlines.push(term.deadline);
  const late = lateDecisionDeadlines('objection', stage.objectionNoticeOfDefault, term.deadline, term.suspended, today, extend);
  out.warnings.push(...late.warnings);
  out.notes.push(...late.notes);
  out.deadlines.push(...late.deadlines, ...courtPhase(stage.objectionAppealLodged, stage.objectionJudgment, late.deadlines, extend, out.warnings));
  return out;
}

function objectionDecisionTerm(stage: ObjectionStage, decided: IsoDate, extend: ExtendFn) {
  return objectionDecisionDeadline({
    decided,
    committee: stage.committee ?? false,
    adjournment: stage.objectionAdjournment,
    suspension: stage.objectionSuspension,
    postponedUntil: stage.objectionPostponedUntil,
    extend,
  });
}

/** Art. 4.4 lid 5 Woo: when a third party is expected to object, the information follows two weeks after the decision. */
function disclosureDate(decided: IsoDate, regime: Regime, extend: ExtendFn): Deadline {
  const rule = AWB_RULES.disclosure;
  const basis = rule.basis[regime];
  const raw = addWeeks(decided, rule.weeks);
  const extended = extend(raw);
  return {
    kind: 'disclosure',
    date: extended.date,
    basis,
    explanation: line([
      `besluit bekendgemaakt ${fmt(decided)}; er is een derde gehoord`,
      `verwacht die bezwaar, dan worden de documenten verstrekt ${weeksInWords(rule.weeks)} na de bekendmaking: ${fmt(raw)} (${basis})`,
      atwMoveText(extended),
      'vraagt de derde de voorzieningenrechter om een voorlopige voorziening, dan wacht de openbaarmaking op diens uitspraak',
    ]),
    alternatives: extended.date === raw ? [] : [{ date: raw, reason: 'als de Algemene termijnenwet niet geldt voor deze termijn (niet vastgesteld)' }],
  };
}

/** After an appeal for lateness: when the court should rule, and after its judgment the term for the decision. */
function courtPhase(appealLodged: IsoDate | undefined, judgment: Judgment | undefined, late: Deadline[], extend: ExtendFn, warnings: string[]): Deadline[] {
  const out: Deadline[] = [];
  if (appealLodged) {
    const from = late.find((d) => d.kind === 'appeal_from' || d.kind === 'objection_appeal_from');
    if (!from || appealLodged < from.date) {
      warnings.push(
        `Het beroep van ${fmt(appealLodged)} is ingesteld ${from ? `vóór ${fmt(from.date)}, de eerste dag waarop dat kon` : 'zonder geldige ingebrekestelling'} ` +
          '(art. 6:12 lid 2 Awb); de rechter kan het niet-ontvankelijk verklaren.',
      );
    }
    if (!judgment) out.push(courtRuling(appealLodged));
  }
  if (judgment) out.push(courtOrder(judgment, extend));
  return out;
}

/** While undecided: when a notice of default is valid, and when the appeal for lateness may follow it. */
function lateDecisionDeadlines(stage: LateStage, notice: IsoDate | undefined, decision: Deadline, suspended: boolean, today: IsoDate, extend: ExtendFn): Part {
  const out: Part = { deadlines: [], warnings: [], notes: [] };
  const term = stage === 'request' ? 'de beslistermijn' : 'de beslistermijn op bezwaar';
  if (suspended) {
    if (notice) out.warnings.push(`De ingebrekestelling van ${fmt(notice)} is verzonden terwijl ${term} is opgeschort; zij is prematuur en telt niet. Stuur een nieuwe ingebrekestelling zodra de opschorting is geëindigd en ${term} is verstreken.`);
    return out;
  }
  const noticeFrom = noticeOfDefaultFrom(decision, stage);
  out.deadlines.push(noticeFrom);
  if (!notice) {
    if (today >= noticeFrom.date) {
      out.notes.push(
        stage === 'request'
          ? 'De beslistermijn is verstreken: u kunt het bestuursorgaan nu schriftelijk in gebreke stellen.'
          : 'De termijn voor de beslissing op bezwaar is verstreken: u kunt het bestuursorgaan nu schriftelijk in gebreke stellen (art. 6:12 Awb geldt ook voor een beslissing op bezwaar).',
      );
    }
    return out;
  }
  if (notice < noticeFrom.date) {
    const certainlyPremature = noticeFrom.alternatives.every((alternative) => notice < alternative.date);
    out.warnings.push(
      `De ingebrekestelling van ${fmt(notice)} is verzonden vóór ${fmt(noticeFrom.date)}, de eerste dag waarop dat zeker kan; ` +
        (certainlyPremature ? 'zij is prematuur en telt niet' : `volgens de kortere lezing van de termijn${stage === 'objection' ? ' op bezwaar' : ''} was zij op tijd, maar zij kan prematuur zijn`) +
        ` (ABRvS 9 februari 2011, ECLI:NL:RVS:2011:BP3711). Stuur vanaf ${fmt(noticeFrom.date)} een nieuwe ingebrekestelling; ` +
        'uit deze ingebrekestelling is geen beroepstermijn berekend.',
    );
    return out;
  }
  out.notes.push(
    'De wachttijd van twee weken is gerekend vanaf de verzenddatum van de ingebrekestelling, zoals in de officiële circulaire; ' +
      'is zij per post verstuurd, reken dan voor de zekerheid vanaf de dag van ontvangst.',
  );
  out.deadlines.push(appealFrom(notice, extend, stage));
  return out;
}

function latePenaltyNote(regime: Regime): string {
  const rules = REGIME_RULES[regime];
  return (
    `De dwangsom bij niet tijdig beslissen van de Awb (art. 4:17 Awb) geldt niet, ook niet voor de beslissing op bezwaar ` +
    `(${rules.noLatePenaltyBasis}): een te laat besluit levert de verzoeker geen dwangsom op. ` +
    'Na een gegrond beroep wegens niet tijdig beslissen bepaalt de rechter een termijn ' +
    `voor het besluit en kan hij daaraan een dwangsom verbinden (${rules.courtOrderBasis}).`
  );
}

/**
 * A Wob request whose term still ran on 1 May 2022, when the Woo took effect at once and without transitional
 * rules for requests (ABRvS 202105701/1/A3; woo-law.md § 4.2). Which decision term then applies is not settled:
 * the Wob's is counted (the later date; a Wob adjournment announced before that day stands, believed), and an
 * adjournment announced from 1 May 2022 on also gets the Woo reading of at most two weeks (art. 4.4 lid 2 Woo)
 * as the body's earlier alternative. No warning when the whole term ended before 1 May 2022, or the decision
 * came before it.
 */
function transition(input: DeadlineInput, regime: Regime, received: IsoDate, decision: Deadline, today: IsoDate, extend: ExtendFn): string[] {
  if (regime !== 'wob' || received >= WOO_IN_FORCE || decision.date < WOO_IN_FORCE || (input.decided ?? today) < WOO_IN_FORCE) return [];
  const woo = REGIME_RULES.woo.adjournment;
  const adjournment = input.adjournment;
  let adjourned = '';
  if (adjournment && adjournment.date >= WOO_IN_FORCE && (adjournment.weeks ?? REGIME_RULES.wob.adjournment.maxWeeks) > woo.maxWeeks) {
    const capped = computeDecisionTerm({ regime, received, suspensions: input.suspensions ?? [], adjournment: { ...adjournment, weeks: woo.maxWeeks }, extend }).deadline;
    if (capped.date < decision.date && !decision.alternatives.some((a) => a.date === capped.date)) {
      decision.alternatives.push({
        date: capped.date,
        reason: `als de Woo op de verdaging van ${fmt(adjournment.date)} van toepassing is (ten hoogste ${weeksInWords(woo.maxWeeks)}, ${woo.basis}); het bestuursorgaan kan zich op deze vroegere datum beroepen`,
      });
    }
    adjourned = ` De verdaging is op of na 1 mei 2022 meegedeeld; volgens de Woo is zij ten hoogste ${weeksInWords(woo.maxWeeks)} (${woo.basis}); die lezing staat als alternatief bij de datum.`;
  }
  return [
    'Overgangsgeval, controleer met de hand: het verzoek is vóór 1 mei 2022 ontvangen en de beslistermijn liep op die dag nog. ' +
      'De Woo geldt sinds 1 mei 2022 onmiddellijk, zonder overgangsrecht voor verzoeken (ABRvS 202105701/1/A3); welke beslistermijn ' +
      'dan geldt (Wob: vier plus ten hoogste vier weken; Woo: vier plus ten hoogste twee weken) is niet vastgesteld. Berekend is de ' +
      `termijn volgens de Wob, de latere datum.${adjourned} Een besluit van 1 mei 2022 of later past de weigeringsgronden van de Woo toe.`,
  ];
}

/**
 * Art. 4.1 lid 5 Woo: a body that finds a request too general asks for clarification within two weeks after
 * receipt. A later request is counted as suspending all the same (the later, safe date for a notice of default),
 * with the term without it already shown as the alternative; the Wob had no such limit (art. 3 lid 4 Wob).
 */
function lateClarification(input: DeadlineInput, regime: Regime, received: IsoDate, extend: ExtendFn): string[] {
  if (regime !== 'woo') return [];
  const rule = AWB_RULES.clarificationRequest;
  const limit = extend(addWeeks(received, rule.weeks)).date;
  return (input.suspensions ?? [])
    .filter((s) => s.kind === 'clarification' && s.from > limit)
    .map(
      (s) =>
        `Het verzoek om precisering van ${fmt(s.from)} kwam ${daysInWords(daysBetween(received, s.from))} na de ontvangst; het bestuursorgaan ` +
        `moet daarom vragen binnen ${weeksInWords(rule.weeks)} na ontvangst, dus uiterlijk op ${fmt(limit)} (${rule.basis}). Of een te laat ` +
        'verzoek om precisering de beslistermijn opschort, is twijfelachtig; de termijn zonder die opschorting staat als alternatief bij de datum.',
    );
}

function regimeWarnings(regime: Regime, received: IsoDate): string[] {
  const warnings: string[] = [];
  if (regime === 'wob' && received >= WOO_IN_FORCE) {
    warnings.push('De Wob is per 1 mei 2022 ingetrokken (art. 10.1 Woo); voor een verzoek dat op of na die dag is ontvangen geldt de Woo.');
  }
  return warnings;
}

/** Odd but possible histories: the dates are used as given, with a warning. */
function historyWarnings(input: DeadlineInput, received: IsoDate, today: IsoDate): string[] {
  const warnings: string[] = [];
  if (input.sent && input.received && input.received < input.sent.date) {
    warnings.push(`De ontvangst (${fmt(input.received)}) ligt vóór de verzending (${fmt(input.sent.date)}); controleer de datums.`);
  }
  for (const suspension of input.suspensions ?? []) {
    if (suspension.from < received) warnings.push(`Een opschorting begint op ${fmt(suspension.from)}, vóór de ontvangst (${fmt(received)}); controleer de datums.`);
  }
  if (input.decided && input.decided < received) warnings.push(`Het besluit (${fmt(input.decided)}) ligt vóór de ontvangst (${fmt(received)}); controleer de datums.`);
  const future = datedFields(input).filter(([, date]) => date > today);
  for (const [label, date] of future) warnings.push(`De datum van ${label} (${fmt(date)}) ligt na vandaag (${fmt(today)}).`);
  return warnings;
}

const FIELD_LABELS = {
  received: 'ontvangst',
  decided: 'het besluit',
  noticeOfDefault: 'de ingebrekestelling',
  withdrawn: 'de intrekking',
} as const;

/** Every date in the input with its Dutch label. */
function datedFields(input: DeadlineInput): [string, IsoDate][] {
  const fields: [string, IsoDate | undefined][] = [
    ['verzending', input.sent?.date],
    ...Object.entries(FIELD_LABELS).map(([key, label]): [string, IsoDate | undefined] => [label, input[key as keyof typeof FIELD_LABELS]]),
    ['het beroep wegens niet tijdig beslissen', input.appealLodged],
    ['de uitspraak', input.judgment?.date],
    ['de verdaging', input.adjournment?.date],
    ...stageFields(input, ''),
    ...(input.partialDecisions ?? []).flatMap((p) => [['het deelbesluit', p.decided] as [string, IsoDate], ...stageFields(p, ` (deelbesluit van ${p.decided})`)]),
    ...(input.suspensions ?? []).flatMap((s): [string, IsoDate | undefined][] => [
      ['het begin van een opschorting', s.from],
      ['het einde van een opschorting', s.to],
    ]),
  ];
  return fields.filter((field): field is [string, IsoDate] => field[1] !== undefined);
}

function stageFields(stage: ObjectionStage, suffix: string): [string, IsoDate | undefined][] {
  const fields: [string, IsoDate | undefined][] = [
    ['het bezwaar', stage.objectionLodged],
    ['de verdaging van de beslissing op bezwaar', stage.objectionAdjournment?.date],
    ['het uitstel van de beslissing op bezwaar', stage.objectionPostponedUntil],
    ['het verzoek om herstel van het verzuim', stage.objectionSuspension?.from],
    ['het herstel van het verzuim', stage.objectionSuspension?.to],
    ['de ingebrekestelling over de beslissing op bezwaar', stage.objectionNoticeOfDefault],
    ['het beroep wegens niet tijdig beslissen op bezwaar', stage.objectionAppealLodged],
    ['de uitspraak over de beslissing op bezwaar', stage.objectionJudgment?.date],
    ['de beslissing op bezwaar', stage.objectionDecided],
  ];
  return fields.map(([label, date]) => [label + suffix, date]);
}

function validate(input: DeadlineInput): void {
  for (const [label, date] of datedFields(input)) {
    if (!isIsoDate(date)) throw new UsageError(`Ongeldige datum van ${label}: "${date}". Gebruik JJJJ-MM-DD, bijvoorbeeld 2026-11-02.`);
    if (!hasPlausibleYear(date)) throw new UsageError(`Ongeldige datum van ${label}: "${date}": ${implausibleYearText(date)}.`, IMPLAUSIBLE_YEAR_HINT);
  }
  for (const suspension of input.suspensions ?? []) {
    if (suspension.to && suspension.to < suspension.from) {
      throw new UsageError(`Een opschorting eindigt (${suspension.to}) vóór zij begint (${suspension.from}).`, 'Geef de opschorting als VAN:TOT, met de einddatum op of na de begindatum.');
    }
  }
  for (const stage of [input, ...(input.partialDecisions ?? [])]) {
    const s = stage.objectionSuspension;
    if (s?.to && s.to < s.from) throw new UsageError(`Het herstel van het verzuim (${s.to}) ligt vóór het verzoek daarom (${s.from}).`);
  }
  const adjournments: [string, { weeks?: number } | undefined][] = [
    ['de verdaging', input.adjournment],
    ['de verdaging van de beslissing op bezwaar', input.objectionAdjournment],
    ['de termijn in de uitspraak', input.judgment],
    ['de termijn in de uitspraak over de beslissing op bezwaar', input.objectionJudgment],
    ...(input.partialDecisions ?? []).flatMap((p): [string, { weeks?: number } | undefined][] => [
      ['de verdaging van de beslissing op bezwaar', p.objectionAdjournment],
      ['de termijn in de uitspraak', p.objectionJudgment],
    ]),
  ];
  for (const [label, adjournment] of adjournments) {
    const weeks = adjournment?.weeks;
    if (weeks !== undefined && !(Number.isInteger(weeks) && weeks > 0)) {
      throw new UsageError(`Ongeldige duur van ${label}: ${weeks}. Geef een heel aantal weken groter dan nul.`);
    }
  }
}
