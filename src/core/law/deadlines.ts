// computeDeadlines: from what happened to a request to the deadlines that follow, each with its
// article and a one-line Dutch explanation (DESIGN.md, "Deadline JSON"). Pure: no I/O, no clock.
import { daysBetween, isIsoDate, type IsoDate } from '../dates.js';
import { UsageError } from '../errors.js';
import { atwExtend, coverageWarning, type ExtendFn } from './calendar.js';
import { computeDecisionTerm } from './decision-term.js';
import { appealFrom, noticeOfDefaultFrom } from './default-terms.js';
import { courtAppealDeadline, objectionDeadline, objectionDecisionDeadline } from './objection-terms.js';
import { establishReceipt } from './receipt.js';
import { REGIME_RULES, WOO_IN_FORCE, resolveRegime, type Regime } from './rules.js';
import type { Deadline, DeadlineInput, DeadlineReport } from './types.js';
import { daysInWords, fmt } from './wording.js';

export function computeDeadlines(input: DeadlineInput, today: IsoDate): DeadlineReport {
  validate(input);
  const warnings: string[] = [];
  const notes: string[] = [];
  // Every day the Atw is consulted on must lie in a year the decree table covers, or we say so.
  const coverage = new Set<string>();
  const extend: ExtendFn = (date) => {
    const extension = atwExtend(date);
    for (const day of [date, extension.date]) {
      const warning = coverageWarning(day);
      if (warning) coverage.add(warning);
    }
    return extension;
  };

  const receipt = establishReceipt(input, extend);
  if (receipt.warning) warnings.push(receipt.warning);
  const received = receipt.received;
  const regime = resolveRegime(input.regime ?? 'auto', received);
  warnings.push(...regimeWarnings(regime, received, input.decided, today), ...historyWarnings(input, received, today));
  notes.push(latePenaltyNote(regime));

  const report = (deadlines: Deadline[]): DeadlineReport => ({
    regime,
    received,
    receivedAssumed: receipt.assumed,
    deadlines,
    warnings: [...warnings, ...coverage],
    notes,
  });

  if (input.withdrawn) {
    notes.unshift(`Het verzoek is ingetrokken op ${fmt(input.withdrawn)}; er lopen geen termijnen meer.`);
    return report([]);
  }

  const deadlines: Deadline[] = [];
  const term = computeDecisionTerm({
    regime,
    received,
    suspensions: input.suspensions ?? [],
    adjournment: input.adjournment,
    extend,
  });
  warnings.push(...term.warnings);
  notes.push(...term.notes);
  const decision = term.deadline;
  deadlines.push(decision);

  if (!input.decided) {
    deadlines.push(...lateDecisionDeadlines(input.noticeOfDefault, decision, term.openSuspension !== undefined, today, extend, warnings, notes));
    return report(deadlines);
  }

  if (!term.openSuspension && input.decided > decision.date) {
    notes.push(`Het besluit van ${fmt(input.decided)} kwam ${daysInWords(daysBetween(decision.date, input.decided))} na het einde van de beslistermijn (${fmt(decision.date)}).`);
  }
  const objection = objectionDeadline(input.decided, extend);
  if (!input.objectionLodged) {
    deadlines.push(objection);
    notes.push(
      'De bezwaartermijn begint op de dag na de bekendmaking van het besluit (in de regel de verzenddatum op de brief); ' +
        'een latere ontvangst verschuift dat begin naar alle waarschijnlijkheid niet. Een bezwaarschrift per post is op tijd ' +
        'als het vóór het einde van de termijn op de post is gedaan en uiterlijk een week daarna binnen is (art. 6:9 lid 2 Awb).',
    );
    return report(deadlines);
  }
  if (input.objectionLodged > objection.date) {
    warnings.push(
      `Het bezwaar is ingediend op ${fmt(input.objectionLodged)}, na afloop van de bezwaartermijn (${fmt(objection.date)}); ` +
        'het kan niet-ontvankelijk worden verklaard, tenzij de overschrijding verschoonbaar is (art. 6:11 Awb).',
    );
  }
  if (!input.objectionDecided) {
    const objectionDecision = objectionDecisionDeadline({
      decided: input.decided,
      committee: input.committee ?? false,
      adjournment: input.objectionAdjournment,
      extend,
    });
    warnings.push(...objectionDecision.warnings);
    deadlines.push(objectionDecision.deadline);
    return report(deadlines);
  }
  deadlines.push(courtAppealDeadline(input.objectionDecided, extend));
  return report(deadlines);
}

/** While undecided: when a notice of default is valid, and when the appeal for lateness may follow it. */
function lateDecisionDeadlines(
  notice: IsoDate | undefined,
  decision: Deadline,
  suspended: boolean,
  today: IsoDate,
  extend: ExtendFn,
  warnings: string[],
  notes: string[],
): Deadline[] {
  if (suspended) {
    if (notice) warnings.push(`De ingebrekestelling van ${fmt(notice)} is verzonden terwijl de beslistermijn is opgeschort; zij is prematuur en telt niet. Stuur een nieuwe ingebrekestelling zodra de opschorting is geëindigd en de beslistermijn is verstreken.`);
    return [];
  }
  const noticeFrom = noticeOfDefaultFrom(decision);
  if (!notice) {
    if (today >= noticeFrom.date) notes.push('De beslistermijn is verstreken: u kunt het bestuursorgaan nu schriftelijk in gebreke stellen.');
    return [noticeFrom];
  }
  if (notice < noticeFrom.date) {
    const certainlyPremature = noticeFrom.alternatives.every((alternative) => notice < alternative.date);
    warnings.push(
      `De ingebrekestelling van ${fmt(notice)} is verzonden vóór ${fmt(noticeFrom.date)}, de eerste dag waarop dat zeker kan; ` +
        (certainlyPremature ? 'zij is prematuur en telt niet' : 'volgens de kortere lezing van de termijn was zij op tijd, maar zij kan prematuur zijn') +
        ` (ABRvS 9 februari 2011, ECLI:NL:RVS:2011:BP3711). Stuur vanaf ${fmt(noticeFrom.date)} een nieuwe ingebrekestelling; ` +
        'uit deze ingebrekestelling is geen beroepstermijn berekend.',
    );
    return [noticeFrom];
  }
  notes.push(
    'De wachttijd van twee weken is gerekend vanaf de verzenddatum van de ingebrekestelling, zoals in de officiële circulaire; ' +
      'is zij per post verstuurd, reken dan voor de zekerheid vanaf de dag van ontvangst.',
  );
  return [noticeFrom, appealFrom(notice, extend)];
}

function latePenaltyNote(regime: Regime): string {
  const rules = REGIME_RULES[regime];
  return (
    `De dwangsom bij niet tijdig beslissen van de Awb (art. 4:17 Awb) geldt niet (${rules.noLatePenaltyBasis}): een te laat besluit ` +
    'levert de verzoeker geen dwangsom op. Na een gegrond beroep wegens niet tijdig beslissen bepaalt de rechter een termijn ' +
    `voor het besluit en kan hij daaraan een dwangsom verbinden (${rules.courtOrderBasis}).`
  );
}

function regimeWarnings(regime: Regime, received: IsoDate, decided: IsoDate | undefined, today: IsoDate): string[] {
  const warnings: string[] = [];
  // Transitional only once the request was still undecided when the Woo came into force.
  if (received < WOO_IN_FORCE && (decided ?? today) >= WOO_IN_FORCE) {
    warnings.push(
      `Overgangsgeval, controleer met de hand: het verzoek is vóór 1 mei 2022 ontvangen maar niet vóór die dag beslist. ` +
        `Welke beslistermijn dan geldt (Wob: vier plus ten hoogste vier weken; Woo: vier plus ten hoogste twee weken) is niet ` +
        `vastgesteld; berekend volgens de ${REGIME_RULES[regime].act}.`,
    );
  }
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
  objectionLodged: 'het bezwaar',
  objectionDecided: 'de beslissing op bezwaar',
  withdrawn: 'de intrekking',
} as const;

/** Every date in the input with its Dutch label. */
function datedFields(input: DeadlineInput): [string, IsoDate][] {
  const fields: [string, IsoDate | undefined][] = [
    ['verzending', input.sent?.date],
    ...Object.entries(FIELD_LABELS).map(([key, label]): [string, IsoDate | undefined] => [label, input[key as keyof typeof FIELD_LABELS]]),
    ['de verdaging', input.adjournment?.date],
    ['de verdaging van de beslissing op bezwaar', input.objectionAdjournment?.date],
    ...(input.suspensions ?? []).flatMap((s): [string, IsoDate | undefined][] => [
      ['het begin van een opschorting', s.from],
      ['het einde van een opschorting', s.to],
    ]),
  ];
  return fields.filter((field): field is [string, IsoDate] => field[1] !== undefined);
}

function validate(input: DeadlineInput): void {
  for (const [label, date] of datedFields(input)) {
    if (!isIsoDate(date)) throw new UsageError(`Ongeldige datum van ${label}: "${date}". Gebruik JJJJ-MM-DD, bijvoorbeeld 2026-11-02.`);
  }
  for (const suspension of input.suspensions ?? []) {
    if (suspension.to && suspension.to < suspension.from) {
      throw new UsageError(`Een opschorting eindigt (${suspension.to}) vóór zij begint (${suspension.from}).`, 'Geef de opschorting als VAN:TOT, met de einddatum op of na de begindatum.');
    }
  }
  for (const [label, adjournment] of [['de verdaging', input.adjournment], ['de verdaging van de beslissing op bezwaar', input.objectionAdjournment]] as const) {
    const weeks = adjournment?.weeks;
    if (weeks !== undefined && !(Number.isInteger(weeks) && weeks > 0)) {
      throw new UsageError(`Ongeldige duur van ${label}: ${weeks}. Geef een heel aantal weken groter dan nul.`);
    }
  }
}
