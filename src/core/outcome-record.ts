// Recording what a decision said per point: validation by the law, and merging into the request.
import type { IsoDate } from './dates.js';
import { UsageError } from './errors.js';
import { resolveEventId } from './event-id.js';
import { normaliseGround, validateGrounds, type Law } from './grounds.js';
import { WOO_IN_FORCE } from './law/index.js';
import { OUTCOME_LABELS, RECORDABLE_OUTCOMES, type PointOutcome } from './schema/outcome.js';
import type { WooEvent } from './schema/event.js';
import type { WooRequest } from './schema/request.js';

/** Decisions taken from 1 May 2022 apply the Woo, also on older Wob requests (immediate effect). */
export function lawOfDecision(decided: IsoDate): Law {
  return decided < WOO_IN_FORCE ? 'wob' : 'woo';
}

/** Dutch words a user may type instead of the codes. */
const OUTCOME_WORDS: Record<string, PointOutcome['outcome']> = {
  openbaar: 'public',
  'deels openbaar': 'partial_public',
  'gedeeltelijk openbaar': 'partial_public',
  'niet openbaar': 'not_public',
  geweigerd: 'not_public',
  'reeds openbaar': 'already_public',
  'al openbaar': 'already_public',
  'niet aanwezig': 'nothing_found',
  'geen documenten': 'nothing_found',
  'niet vastgelegd': 'nothing_found',
  verwezen: 'referred',
  doorgezonden: 'forwarded',
};

export function parseOutcome(value: string): PointOutcome['outcome'] {
  const v = value.trim().toLowerCase().replace(/-/g, '_');
  const byLabel = RECORDABLE_OUTCOMES.find((o) => OUTCOME_LABELS[o] === v) ?? OUTCOME_WORDS[v.replace(/_/g, ' ')];
  if ((RECORDABLE_OUTCOMES as string[]).includes(v)) return v as PointOutcome['outcome'];
  if (byLabel) return byLabel;
  if (v === 'unanswered') throw new UsageError('"unanswered" legt u niet vast: na een besluit is een punt zonder uitkomst vanzelf "niet beantwoord".');
  throw new UsageError(`Onbekende uitkomst "${value}".`, `Kies uit: ${RECORDABLE_OUTCOMES.join(', ')} (of in het Nederlands, zoals "openbaar", "deels openbaar", "reeds openbaar", "niet aanwezig").`);
}

/** Turns typed grounds ("5.1.2e", "5.1 lid 2 sub e", "10.2e" under the Wob) into codes, or explains. */
export function parseGrounds(list: string[], law: Law): string[] {
  return list.map((g) => {
    const code = normaliseGround(g, law);
    if (!code) throw new UsageError(`Onbekende weigeringsgrond "${g}".`, law === 'woo' ? 'Gebruik bijvoorbeeld 5.1.2e of "5.1 lid 2 sub e".' : 'Gebruik bijvoorbeeld wob-10.2e of "10.2e".');
    return code;
  });
}

export function checkOutcome(o: PointOutcome, law: Law): void {
  const errors = validateGrounds(o.outcome, o.grounds, law);
  if (errors.length) throw new UsageError(`Punt ${o.point}: ${errors.join(' ')}`);
}

/** The decision outcomes belong to: the one named, or the latest decision logged. */
export function decisionEvent(request: WooRequest, id?: string): WooEvent {
  const decisions = request.events.filter((e) => e.type === 'decided');
  if (id) {
    const resolved = resolveEventId(decisions, id).id;
    const named = decisions.find((e) => e.id === resolved);
    if (!named) throw new UsageError(`Besluit "${id}" bestaat niet bij ${request.id}.`, `Besluiten: ${decisions.map((d) => `${d.id} (${d.date})`).join(', ') || 'nog geen'}.`);
    return named;
  }
  const latest = decisions.at(-1);
  if (!latest) throw new UsageError(`Er is nog geen besluit vastgelegd bij ${request.id}.`, `Leg het eerst vast: woo log ${request.id} decided <datum> (met --points voor een deelbesluit).`);
  return latest;
}

/**
 * Stores outcomes for one decision. Recording a point again replaces what that decision said about
 * it (a correction), unless `add` keeps both (several outcomes within one point).
 */
export function mergeOutcomes(request: WooRequest, decision: WooEvent, records: PointOutcome[], add: boolean): PointOutcome[] {
  const law = lawOfDecision(decision.date);
  for (const r of records) {
    if (!request.points.some((p) => p.number === r.point)) throw new UsageError(`Punt ${r.point} bestaat niet in ${request.id}.`);
    if (decision.points && !decision.points.includes(r.point)) {
      throw new UsageError(`Punt ${r.point} hoort niet bij deelbesluit ${decision.id} (dat gaat over de punten ${decision.points.join(', ')}).`);
    }
    checkOutcome(r, law);
  }
  const replaced = new Set(add ? [] : records.map((r) => r.point));
  return [...request.outcomes.filter((o) => !(o.decision === decision.id && replaced.has(o.point))), ...records];
}
