// Forwarding (art. 4.2 lid 1 Woo): the part of a request about information held by another body is sent on to
// that body, which decides on it within its own term from its own receipt (art. 4.4 lid 1 Woo, art. 4:13 Awb;
// believed, woo-law.md § 1.5). The first body is then not late for that part.
import { formatPointList } from '../point-spec.js';
import type { ExtendFn } from './calendar.js';
import { computeDecisionTerm } from './decision-term.js';
import { establishReceipt } from './receipt.js';
import { resolveRegime } from './rules.js';
import type { DeadlineInput, Forwarding } from './types.js';
import { fmt } from './wording.js';

/** The forwarding of the whole request, if any (the first one counts). */
export function wholeForwarding(input: DeadlineInput): Forwarding | undefined {
  return input.forwarded?.find((f) => !f.points?.length);
}

/**
 * What to tell the requester about each forwarding: where the clock now runs, and the receiving body's term on
 * the two readings of its receipt (the same day when forwarded electronically; by post the cautious day).
 */
export function forwardingNotes(input: DeadlineInput, extend: ExtendFn): string[] {
  return (input.forwarded ?? []).map((f) => {
    const what = f.points?.length ? `${f.points.length > 1 ? 'De punten' : 'Punt'} ${formatPointList(f.points)} ${f.points.length > 1 ? 'zijn' : 'is'}` : 'Het verzoek is';
    const term = (received: string) =>
      computeDecisionTerm({ regime: resolveRegime(input.regime ?? 'auto', received), received, suspensions: [], extend }).deadline.date;
    const byPost = establishReceipt({ sent: { date: f.date } }).received;
    return (
      `${what} op ${fmt(f.date)} doorgezonden naar een ander bestuursorgaan (art. 4.2 lid 1 Woo). Daarover beslist dat bestuursorgaan, ` +
      'binnen vier weken vanaf de dag na de ontvangst daar (art. 4.4 lid 1 Woo; art. 4:13 Awb), niet het bestuursorgaan waaraan u het verzoek richtte' +
      `${f.points?.length ? '; de termijnen hier gaan over de overige punten' : ''}. Doorgezonden per e-mail en dezelfde dag ontvangen: beslistermijn tot en met ` +
      `${fmt(term(f.date))}; per post (ontvangst aangenomen op ${fmt(byPost)}): tot en met ${fmt(term(byPost))}. Vraag het ontvangende ` +
      'bestuursorgaan naar de datum van ontvangst en volg het daar als eigen verzoek (woo new met --body, daarna woo log … received DATUM).'
    );
  });
}
