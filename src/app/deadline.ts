// `woo deadline`: compute the deadlines from dates given on the command line, without a stored request.
import { parseIsoDate, type IsoDate } from '../core/dates.js';
import { UsageError } from '../core/errors.js';
import { computeDeadlines, type DeadlineInput, type DeadlineReport, type Suspension, type SuspensionKind } from '../core/law/index.js';
import { CHANNELS, type Channel } from '../core/schema/event.js';
import type { RegimeChoice } from '../core/schema/request.js';

export interface DeadlineOptions {
  received?: string;
  sent?: string;
  channel?: string;
  regime: RegimeChoice;
  adjourned?: string;
  weeks?: number;
  suspended: string[];
  decided?: string;
  noticeOfDefault?: string;
  appealLodged?: string;
  judgment?: string;
  judgmentWeeks?: number;
  objectionLodged?: string;
  committee: boolean;
  objectionAdjourned?: string;
  objectionWeeks?: number;
  objectionPostponed?: string;
  groundsRequested?: string;
  groundsSupplied?: string;
  objectionDecided?: string;
}

const SUSPENSION_KINDS: Record<string, SuspensionKind> = {
  zienswijze: 'third_party',
  uitstel: 'postponed',
  precisering: 'clarification',
  aanvulling: 'incomplete',
  overig: 'other',
};

/**
 * "VAN:TOT[:SOORT]": VAN is the day the body told the requester (the suspension starts the day after), TOT the
 * last suspended day (the day the view or supplement came in, or the set term expired); "VAN:" while it runs.
 */
export function parseSuspension(spec: string): Suspension {
  const m = /^(\d{4}-\d{2}-\d{2}):(\d{4}-\d{2}-\d{2})?(?::([a-z]+))?$/.exec(spec.trim());
  const example = 'bijvoorbeeld 2026-11-10:2026-11-24:zienswijze (of 2026-11-10: als die nog loopt)';
  if (!m) throw new UsageError(`Ongeldige opschorting "${spec}".`, `Gebruik --suspended VAN:TOT[:SOORT], ${example}.`);
  const from = parseIsoDate(m[1], 'begindatum van de opschorting');
  const to = m[2] ? parseIsoDate(m[2], 'einddatum van de opschorting') : undefined;
  if (to && to < from) throw new UsageError(`De opschorting ${spec} eindigt vóór zij begint.`, 'Gebruik --suspended VAN:TOT met de einddatum op of na de begindatum, bijvoorbeeld 2026-11-10:2026-11-24.');
  const kind = m[3] === undefined ? 'other' : SUSPENSION_KINDS[m[3]];
  if (!kind) throw new UsageError(`Onbekende soort opschorting "${m[3]}".`, `Kies uit: ${Object.keys(SUSPENSION_KINDS).join(', ')}.`);
  return { kind, from, ...(to ? { to } : {}) };
}

const opt = (value: string | undefined, what: string): IsoDate | undefined => (value === undefined ? undefined : parseIsoDate(value, what));

/** A flag that only means something together with another: refused, naming the missing flag, never dropped. */
function requires(o: DeadlineOptions, flag: keyof DeadlineOptions, needs: keyof DeadlineOptions, why: string): void {
  const given = o[flag] !== undefined && o[flag] !== false;
  if (given && (o[needs] === undefined || o[needs] === false)) {
    throw new UsageError(`${cliFlag(flag)} hoort bij ${cliFlag(needs)}: ${why}`, `Geef ook ${cliFlag(needs)} JJJJ-MM-DD op.`);
  }
}

function cliFlag(key: string): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

function checkFlags(o: DeadlineOptions): void {
  if (!o.received && !o.sent) throw new UsageError('Geef de dag van ontvangst op met --received JJJJ-MM-DD (of de verzenddatum met --sent).');
  requires(o, 'weeks', 'adjourned', 'de weken horen bij de verdaging.');
  requires(o, 'channel', 'sent', 'het kanaal bepaalt alleen de aangenomen ontvangst na verzending.');
  requires(o, 'judgment', 'appealLodged', 'een uitspraak volgt op een beroep wegens niet tijdig beslissen.');
  requires(o, 'judgmentWeeks', 'judgment', 'de weken zijn de termijn die de rechter in de uitspraak stelde.');
  requires(o, 'objectionWeeks', 'objectionAdjourned', 'de weken horen bij de verdaging van de beslissing op bezwaar.');
  requires(o, 'groundsSupplied', 'groundsRequested', 'de opschorting begint met het verzoek om het verzuim te herstellen (art. 7:10 lid 2 Awb).');
  // These shape the term for the decision on objection, which runs from the end of the objection term.
  for (const flag of ['committee', 'objectionAdjourned', 'objectionPostponed', 'groundsRequested'] as const) {
    requires(o, flag, 'objectionLodged', 'het gaat om de behandeling van een bezwaar.');
    requires(o, flag, 'decided', 'de termijn voor de beslissing op bezwaar telt vanaf het einde van de bezwaartermijn (art. 7:10 lid 1 Awb).');
  }
  if (!o.objectionDecided) {
    requires(o, 'objectionLodged', 'decided', 'de termijn voor de beslissing op bezwaar telt vanaf het einde van de bezwaartermijn, zes weken na het besluit (art. 7:10 lid 1 Awb). Met alleen --objection-decided wordt de beroepstermijn berekend.');
  }
}

export function deadlineInputFromOptions(o: DeadlineOptions): DeadlineInput {
  checkFlags(o);
  if (o.channel !== undefined && !(CHANNELS as readonly string[]).includes(o.channel)) {
    throw new UsageError(`Onbekend kanaal "${o.channel}".`, `Kies uit: ${CHANNELS.join(', ')}.`);
  }
  const sent = opt(o.sent, 'verzenddatum (--sent)');
  const adjourned = opt(o.adjourned, 'datum van verdaging (--adjourned)');
  const objectionLodged = opt(o.objectionLodged, 'datum bezwaar (--objection-lodged)');
  const suspensions = o.suspended.map(parseSuspension);
  // A notice of default, appeal or judgment after the objection was lodged is about the decision on objection.
  const later = (date: IsoDate | undefined) => date !== undefined && objectionLodged !== undefined && date >= objectionLodged;
  const notice = opt(o.noticeOfDefault, 'datum ingebrekestelling (--notice-of-default)');
  const appeal = opt(o.appealLodged, 'datum beroep (--appeal-lodged)');
  const judgmentDate = opt(o.judgment, 'datum uitspraak (--judgment)');
  const judgment = judgmentDate ? { date: judgmentDate, ...(o.judgmentWeeks !== undefined ? { weeks: o.judgmentWeeks } : {}) } : undefined;
  const objectionAdjourned = opt(o.objectionAdjourned, 'datum verdaging beslissing op bezwaar (--objection-adjourned)');
  const groundsRequested = opt(o.groundsRequested, 'datum verzoek om herstel verzuim (--grounds-requested)');
  const groundsSupplied = opt(o.groundsSupplied, 'datum herstel verzuim (--grounds-supplied)');
  return {
    regime: o.regime,
    ...(o.received ? { received: parseIsoDate(o.received, 'ontvangstdatum (--received)') } : {}),
    ...(sent ? { sent: { date: sent, ...(o.channel ? { channel: o.channel as Channel } : {}) } } : {}),
    ...(adjourned ? { adjournment: { date: adjourned, ...(o.weeks !== undefined ? { weeks: o.weeks } : {}) } } : {}),
    ...(suspensions.length ? { suspensions } : {}),
    ...(suspensions.some((s) => s.kind === 'third_party') ? { thirdPartyHeard: true } : {}),
    decided: opt(o.decided, 'besluitdatum (--decided)'),
    ...(later(notice) ? { objectionNoticeOfDefault: notice } : { noticeOfDefault: notice }),
    ...(later(appeal) ? { objectionAppealLodged: appeal } : { appealLodged: appeal }),
    ...(later(judgmentDate) ? { objectionJudgment: judgment } : { judgment }),
    objectionLodged,
    committee: o.committee,
    ...(objectionAdjourned ? { objectionAdjournment: { date: objectionAdjourned, ...(o.objectionWeeks !== undefined ? { weeks: o.objectionWeeks } : {}) } } : {}),
    objectionPostponedUntil: opt(o.objectionPostponed, 'laatste dag uitstel beslissing op bezwaar (--objection-postponed)'),
    ...(groundsRequested ? { objectionSuspension: { from: groundsRequested, ...(groundsSupplied ? { to: groundsSupplied } : {}) } } : {}),
    objectionDecided: opt(o.objectionDecided, 'datum beslissing op bezwaar (--objection-decided)'),
  };
}

export function runDeadline(options: DeadlineOptions, today: IsoDate): DeadlineReport {
  return computeDeadlines(deadlineInputFromOptions(options), today);
}
