// Events logged twice, or a step whose premise is missing: refused when the clock would silently take
// only one of them, warned about when it may be meant. Each message says how to get out (--remove eN).
import { formatPointList } from '../point-spec.js';
import { EVENT_LABELS, isFinalDecision, type WooEvent } from '../schema/event.js';
import { capitalise } from '../text.js';
import { chronological } from './stages.js';
import { fmt } from './wording.js';

/** Happens once in a request's life; the clock uses the first and would ignore a second. */
const ONCE: Partial<Record<WooEvent['type'], string>> = {
  sent: 'Het verzoek is al als verzonden vastgelegd',
  received: 'De ontvangst door het bestuursorgaan is al vastgelegd',
};

/** Suspensions that open with one event and close with another, with the closing event's code. */
const SUSPENSIONS: Partial<Record<WooEvent['type'], { closing: WooEvent['type']; name: string }>> = {
  'clarification-requested': { closing: 'clarified', name: 'een verzoek om precisering' },
  'third-party-consulted': { closing: 'third-party-done', name: 'een verzoek om een zienswijze van derden' },
};

const at = (e: WooEvent) => `${fmt(e.date)} [${e.id}]`;
const removeHint = (e: WooEvent) => `klopt die niet, verwijder die dan eerst met --remove ${e.id} en leg daarna de juiste vast`;

export function duplicateErrors(events: WooEvent[], next: WooEvent): string[] {
  const history = chronological(events);
  const errors: string[] = [];
  const once = ONCE[next.type];
  const earlier = history.find((e) => e.type === next.type);
  if (once && earlier) errors.push(`${once} op ${at(earlier)}; ${removeHint(earlier)}.`);
  const whole = history.find(isFinalDecision);
  if (isFinalDecision(next) && whole) {
    errors.push(
      `Er is al een besluit op het hele verzoek vastgelegd op ${at(whole)}. Een deelbesluit legt u vast met --points, ` +
        `een beslissing op bezwaar met objection-decided; ${removeHint(whole)}.`,
    );
  }
  const suspension = SUSPENSIONS[next.type];
  if (suspension) {
    const openers = history.filter((e) => e.type === next.type);
    const closers = history.filter((e) => e.type === suspension.closing).length;
    const open = openers.length > closers ? openers.at(-1) : undefined;
    if (open) {
      errors.push(
        `Er loopt al ${suspension.name} sinds ${at(open)}; een opschorting die al loopt kan niet nog eens beginnen. ` +
          `Leg eerst het einde vast (${suspension.closing}), of ${removeHint(open)}.`,
      );
    }
  }
  return errors;
}

export function duplicateWarnings(events: WooEvent[], next: WooEvent): string[] {
  const history = chronological(events);
  const warnings: string[] = [];
  const same = history.find((e) => e.type === next.type && e.date === next.date && !ONCE[e.type] && !(isFinalDecision(e) && isFinalDecision(next)));
  if (same && !SUSPENSIONS[next.type]) {
    warnings.push(`${capitalise(EVENT_LABELS[next.type])} op ${fmt(next.date)} was al vastgelegd [${same.id}]: is dit dubbel ingevoerd? Verwijder het dan met --remove ${next.id}.`);
  } else if (next.type === 'acknowledged') {
    const earlier = history.find((e) => e.type === 'acknowledged');
    if (earlier) warnings.push(`Er was al een ontvangstbevestiging vastgelegd op ${at(earlier)}.`);
  }
  if (next.type === 'decided' && !isFinalDecision(next)) {
    const decided = new Set(history.filter((e) => e.type === 'decided').flatMap((e) => e.points ?? []));
    const again = (next.points ?? []).filter((p) => decided.has(p));
    if (again.length) {
      warnings.push(`Over ${again.length === 1 ? 'punt' : 'de punten'} ${formatPointList(again)} is al eerder (deels) beslist; controleer --points.`);
    }
  }
  if (next.type !== 'sent' && next.type !== 'received' && next.type !== 'withdrawn' && !history.some((e) => e.type === 'sent' || e.type === 'received')) {
    warnings.push('Er is nog geen verzending of ontvangst vastgelegd, dus woo kan geen termijnen berekenen. Leg die eerst vast met sent of received en een datum.');
  }
  return warnings;
}
