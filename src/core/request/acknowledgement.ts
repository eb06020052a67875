// A request sent without any sign that it arrived: after ten days it is time to ask for the
// acknowledgement, because the decision term runs from receipt (art. 4.4 lid 1 Woo) and the body
// must confirm receipt of an electronic message (art. 2:17 lid 1 Awb, from 2026; before: art. 4:3a Awb).
import { addDays, type IsoDate } from '../dates.js';
import { BODY_ACTIONS, type EventType, type WooEvent } from '../schema/event.js';

export const ACKNOWLEDGEMENT_WAIT_DAYS = 10;

/** Events that show the body has the request (or that waiting for it is over). */
const ARRIVED: readonly EventType[] = ['received', ...BODY_ACTIONS, 'withdrawn'];

export interface MissingAcknowledgement {
  sent: IsoDate;
  /** The day from which the acknowledgement counts as missing. */
  since: IsoDate;
  basis: string;
}

export function missingAcknowledgement(events: readonly WooEvent[], today: IsoDate): MissingAcknowledgement | null {
  const sent = events.find((e) => e.type === 'sent');
  if (!sent || events.some((e) => ARRIVED.includes(e.type))) return null;
  const since = addDays(sent.date, ACKNOWLEDGEMENT_WAIT_DAYS);
  if (today < since) return null;
  const electronic = sent.channel === 'email' || sent.channel === 'webform';
  const basis = electronic ? (sent.date >= '2026-01-01' ? 'art. 2:17 lid 1 Awb' : 'art. 4:3a Awb') : 'art. 4.4 lid 1 Woo';
  return { sent: sent.date, since, basis };
}
