// `woo deadline`: compute the deadlines from dates given on the command line, without a stored request.
import { parseIsoDate, type IsoDate } from '../core/dates.js';
import { UsageError } from '../core/errors.js';
import { computeDeadlines, type DeadlineInput, type DeadlineReport, type Suspension } from '../core/law/index.js';
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
  objectionLodged?: string;
  committee: boolean;
  objectionDecided?: string;
}

/** "FROM:TO" (both days as in the body's letters) or "FROM:" while the suspension still runs. */
export function parseSuspension(spec: string): Suspension {
  const m = /^(\d{4}-\d{2}-\d{2}):(\d{4}-\d{2}-\d{2})?$/.exec(spec.trim());
  if (!m) throw new UsageError(`Ongeldige opschorting "${spec}".`, 'Gebruik --suspended VAN:TOT, bijvoorbeeld 2026-11-10:2026-11-24 (of 2026-11-10: als die nog loopt).');
  const from = parseIsoDate(m[1], 'begindatum van de opschorting');
  const to = m[2] ? parseIsoDate(m[2], 'einddatum van de opschorting') : undefined;
  if (to && to < from) throw new UsageError(`De opschorting ${spec} eindigt vóór zij begint.`, 'Gebruik --suspended VAN:TOT met de einddatum op of na de begindatum, bijvoorbeeld 2026-11-10:2026-11-24.');
  return { kind: 'other', from, ...(to ? { to } : {}) };
}

const opt = (value: string | undefined, what: string): IsoDate | undefined => (value === undefined ? undefined : parseIsoDate(value, what));

export function deadlineInputFromOptions(o: DeadlineOptions): DeadlineInput {
  if (!o.received && !o.sent) throw new UsageError('Geef de dag van ontvangst op met --received JJJJ-MM-DD (of de verzenddatum met --sent).');
  if (o.weeks !== undefined && !o.adjourned) throw new UsageError('--weeks hoort bij --adjourned (de dag waarop de verdaging werd meegedeeld).');
  if (o.channel !== undefined && !(CHANNELS as readonly string[]).includes(o.channel)) {
    throw new UsageError(`Onbekend kanaal "${o.channel}".`, `Kies uit: ${CHANNELS.join(', ')}.`);
  }
  const sent = opt(o.sent, 'verzenddatum (--sent)');
  const adjourned = opt(o.adjourned, 'datum van verdaging (--adjourned)');
  return {
    regime: o.regime,
    ...(o.received ? { received: parseIsoDate(o.received, 'ontvangstdatum (--received)') } : {}),
    ...(sent ? { sent: { date: sent, ...(o.channel ? { channel: o.channel as Channel } : {}) } } : {}),
    ...(adjourned ? { adjournment: { date: adjourned, ...(o.weeks !== undefined ? { weeks: o.weeks } : {}) } } : {}),
    ...(o.suspended.length ? { suspensions: o.suspended.map(parseSuspension) } : {}),
    decided: opt(o.decided, 'besluitdatum (--decided)'),
    noticeOfDefault: opt(o.noticeOfDefault, 'datum ingebrekestelling (--notice-of-default)'),
    objectionLodged: opt(o.objectionLodged, 'datum bezwaar (--objection-lodged)'),
    committee: o.committee,
    objectionDecided: opt(o.objectionDecided, 'datum beslissing op bezwaar (--objection-decided)'),
  };
}

export function runDeadline(options: DeadlineOptions, today: IsoDate): DeadlineReport {
  return computeDeadlines(deadlineInputFromOptions(options), today);
}
