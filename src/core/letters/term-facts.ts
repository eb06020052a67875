// The facts of the first decision term that the letters about a late decision recite: the adjournment,
// the suspensions as the engine counted them, and the partial decisions with the points still open.
import { addDays, type IsoDate } from '../dates.js';
import { REGIME_RULES, type Regime, type Suspension, type SuspensionKind } from '../law/index.js';
import { formatPointList } from '../point-spec.js';
import type { WooRequest } from '../schema/request.js';

/** Why the term was suspended, and the article, as the letter cites them (in full, not the engine's short form). */
const SUSPENSION_WORDS: Record<SuspensionKind, { reason: string; article: Record<'woo' | 'wob', string> }> = {
  third_party: { reason: 'het vragen van een zienswijze aan een derde', article: { woo: 'artikel 4.4, derde lid, Woo', wob: 'artikel 6, derde lid, Wob' } },
  postponed: { reason: 'uitstel waarmee ik schriftelijk heb ingestemd', article: { woo: 'artikel 4:15, tweede lid, onder a, Awb', wob: 'artikel 4:15, tweede lid, onder a, Awb' } },
  clarification: { reason: 'uw verzoek om mijn verzoek te preciseren', article: { woo: 'artikel 4:15, eerste lid, onder a, Awb', wob: 'artikel 4:15, eerste lid, onder a, Awb' } },
  incomplete: { reason: 'uw verzoek om mijn verzoek aan te vullen', article: { woo: 'artikel 4:15, eerste lid, onder a, Awb', wob: 'artikel 4:15, eerste lid, onder a, Awb' } },
  other: { reason: 'een opschorting', article: { woo: 'artikel 4:15 Awb', wob: 'artikel 4:15 Awb' } },
};

export interface DecisionTermFacts {
  adjourned?: { date: IsoDate; counted: boolean; article: string };
  suspensions: { from: IsoDate; to: IsoDate; reason: string; article: string }[];
  partials: { date: IsoDate; points: string; rest: string }[];
  /** Points sent on to another body (art. 4.2 Woo): that body decides on them. */
  forwarded: { date: IsoDate; points: string }[];
}

export function decisionTermFacts(request: WooRequest, regime: Regime, deadline: { date: IsoDate; basis: string }, suspensions: Suspension[]): DecisionTermFacts {
  const facts: DecisionTermFacts = { suspensions: [], partials: [], forwarded: [] };
  const adjourned = request.events.find((e) => e.type === 'adjourned');
  if (adjourned) {
    // The engine names the adjournment article in the basis only when the adjournment counted. Letters cite
    // in full ("artikel 4.4, tweede lid, Woo"), not in the short form of the engine's basis.
    const counted = deadline.basis.includes(REGIME_RULES[regime].adjournment.basis);
    facts.adjourned = { date: adjourned.date, counted, article: regime === 'woo' ? 'artikel 4.4, tweede lid, Woo' : 'artikel 6, tweede lid, Wob' };
  }
  // The body's notice day (from) is not suspended: the suspension runs from the day after it up to and
  // including `to`, which is how the deadline was counted; a suspension begun after the term did not count.
  for (const s of suspensions.filter((x) => x.to !== undefined && x.from <= deadline.date)) {
    const words = SUSPENSION_WORDS[s.kind];
    facts.suspensions.push({ from: addDays(s.from, 1), to: s.to!, reason: words.reason, article: words.article[regime] });
  }
  const partial = request.events.filter((e) => e.type === 'decided' && e.points?.length);
  const decided = new Set(partial.flatMap((e) => e.points!));
  const rest = formatPointList(request.points.map((p) => p.number).filter((n) => !decided.has(n)));
  for (const e of partial) facts.partials.push({ date: e.date, points: pointsWord(e.points!), rest });
  for (const e of request.events.filter((x) => x.type === 'forwarded' && x.points?.length)) facts.forwarded.push({ date: e.date, points: pointsWord(e.points!) });
  return facts;
}

export function pointsWord(points: number[]): string {
  return `punt${points.length > 1 ? 'en' : ''} ${formatPointList(points)}`;
}
