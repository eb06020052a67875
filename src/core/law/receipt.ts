// The day of receipt starts the clock: logged, or assumed from how the request was sent.
import { addDays, weekday, type IsoDate } from '../dates.js';
import { UsageError } from '../errors.js';
import { atwNonWorkingReason } from './calendar.js';
import type { DeadlineInput } from './types.js';
import { fmt } from './wording.js';

export interface Receipt {
  received: IsoDate;
  assumed: boolean;
  /** Set when the date is assumed: say so, and how it was derived. */
  warning?: string;
  /** Post: the first day it could have arrived, when earlier than `received` (the cautious reading). */
  earliest?: IsoDate;
}

const SAME_DAY_CHANNELS: Record<string, string> = { email: 'per e-mail', webform: 'via een webformulier', hand: 'afgegeven' };

/**
 * The delivery norm of the universal postal service: a letter is delivered within one delivery day, from
 * 1 July 2026 within two, from 1 July 2027 within three (Postbesluit 2009 as amended; announced by the
 * government on 19 December 2025, rijksoverheid.nl). Letters are delivered Tuesday to Saturday, not on holidays.
 */
export const POST_NORMS: readonly { from: IsoDate; days: number; words: string }[] = [
  { from: '2027-07-01', days: 3, words: 'drie bezorgdagen (sinds 1 juli 2027)' },
  { from: '2026-07-01', days: 2, words: 'twee bezorgdagen (sinds 1 juli 2026)' },
  { from: '0000-01-01', days: 1, words: 'één bezorgdag (tot 1 juli 2026)' },
];

function isDeliveryDay(date: IsoDate): boolean {
  const day = weekday(date);
  const reason = atwNonWorkingReason(date);
  return day >= 2 && day <= 6 && (reason === null || reason === 'zaterdag');
}

function nthDeliveryDay(sent: IsoDate, n: number): IsoDate {
  let date = sent;
  for (let found = 0; found < n; ) {
    date = addDays(date, 1);
    if (isDeliveryDay(date)) found += 1;
  }
  return date;
}

/** The first Monday–Friday that is no holiday, on or after `date`: a body takes in its post on working days. */
function workingDayFrom(date: IsoDate): IsoDate {
  let day = date;
  while (atwNonWorkingReason(day) !== null) day = addDays(day, 1);
  return day;
}

export function establishReceipt(input: Pick<DeadlineInput, 'received' | 'sent'>): Receipt {
  if (input.received) return { received: input.received, assumed: false };
  const sent = input.sent;
  if (!sent) {
    throw new UsageError(
      'Geen datum van ontvangst of verzending bekend: zonder een van beide is geen termijn te berekenen.',
      'Geef de datum waarop het bestuursorgaan het verzoek ontving (of, als die onbekend is, de datum van verzending).',
    );
  }
  const until =
    'Dit is een aanname totdat de datum van ontvangst is vastgelegd (bijvoorbeeld uit de ontvangstbevestiging; vraag er anders om met een verzoek om ontvangstbevestiging).';
  const sameDay = sent.channel ? SAME_DAY_CHANNELS[sent.channel] : undefined;
  if (sameDay) {
    return {
      received: sent.date,
      assumed: true,
      warning: `Ontvangst aangenomen op de dag van verzending, ${fmt(sent.date)} (${sameDay} verzonden). ${until}`,
    };
  }
  // Post, and an unknown channel to be safe: the cautious reading takes the last day of the delivery norm (and
  // the body's next working day when that is a Saturday), so that a notice of default counted from it is never
  // premature; the first possible delivery day is the body's earlier reading.
  const norm = POST_NORMS.find((n) => sent.date >= n.from)!;
  const received = workingDayFrom(nthDeliveryDay(sent.date, norm.days));
  const earliest = nthDeliveryDay(sent.date, 1);
  const how = sent.channel === 'post' ? 'per post verzonden' : 'verzonden op onbekende wijze, gerekend als post';
  return {
    received,
    assumed: true,
    ...(earliest < received ? { earliest } : {}),
    warning:
      `Ontvangst aangenomen op ${fmt(received)}: ${how} op ${fmt(sent.date)}, en een brief wordt bezorgd binnen ${norm.words}, ` +
      'van dinsdag tot en met zaterdag (Postbesluit 2009). Dat is de voorzichtige lezing, zodat een ingebrekestelling niet te vroeg komt' +
      (earliest < received ? `; kwam het verzoek al op ${fmt(earliest)} binnen, dan eindigt de beslistermijn eerder (staat als andere lezing bij de datum)` : '') +
      `. ${until}`,
  };
}
