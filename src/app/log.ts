// `woo log ID EVENT [DATE]`: add an event to a request's history, refusing impossible histories.
import { formatDateLong, parseIsoDate, type IsoDate } from '../core/dates.js';
import { CannotError, UsageError } from '../core/errors.js';
import { checkNewEvent, decisionId, LATENESS_EVENTS, OBJECTION_EVENTS } from '../core/law/index.js';
import { parsePointSpec } from '../core/point-spec.js';
import { CHANNELS, EVENT_LABELS, EVENT_TYPES, type Channel, type EventType, type WooEvent } from '../core/schema/event.js';
import type { Profile } from '../core/schema/profile.js';
import type { WooRequest } from '../core/schema/request.js';
import { nextEventId } from '../core/event-id.js';
import { cleanText } from '../core/text.js';
import { withProfileDefaults } from '../core/letters/parties.js';
import { editDistance } from '../core/bodies/search.js';
import type { AppContext } from './context.js';
import { summarise, type RequestSummary } from './summary.js';

/** Dutch words a user may type instead of the event codes. */
const ALIASES: Record<string, EventType> = {
  verzonden: 'sent',
  ontvangen: 'received',
  ontvangstbevestiging: 'acknowledged',
  precisering: 'clarification-requested',
  gepreciseerd: 'clarified',
  zienswijze: 'third-party-consulted',
  'zienswijze-klaar': 'third-party-done',
  uitstel: 'postponed',
  verdaagd: 'adjourned',
  verdaging: 'adjourned',
  doorgezonden: 'forwarded',
  besluit: 'decided',
  besloten: 'decided',
  ingebrekestelling: 'notice-of-default',
  beroep: 'appeal-lodged',
  bezwaar: 'objection-lodged',
  adviescommissie: 'objection-committee',
  'bezwaar-verdaagd': 'objection-adjourned',
  'bezwaar-uitstel': 'objection-postponed',
  'herstel-verzuim-gevraagd': 'objection-grounds-requested',
  'gronden-gevraagd': 'objection-grounds-requested',
  'verzuim-hersteld': 'objection-grounds-supplied',
  'gronden-aangevuld': 'objection-grounds-supplied',
  'beslissing-op-bezwaar': 'objection-decided',
  uitspraak: 'judgment',
  ingetrokken: 'withdrawn',
};

export function parseEventType(word: string): EventType {
  const w = word.trim().toLowerCase();
  if ((EVENT_TYPES as readonly string[]).includes(w)) return w as EventType;
  if (ALIASES[w]) return ALIASES[w];
  const close = [...EVENT_TYPES, ...Object.keys(ALIASES)].filter((known) => editDistance(w, known, 2) <= 2);
  throw new UsageError(
    `Onbekende gebeurtenis "${word}".${close.length ? ` Bedoelde u ${close.slice(0, 3).join(' of ')}?` : ''}`,
    `Kies uit: ${EVENT_TYPES.join(', ')}.`,
  );
}

export interface LogOptions {
  id: string;
  event: string;
  date?: string;
  weeks?: number;
  until?: string;
  points?: string;
  channel?: string;
  note?: string;
  reference?: string;
  /** The decision (eN) an objection-stage event, or a notice of default or appeal about the objection, concerns. */
  decision?: string;
  committee?: boolean;
}

export interface LogResult {
  request: WooRequest;
  event: WooEvent;
  warnings: string[];
  summary: RequestSummary;
}

function onlyFor(value: unknown, flag: string, allowed: EventType[], type: EventType): void {
  if (value !== undefined && !allowed.includes(type)) {
    throw new UsageError(`${flag} hoort niet bij "${type}".`, `${flag} is alleen voor: ${allowed.join(', ')}.`);
  }
}

export function buildEvent(options: LogOptions, request: WooRequest, today: IsoDate): WooEvent {
  const type = parseEventType(options.event);
  onlyFor(options.weeks, '--weeks', ['adjourned', 'objection-adjourned', 'judgment'], type);
  onlyFor(options.until, '--until', ['postponed', 'objection-postponed'], type);
  onlyFor(options.points, '--points', ['decided', 'forwarded'], type);
  onlyFor(options.channel, '--channel', ['sent'], type);
  onlyFor(options.committee || undefined, '--committee', ['objection-lodged'], type);
  onlyFor(options.decision, '--decision', [...OBJECTION_EVENTS, ...LATENESS_EVENTS], type);
  if ((type === 'postponed' || type === 'objection-postponed') && options.until === undefined) {
    throw new UsageError(`Bij "${type}" hoort --until: de laatste dag van het uitstel waarmee u instemde.`, `Bijvoorbeeld: woo log ${request.id} ${type} 2026-12-01 --until 2027-01-15`);
  }
  if (options.channel !== undefined && !(CHANNELS as readonly string[]).includes(options.channel)) {
    throw new UsageError(`Onbekend kanaal "${options.channel}".`, `Kies uit: ${CHANNELS.join(', ')}.`);
  }
  const points = options.points !== undefined ? parsePointSpec(options.points, request.points.length) : undefined;
  return {
    id: nextEventId(request.events),
    type,
    date: options.date !== undefined ? parseIsoDate(options.date, 'datum') : today,
    ...(options.weeks !== undefined ? { weeks: options.weeks } : {}),
    ...(options.until !== undefined ? { until: parseIsoDate(options.until, 'datum bij --until') } : {}),
    // A decision (or forwarding) on every point is one on the whole request, not a partial one.
    ...(points && points.length < request.points.length ? { points } : {}),
    ...(options.channel !== undefined ? { channel: options.channel as Channel } : {}),
    ...(options.decision !== undefined ? { decision: decisionId(request.events, options.decision) } : {}),
    ...(options.committee ? { committee: true } : {}),
    ...(options.note && cleanText(options.note) ? { note: cleanText(options.note) } : {}),
    recorded: today,
  };
}

/** The request with the event added, refusing an impossible history (also used by woo send). */
export function appendEvent(current: WooRequest, options: Omit<LogOptions, 'id'>, profile: Profile, today: IsoDate): { request: WooRequest; event: WooEvent; warnings: string[] } {
  const event = { ...buildEvent({ ...options, id: current.id }, current, today), ...(profile.name ? { by: profile.name } : {}) };
  const check = checkNewEvent(current.events, event, today, { regime: current.regime, committee: current.committee });
  if (check.errors.length > 0) {
    throw new CannotError(`Kan "${EVENT_LABELS[event.type]}" op ${formatDateLong(event.date)} niet vastleggen: ${check.errors.join(' ')}`, `Bekijk de tijdlijn met woo show ${current.id}.`);
  }
  // The sender is fixed when the request goes out: later profile changes must not rewrite it.
  const requester = event.type === 'sent' ? withProfileDefaults(profile, current.requester) : current.requester;
  const request = { ...current, requester, events: [...current.events, event], ...(options.reference && cleanText(options.reference) ? { reference: cleanText(options.reference) } : {}) };
  return { request, event, warnings: check.warnings };
}

export async function runLog(options: LogOptions, ctx: AppContext): Promise<LogResult> {
  let result: { event: WooEvent; warnings: string[] } | undefined;
  const profile = await ctx.workspace.readProfile();
  const request = await ctx.workspace.updateRequest(options.id, (current) => {
    const added = appendEvent(current, options, profile, ctx.today);
    result = added;
    return added.request;
  });
  return { request, event: result!.event, warnings: result!.warnings, summary: summarise(request, ctx.today) };
}

export interface BatchLogResult {
  batch: string;
  logged: { request: WooRequest; event: WooEvent; warnings: string[]; summary: RequestSummary }[];
}

/** One event for every request of a batch, under one lock: if one request refuses it, none gets it. */
export async function runLogBatch(options: Omit<LogOptions, 'id'> & { batch: string }, ctx: AppContext): Promise<BatchLogResult> {
  const { requests } = await ctx.workspace.listRequests();
  const ids = requests.filter((r) => r.batch === options.batch).map((r) => r.id);
  if (ids.length === 0) throw new CannotError(`Onbekende reeks: "${options.batch}".`, 'Bekijk de reeksen met woo report --by batch.');
  const profile = await ctx.workspace.readProfile();
  const added = new Map<string, { event: WooEvent; warnings: string[] }>();
  const saved = await ctx.workspace.updateRequests(ids, (current) => {
    try {
      const result = appendEvent(current, options, profile, ctx.today);
      added.set(current.id, result);
      return result.request;
    } catch (e) {
      if (e instanceof CannotError) throw new CannotError(`${current.id}: ${e.message}`, `Niets vastgelegd bij de reeks ${options.batch}: ook de andere verzoeken zijn ongewijzigd.`);
      throw e;
    }
  });
  return { batch: options.batch, logged: saved.map((request) => ({ request, ...added.get(request.id)!, summary: summarise(request, ctx.today) })) };
}
