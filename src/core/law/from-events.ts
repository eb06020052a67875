// From a request's logged history to the deadline input, and the checks run before a new event is logged.
import { daysBetween, maxDate, type IsoDate } from '../dates.js';
import { WooError } from '../errors.js';
import { BODY_ACTIONS, EVENT_LABELS, isFinalDecision, type WooEvent } from '../schema/event.js';
import type { RegimeChoice } from '../schema/request.js';
import { capitalise } from '../text.js';
import { computeDeadlines } from './deadlines.js';
import { duplicateErrors, duplicateWarnings } from './duplicate-events.js';
import { assignTargets, chronological, LATENESS_EVENTS, OBJECTION_EVENTS } from './stages.js';
import type { DeadlineInput, ObjectionStage, PartialDecision, Suspension } from './types.js';
import { fmt } from './wording.js';

export interface FromEventsOptions {
  regime: RegimeChoice;
  committee: boolean;
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
  const targets = assignTargets(events);
  const partials = new Map<string, PartialDecision>();
  let final: string | undefined;
  for (const event of chronological(events)) {
    const opening = OPENING[event.type];
    const closing = CLOSING[event.type];
    const target = targets.get(event.id);
    if (opening) {
      suspensions.push({ kind: opening, from: event.date });
      if (opening === 'third_party') input.thirdPartyHeard = true;
    } else if (closing) {
      const open = suspensions.find((s) => s.kind === closing && s.to === undefined);
      if (open) open.to = event.date;
    } else if (event.type === 'decided') {
      if (isFinalDecision(event)) {
        if (!input.decided) {
          input.decided = event.date;
          final = event.id;
        }
      } else partials.set(event.id, { decided: event.date, points: event.points ?? [], ref: event.id });
    } else if (target && target !== 'request') {
      const stage: ObjectionStage | undefined = target.decision === final ? input : partials.get(target.decision);
      if (stage) applyObjectionEvent(stage, event);
    } else if (target === 'request') {
      applyEvent(input, suspensions, event);
    }
  }
  if (suspensions.length > 0) input.suspensions = suspensions;
  if (partials.size > 0) input.partialDecisions = [...partials.values()];
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
    case 'notice-of-default':
      // The latest notice counts: an earlier one may have been premature, and a later start for the
      // appeal's waiting period is never too early.
      input.noticeOfDefault = event.date;
      break;
    case 'appeal-lodged':
      input.appealLodged ??= event.date;
      break;
    case 'judgment':
      input.judgment = { date: event.date, ...(event.weeks !== undefined ? { weeks: event.weeks } : {}) };
      break;
    case 'withdrawn':
      input.withdrawn ??= event.date;
      break;
    case 'forwarded':
      (input.forwarded ??= []).push({ date: event.date, ...(event.points?.length ? { points: event.points } : {}) });
      break;
    // acknowledged: recorded for the timeline, no effect on the clock.
    default:
      break;
  }
}

/** A step in the objection against one decision (or a notice, appeal or judgment about its lateness). */
function applyObjectionEvent(stage: ObjectionStage, event: WooEvent): void {
  switch (event.type) {
    case 'objection-lodged':
      stage.objectionLodged ??= event.date;
      if (event.committee) stage.committee = true;
      break;
    case 'objection-committee':
      stage.committee = true;
      break;
    case 'objection-adjourned':
      stage.objectionAdjournment ??= { date: event.date, weeks: event.weeks };
      break;
    case 'objection-postponed':
      if (event.until) stage.objectionPostponedUntil = event.until;
      break;
    case 'objection-grounds-requested':
      stage.objectionSuspension ??= { from: event.date };
      break;
    case 'objection-grounds-supplied':
      if (stage.objectionSuspension && !stage.objectionSuspension.to) stage.objectionSuspension.to = event.date;
      break;
    case 'notice-of-default':
      stage.objectionNoticeOfDefault = event.date;
      break;
    case 'appeal-lodged':
      stage.objectionAppealLodged ??= event.date;
      break;
    case 'judgment':
      stage.objectionJudgment = { date: event.date, ...(event.weeks !== undefined ? { weeks: event.weeks } : {}) };
      break;
    case 'objection-decided':
      stage.objectionDecided ??= event.date;
      break;
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
  // A duplicate first: what else is wrong with it usually follows from it.
  const errors: string[] = duplicateErrors(events, next);
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
  if (BODY_ACTIONS.includes(next.type) && start && next.date < start.date) {
    errors.push(`${capitalise(label)} (${fmt(next.date)}) kan niet vóór de ${start.type === 'received' ? 'ontvangst' : 'verzending'} van het verzoek (${fmt(start.date)}) liggen.`);
  }
  // The same order seen from the other side: sending or receipt logged after what followed it.
  if (next.type === 'sent' || next.type === 'received') {
    const later = chronological(events).find((e) => (BODY_ACTIONS.includes(e.type) || (next.type === 'sent' && e.type === 'received')) && e.date < next.date);
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
  errors.push(...stageErrors(events, next));
  return errors;
}

/** Objection steps need their objection, an objection its decision; a judgment needs an appeal. */
function stageErrors(events: WooEvent[], next: WooEvent): string[] {
  if (!OBJECTION_EVENTS.has(next.type) && !LATENESS_EVENTS.has(next.type)) return [];
  const all = [...events, next];
  const targets = assignTargets(all);
  const target = targets.get(next.id);
  const label = capitalise(EVENT_LABELS[next.type]);
  const decisions = events.filter((e) => e.type === 'decided');
  if (next.decision !== undefined && !decisions.some((d) => d.id === next.decision)) {
    const known = decisions.map((d) => `${d.id} (${fmt(d.date)})`).join(', ');
    return [`Er is geen besluit ${next.decision}${known ? `; vastgelegde besluiten: ${known}` : ''}.`];
  }
  if (target === null || target === undefined) {
    if (next.type === 'judgment') return ['Een uitspraak kan pas worden vastgelegd na het beroep; leg eerst het beroep vast (appeal-lodged).'];
    if (next.type === 'objection-lodged') return ['Bezwaar kan pas worden gemaakt na een besluit (ook een deelbesluit); leg eerst het besluit vast.'];
    return [`${label} kan pas worden vastgelegd na het bezwaar; leg eerst het bezwaar vast.`];
  }
  if (target === 'request') return [];
  const decision = decisions.find((d) => d.id === target.decision)!;
  const mine = events.filter((e) => {
    const t = targets.get(e.id);
    return e.date <= next.date && t && t !== 'request' && t.decision === decision.id;
  });
  const what = `het besluit van ${fmt(decision.date)} [${decision.id}]`;
  if (next.date < decision.date) return [`${label} (${fmt(next.date)}) kan niet vóór ${what} liggen.`];
  if (next.type === 'objection-lodged') {
    return mine.some((e) => e.type === 'objection-lodged') ? [`Tegen ${what} is al bezwaar vastgelegd.`] : [];
  }
  const lodged = mine.find((e) => e.type === 'objection-lodged');
  if (OBJECTION_EVENTS.has(next.type) && (!lodged || next.date < lodged.date)) return [`${label} kan pas worden vastgelegd na het bezwaar tegen ${what}; leg eerst het bezwaar vast.`];
  if (next.type === 'objection-grounds-supplied' && !mine.some((e) => e.type === 'objection-grounds-requested')) {
    return [`${label} kan pas worden vastgelegd nadat het bestuursorgaan om herstel van het verzuim heeft gevraagd (objection-grounds-requested).`];
  }
  if (next.type === 'objection-postponed' && next.until && next.until < next.date) return [`Het uitstel kan niet eindigen (${fmt(next.until)}) vóór het begon (${fmt(next.date)}).`];
  return [];
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
  const targets = assignTargets([...events, next]);
  const sameStage = (e: WooEvent) => JSON.stringify(targets.get(e.id)) === JSON.stringify(targets.get(next.id));
  if (next.type === 'objection-adjourned' && events.some((e) => e.type === 'objection-adjourned' && sameStage(e))) {
    warnings.push(
      'De beslissing op bezwaar is al verdaagd; verder uitstel kan alleen met instemming of voor de procedure (art. 7:10 lid 4 Awb). ' +
        'Leg uitstel met instemming vast met objection-postponed --until DATUM.',
    );
  }
  if (next.type === 'notice-of-default' && targets.get(next.id) === 'request' && events.some(isFinalDecision)) {
    warnings.push('Er is al een besluit op het hele verzoek vastgelegd; een ingebrekestelling is dan niet meer nodig.');
  }
  warnings.push(...duplicateWarnings(events, next));
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
