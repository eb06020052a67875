// From a request's logged history to the deadline input, and the checks run before a new event is logged.
import { compareDates, daysBetween, maxDate, type IsoDate } from '../dates.js';
import { WooError } from '../errors.js';
import { eventNumber } from '../event-id.js';
import { EVENT_LABELS, isFinalDecision, type WooEvent } from '../schema/event.js';
import type { RegimeChoice } from '../schema/request.js';
import { computeDeadlines } from './deadlines.js';
import type { DeadlineInput, Suspension } from './types.js';
import { fmt } from './wording.js';

export interface FromEventsOptions {
  regime: RegimeChoice;
  committee: boolean;
}

/** Events in the order they happened; same-day events in the order they were logged (e1, e2, …). */
function chronological(events: WooEvent[]): WooEvent[] {
  const sequence = (event: WooEvent) => eventNumber(event.id);
  return [...events].sort((a, b) => compareDates(a.date, b.date) || sequence(a) - sequence(b));
}


/** Suspensions that open with one event and close with another. */
const OPENING: Partial<Record<WooEvent['type'], Suspension['kind']>> = {
  'clarification-requested': 'clarification',
  'third-party-consulted': 'third_party',
};
const CLOSING: Partial<Record<WooEvent['type'], Suspension['kind']>> = {
  clarified: 'clarification',
  'third-party-done': 'third_party',
};

export function deadlineInputFromEvents(events: WooEvent[], opts: FromEventsOptions): DeadlineInput {
  const input: DeadlineInput = { regime: opts.regime, committee: opts.committee };
  const suspensions: Suspension[] = [];
  for (const event of chronological(events)) {
    const opening = OPENING[event.type];
    const closing = CLOSING[event.type];
    if (opening) suspensions.push({ kind: opening, from: event.date });
    else if (closing) {
      const open = suspensions.find((s) => s.kind === closing && s.to === undefined);
      if (open) open.to = event.date;
    } else {
      applyEvent(input, suspensions, event);
    }
  }
  if (suspensions.length > 0) input.suspensions = suspensions;
  return input;
}

function applyEvent(input: DeadlineInput, suspensions: Suspension[], event: WooEvent): void {
  switch (event.type) {
    case 'sent':
      input.sent ??= { date: event.date, channel: event.channel };
      break;
    case 'received':
      input.received ??= event.date;
      break;
    case 'postponed':
      if (event.until) suspensions.push({ kind: 'postponed', from: event.date, to: event.until });
      break;
    case 'adjourned':
      input.adjournment ??= { date: event.date, weeks: event.weeks };
      break;
    case 'decided':
      if (isFinalDecision(event)) input.decided ??= event.date;
      break;
    case 'notice-of-default':
      // The latest notice counts: an earlier one may have been premature, and a later start for the
      // appeal's waiting period is never too early.
      input.noticeOfDefault = event.date;
      break;
    case 'objection-lodged':
      input.objectionLodged ??= event.date;
      break;
    case 'objection-adjourned':
      input.objectionAdjournment ??= { date: event.date, weeks: event.weeks };
      break;
    case 'objection-decided':
      input.objectionDecided ??= event.date;
      break;
    case 'withdrawn':
      input.withdrawn ??= event.date;
      break;
    // acknowledged, forwarded, appeal-lodged: recorded for the timeline, no effect on the clock.
    default:
      break;
  }
}

export interface EventCheck {
  /** Impossible histories: the event must not be logged. */
  errors: string[];
  /** Odd but possible: log it, but tell the user. */
  warnings: string[];
}

/** Things the body does with a request, which cannot happen before it was sent and received. */
const BODY_ACTIONS = new Set<WooEvent['type']>([
  'acknowledged',
  'clarification-requested',
  'third-party-consulted',
  'postponed',
  'adjourned',
  'forwarded',
  'decided',
]);

export function checkNewEvent(
  events: WooEvent[],
  newEvent: WooEvent,
  today: IsoDate,
  opts: FromEventsOptions = { regime: 'auto', committee: false },
): EventCheck {
  const errors = historyErrors(events, newEvent);
  const warnings: string[] = [];
  if (newEvent.date > today) warnings.push(`De datum (${fmt(newEvent.date)}) ligt in de toekomst; vandaag is het ${fmt(today)}.`);
  warnings.push(...historyWarnings(events, newEvent));
  if (errors.length === 0) warnings.push(...newDeadlineWarnings(events, newEvent, opts));
  return { errors, warnings };
}

function historyErrors(events: WooEvent[], next: WooEvent): string[] {
  const errors: string[] = [];
  const first = (type: WooEvent['type']) => chronological(events).find((e) => e.type === type);
  const label = EVENT_LABELS[next.type];
  const withdrawn = first('withdrawn');
  if (withdrawn && (next.type === 'withdrawn' || next.date > withdrawn.date)) {
    errors.push(`Het verzoek is ingetrokken op ${fmt(withdrawn.date)}; daarna kan niets meer worden vastgelegd.`);
  }
  const sent = first('sent');
  const received = first('received');
  if (next.type === 'received' && sent && next.date < sent.date) {
    errors.push(`De ontvangst (${fmt(next.date)}) kan niet vóór de verzending (${fmt(sent.date)}) liggen.`);
  }
  const start = received ?? sent;
  if (BODY_ACTIONS.has(next.type) && start && next.date < start.date) {
    errors.push(`${capitalise(label)} (${fmt(next.date)}) kan niet vóór de ${start.type === 'received' ? 'ontvangst' : 'verzending'} van het verzoek (${fmt(start.date)}) liggen.`);
  }
  // The same order seen from the other side: sending or receipt logged after what followed it.
  if (next.type === 'sent' || next.type === 'received') {
    const later = chronological(events).find((e) => (BODY_ACTIONS.has(e.type) || (next.type === 'sent' && e.type === 'received')) && e.date < next.date);
    if (later) {
      errors.push(`${capitalise(label)} (${fmt(next.date)}) kan niet ná ${EVENT_LABELS[later.type]} (${fmt(later.date)}) liggen.`);
    }
  }
  if (next.type === 'adjourned' && first('adjourned')) {
    errors.push('De beslissing is al verdaagd; een beslissing kan maar één keer worden verdaagd.');
  }
  const closing = CLOSING[next.type];
  if (closing) {
    const open = deadlineInputFromEvents(events, { regime: 'auto', committee: false }).suspensions?.find(
      (s) => s.kind === closing && s.to === undefined,
    );
    const opener = closing === 'clarification' ? 'verzoek om precisering' : 'verzoek om een zienswijze van derden';
    if (!open) errors.push(`${capitalise(label)} kan pas worden vastgelegd na een openstaand ${opener}.`);
    else if (next.date < open.from) errors.push(`De opschorting kan niet eindigen (${fmt(next.date)}) vóór zij begon (${fmt(open.from)}).`);
  }
  if (next.type === 'postponed') {
    if (!next.until) errors.push('Bij uitstel hoort de laatste dag van het uitstel (--until).');
    else if (next.until < next.date) errors.push(`Het uitstel kan niet eindigen (${fmt(next.until)}) vóór het begon (${fmt(next.date)}).`);
  }
  const decision = chronological(events).find(isFinalDecision);
  if (next.type === 'objection-lodged' && (!decision || next.date < decision.date)) {
    errors.push('Bezwaar kan pas worden gemaakt na het besluit op het hele verzoek; leg eerst het besluit vast.');
  }
  const objection = first('objection-lodged');
  if ((next.type === 'objection-decided' || next.type === 'objection-adjourned') && (!objection || next.date < objection.date)) {
    errors.push(`${capitalise(label)} kan pas worden vastgelegd na het bezwaar; leg eerst het bezwaar vast.`);
  }
  return errors;
}

function historyWarnings(events: WooEvent[], next: WooEvent): string[] {
  const warnings: string[] = [];
  const all = chronological([...events, next]);
  const sent = all.find((e) => e.type === 'sent');
  const received = all.find((e) => e.type === 'received');
  if ((next.type === 'sent' || next.type === 'received') && sent && received && daysBetween(sent.date, received.date) > 14) {
    warnings.push(
      `De ontvangst (${fmt(received.date)}) ligt ${daysBetween(sent.date, received.date)} dagen na de verzending (${fmt(sent.date)}); ` +
        'controleer de datums (de termijn loopt vanaf de ontvangst).',
    );
  }
  if ((next.type === 'adjourned' || next.type === 'objection-adjourned') && next.weeks === undefined) {
    warnings.push('Er is geen duur van de verdaging opgegeven (--weeks); gerekend wordt met het wettelijk maximum.');
  }
  if (next.type === 'objection-adjourned' && events.some((e) => e.type === 'objection-adjourned')) {
    warnings.push('De beslissing op bezwaar is al verdaagd; verder uitstel kan alleen met instemming of voor de procedure (art. 7:10 lid 4 Awb).');
  }
  if (next.type === 'notice-of-default' && events.some(isFinalDecision)) {
    warnings.push('Er is al een besluit op het hele verzoek vastgelegd; een ingebrekestelling is dan niet meer nodig.');
  }
  return warnings;
}

/**
 * Warnings the deadline engine gives only because of the new event (a late or too long adjournment, a
 * premature notice of default, …). `today` is set to the history's latest date so that the engine's
 * future-date warnings, already given above for every event type, are not repeated.
 */
function newDeadlineWarnings(events: WooEvent[], next: WooEvent, opts: FromEventsOptions): string[] {
  const after = [...events, next];
  const latest = maxDate(...after.map((e) => e.date));
  const before = new Set(engineWarnings(events, opts, latest));
  return engineWarnings(after, opts, latest).filter((warning) => !before.has(warning));
}

function engineWarnings(events: WooEvent[], opts: FromEventsOptions, today: IsoDate): string[] {
  try {
    return computeDeadlines(deadlineInputFromEvents(events, opts), today).warnings;
  } catch (error) {
    // No receipt or sending date yet: nothing to compute, so nothing to warn about.
    if (error instanceof WooError) return [];
    throw error;
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
