// The day of receipt starts the clock: logged, or assumed from how the request was sent.
import { addDays, type IsoDate } from '../dates.js';
import { UsageError } from '../errors.js';
import type { ExtendFn } from './calendar.js';
import type { DeadlineInput } from './types.js';
import { fmt } from './wording.js';

export interface Receipt {
  received: IsoDate;
  assumed: boolean;
  /** Set when the date is assumed: say so, and how it was derived. */
  warning?: string;
}

const SAME_DAY_CHANNELS: Record<string, string> = { email: 'per e-mail', webform: 'via een webformulier', hand: 'afgegeven' };

export function establishReceipt(input: Pick<DeadlineInput, 'received' | 'sent'>, extend: ExtendFn): Receipt {
  if (input.received) return { received: input.received, assumed: false };
  const sent = input.sent;
  if (!sent) {
    throw new UsageError(
      'Geen datum van ontvangst of verzending bekend: zonder een van beide is geen termijn te berekenen.',
      'Geef de datum waarop het bestuursorgaan het verzoek ontving (of, als die onbekend is, de datum van verzending).',
    );
  }
  const until = 'Dit is een aanname totdat de datum van ontvangst is vastgelegd (bijvoorbeeld uit de ontvangstbevestiging).';
  const sameDay = sent.channel ? SAME_DAY_CHANNELS[sent.channel] : undefined;
  if (sameDay) {
    return {
      received: sent.date,
      assumed: true,
      warning: `Ontvangst aangenomen op de dag van verzending, ${fmt(sent.date)} (${sameDay} verzonden). ${until}`,
    };
  }
  // Post (and an unknown channel, to be safe: a later receipt never makes a notice of default premature)
  // is assumed to arrive on the next day that is not a Saturday, Sunday or holiday.
  const received = extend(addDays(sent.date, 1)).date;
  const how = sent.channel === 'post' ? 'per post verzonden' : 'verzonden op onbekende wijze, gerekend als post';
  return {
    received,
    assumed: true,
    warning: `Ontvangst aangenomen op ${fmt(received)}, de eerstvolgende werkdag na verzending op ${fmt(sent.date)} (${how}). ${until}`,
  };
}
