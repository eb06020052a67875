// Builds the letter model of any kind for a stored request (one model, three renderings).
import { formatDateLong } from '../core/dates.js';
import { CannotError } from '../core/errors.js';
import { assignTargets, atwExtend, competentCourt, decisionId, deadlineInputFromEvents, objectionDeadline, type DeadlineReport, type ObjectionStage } from '../core/law/index.js';
import { isFinalDecision, type WooEvent } from '../core/schema/event.js';
import { appealTextSchema, noticeTextSchema, objectionTextSchema, type AppealText, type NoticeText, type ObjectionText } from '../core/letters/follow-up-text.js';
import type { LetterKind, LetterModel } from '../core/letters/model.js';
import { buildAppealForLateness } from '../core/letters/appeal-for-lateness.js';
import { buildNoticeOfDefault } from '../core/letters/notice-of-default.js';
import { buildObjection } from '../core/letters/objection.js';
import { withProfileDefaults } from '../core/letters/parties.js';
import { buildReminder, reminderTextSchema, type ReminderText } from '../core/letters/reminder.js';
import { buildRequestLetter } from '../core/letters/request-letter.js';
import { pointStates } from '../core/outcomes.js';
import type { Profile } from '../core/schema/profile.js';
import type { WooRequest } from '../core/schema/request.js';
import { fill } from '../render/handlebars.js';
import type { AppContext } from './context.js';
import { loadCourts } from './courts.js';
import { loadDirectory } from './directory.js';
import { deadlinesOf } from './summary.js';
import { loadLetterText, loadRequestLetterText } from './templates.js';

export interface LetterRequestOptions {
  /** Make the letter even when it would be premature or late (with a warning). */
  force: boolean;
  /** The requester's own objection grounds, per point number or "algemeen". */
  ownGrounds: Record<string, string[]>;
  /** The decision (eN) the letter is about: the one objected to, or whose objection is late. */
  decision?: string;
  /** The appeal for lateness: this court instead of the one art. 8:7 Awb points to (id or name). */
  court?: string;
}

export interface BuiltLetter {
  model: LetterModel;
  warnings: string[];
}

/** A draft takes the current profile (corrections apply); once sent, the sender it went out with. */
async function requesterOf(request: WooRequest, ctx: AppContext): Promise<Profile> {
  if (request.events.some((e) => e.type === 'sent')) return request.requester;
  return withProfileDefaults(await ctx.workspace.readProfile(), request.requester);
}

/** The request letter is dated the day it was sent, or today while it is a draft. */
export async function requestLetterModel(request: WooRequest, ctx: AppContext): Promise<LetterModel> {
  const sent = request.events.find((e) => e.type === 'sent');
  return buildRequestLetter(request, await loadRequestLetterText(), fill, { date: sent?.date ?? ctx.today, requester: await requesterOf(request, ctx) });
}

/** Which procedure a letter written today is about: the request, or the objection against one decision. */
function letterTarget(request: WooRequest, type: WooEvent['type'], today: string, decision: string | undefined) {
  const probe: WooEvent = { id: `e${request.events.length + 1_000_000}`, type, date: today, recorded: today, ...(decision ? { decision } : {}) };
  return assignTargets([...request.events, probe]).get(probe.id);
}

/** The objection stage of one decision, as the engine sees it, and the deadlines that belong to it. */
function objectionStageOf(request: WooRequest, report: DeadlineReport, decisionId: string) {
  const input = deadlineInputFromEvents(request.events, { regime: request.regime, committee: request.committee });
  const decision = request.events.find((e) => e.id === decisionId)!;
  const partial = input.partialDecisions?.find((p) => p.ref === decisionId);
  const stage: ObjectionStage = partial ?? input;
  const deadlines = report.deadlines.filter((d) => (partial ? d.concerns?.ref === decisionId : !d.concerns));
  return { decision, stage, deadlines };
}

/** The whole request went to another body (art. 4.2 lid 1 Woo): that body decides, so the first is not in default. */
function refuseForwarded(request: WooRequest): void {
  const forwarded = request.events.find((e) => e.type === 'forwarded' && !e.points?.length);
  if (!forwarded) return;
  throw new CannotError(
    `Het verzoek is op ${formatDateLong(forwarded.date)} doorgezonden naar een ander bestuursorgaan (art. 4.2 lid 1 Woo); dat bestuursorgaan beslist nu, binnen vier weken na de ontvangst daar.`,
    'Volg het verzoek bij dat bestuursorgaan als eigen verzoek (woo new met --body, daarna woo log <id> received <datum>) en stel zo nodig dat bestuursorgaan in gebreke.',
  );
}

/** A premature notice is void: refused before its first valid day, unless forced (with a warning). */
function refusePremature(from: { date: string } | undefined, today: string, opts: LetterRequestOptions, warnings: string[]): void {
  if (from && today >= from.date) return;
  const when = from ? `Een ingebrekestelling is geldig vanaf ${formatDateLong(from.date)}` : 'De beslistermijn is opgeschort; zolang die opschorting loopt, is een ingebrekestelling prematuur';
  const message = `${when}; een eerder verzonden ingebrekestelling is prematuur en telt niet (ABRvS 9 februari 2011, ECLI:NL:RVS:2011:BP3711).`;
  if (!opts.force) throw new CannotError(`Te vroeg voor een ingebrekestelling. ${message}`, 'Wacht tot die datum, of maak de brief toch met --force (niet verstandig).');
  warnings.push(`Deze ingebrekestelling is te vroeg. ${message}`);
}

async function noticeModel(request: WooRequest, ctx: AppContext, opts: LetterRequestOptions): Promise<BuiltLetter> {
  const report = deadlinesOf(request, ctx.today);
  if (!report) throw new CannotError('Er is nog niet vastgelegd wanneer het verzoek is verzonden of ontvangen.', `Leg dat eerst vast: woo log ${request.id} received <datum>.`);
  const target = letterTarget(request, 'notice-of-default', ctx.today, opts.decision);
  if (!target) throw new CannotError(`Er is geen bezwaar tegen besluit ${opts.decision} vastgelegd.`, `Leg het bezwaar vast: woo log ${request.id} objection-lodged <datum> --decision ${opts.decision}.`);
  const warnings: string[] = [];
  const text = await loadLetterText<NoticeText>('notice-of-default', noticeTextSchema);
  const input = deadlineInputFromEvents(request.events, { regime: request.regime, committee: request.committee });
  const base = { request, requester: await requesterOf(request, ctx), date: ctx.today, report, suspensions: input.suspensions ?? [] };
  if (target !== 'request') {
    const { decision, stage, deadlines } = objectionStageOf(request, report, target.decision);
    if (stage.objectionDecided) throw new CannotError(`Op het bezwaar tegen het besluit van ${formatDateLong(decision.date)} is al beslist.`, `Tegen de beslissing op bezwaar staat beroep open bij de rechtbank.`);
    const term = deadlines.find((d) => d.kind === 'objection_decision');
    if (!term) throw new CannotError('De termijn voor de beslissing op bezwaar is niet te bepalen.', report.warnings.join(' '));
    refusePremature(deadlines.find((d) => d.kind === 'objection_notice_of_default_from'), ctx.today, opts, warnings);
    const objection = { ...stage, decided: decision.date, ...(decision.points?.length ? { points: decision.points } : {}) };
    return { model: buildNoticeOfDefault({ ...base, deadline: term, objection }, text, fill), warnings };
  }
  if (request.events.some(isFinalDecision)) {
    throw new CannotError('Er is al een besluit op het hele verzoek vastgelegd; een ingebrekestelling is dan niet meer mogelijk.', `Tegen het besluit maakt u bezwaar: woo letter ${request.id} objection.`);
  }
  refuseForwarded(request);
  const decision = report.deadlines.find((d) => d.kind === 'decision');
  if (!decision) throw new CannotError('De beslistermijn is niet te bepalen.', report.warnings.join(' '));
  refusePremature(report.deadlines.find((d) => d.kind === 'notice_of_default_from'), ctx.today, opts, warnings);
  return { model: buildNoticeOfDefault({ ...base, deadline: decision }, text, fill), warnings };
}

async function objectionModel(request: WooRequest, ctx: AppContext, opts: LetterRequestOptions, proForma: boolean): Promise<BuiltLetter> {
  const decisions = request.events.filter((e) => e.type === 'decided').sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  // Each (partial) decision is contested on its own (art. 6:7 Awb): the one named, or the latest.
  const decision = opts.decision ? decisions.find((e) => e.id === opts.decision) : decisions.at(-1);
  if (!decision && opts.decision) {
    throw new CannotError(`Er is geen besluit ${opts.decision}.`, `Vastgelegde besluiten: ${decisions.map((d) => `${d.id} (${formatDateLong(d.date)})`).join(', ') || 'geen'}.`);
  }
  if (!decision) throw new CannotError('Er is nog geen besluit vastgelegd om bezwaar tegen te maken.', `Leg het besluit vast: woo log ${request.id} decided <datum>.`);
  const report = deadlinesOf(request, ctx.today);
  const deadline = objectionDeadline(decision.date, atwExtend);
  const warnings: string[] = [];
  if (ctx.today > deadline.date) {
    const message = `De bezwaartermijn is op ${formatDateLong(deadline.date)} verstreken (${deadline.basis}); een te laat ingediend bezwaar wordt niet-ontvankelijk verklaard, tenzij de overschrijding verschoonbaar is (art. 6:11 Awb).`;
    if (!opts.force) throw new CannotError(message, 'Maak de brief toch met --force als u meent dat de overschrijding verschoonbaar is.');
    warnings.push(message);
  }
  const concerned = new Set(decision.points ?? request.points.map((p) => p.number));
  const points = pointStates(request).filter((p) => concerned.has(p.point));
  const unknown = Object.keys(opts.ownGrounds).filter((k) => k !== 'algemeen' && !request.points.some((p) => String(p.number) === k));
  if (unknown.length) throw new CannotError(`${unknown.length > 1 ? 'Punten' : 'Punt'} ${unknown.join(', ')} ${unknown.length > 1 ? 'bestaan' : 'bestaat'} niet in dit verzoek (--ground).`, `Dit verzoek heeft de punten 1 tot en met ${request.points.length}; gebruik --ground "3=uw argument" of --ground "algemeen=uw argument".`);
  const text = await loadLetterText<ObjectionText>('objection', objectionTextSchema);
  const model = buildObjection(
    { request, requester: await requesterOf(request, ctx), date: ctx.today, regime: report?.regime ?? 'woo', decided: decision.date, deadline: deadline.date, points, ownGrounds: opts.ownGrounds, proForma },
    text,
    fill,
  );
  if (!proForma && !model.body.some((b) => b.kind === 'heading' && b.text !== text.groundsHeading)) {
    throw new CannotError(
      'Er is niets om tegen op te komen: voor geen enkel punt is een bestreden uitkomst vastgelegd.',
      `Leg de uitkomsten vast met woo respond ${request.id}, of geef uw gronden op met --ground "3=uw argument" of --ground "algemeen=…".`,
    );
  }
  return { model, warnings };
}

/**
 * The appeal for lateness: only once a valid notice of default was sent and two weeks have passed since
 * (art. 6:12 lid 2 Awb); before that the court would declare it inadmissible, so it is refused with the reason.
 */
async function appealModel(request: WooRequest, ctx: AppContext, opts: LetterRequestOptions): Promise<BuiltLetter> {
  const report = deadlinesOf(request, ctx.today);
  if (!report) throw new CannotError('Er is nog niet vastgelegd wanneer het verzoek is verzonden of ontvangen.', `Leg dat eerst vast: woo log ${request.id} received <datum>.`);
  const target = letterTarget(request, 'appeal-lodged', ctx.today, opts.decision);
  if (!target) throw new CannotError(`Er is geen bezwaar tegen besluit ${opts.decision} vastgelegd.`, `Leg het bezwaar vast: woo log ${request.id} objection-lodged <datum> --decision ${opts.decision}.`);
  const input = deadlineInputFromEvents(request.events, { regime: request.regime, committee: request.committee });
  const warnings: string[] = [];
  let deadlines = report.deadlines.filter((d) => !d.concerns);
  let stage: ObjectionStage = input;
  let objection: (ObjectionStage & { decided: string; points?: number[] }) | undefined;
  if (target !== 'request') {
    const found = objectionStageOf(request, report, target.decision);
    if (found.stage.objectionDecided) throw new CannotError(`Op het bezwaar tegen het besluit van ${formatDateLong(found.decision.date)} is al beslist.`, 'Tegen de beslissing op bezwaar staat beroep open bij de rechtbank, binnen zes weken (art. 6:7 Awb).');
    ({ deadlines, stage } = found);
    objection = { ...stage, decided: found.decision.date, ...(found.decision.points?.length ? { points: found.decision.points } : {}) };
  } else if (request.events.some(isFinalDecision)) {
    throw new CannotError('Er is al een besluit op het hele verzoek vastgelegd; beroep wegens niet tijdig beslissen is dan niet meer mogelijk.', `Tegen het besluit maakt u bezwaar: woo letter ${request.id} objection.`);
  }
  if (!objection) refuseForwarded(request);
  const notice = objection ? stage.objectionNoticeOfDefault : input.noticeOfDefault;
  const term = deadlines.find((d) => d.kind === (objection ? 'objection_decision' : 'decision'));
  const from = deadlines.find((d) => d.kind === (objection ? 'objection_appeal_from' : 'appeal_from'));
  if (!notice) {
    throw new CannotError(
      'Er is nog geen ingebrekestelling vastgelegd. Beroep wegens niet tijdig beslissen kan pas twee weken nadat u het bestuursorgaan schriftelijk in gebreke hebt gesteld (art. 6:12 lid 2 Awb).',
      `Stel het bestuursorgaan eerst in gebreke (woo letter ${request.id} notice-of-default) en leg de verzending vast (woo log ${request.id} notice-of-default <datum>).`,
    );
  }
  if (!from || !term) {
    // The engine computed no appeal date: the notice was premature, or the term is suspended.
    throw new CannotError(`De ingebrekestelling van ${formatDateLong(notice)} telt niet, dus beroep is nog niet mogelijk (art. 6:12 lid 2 Awb).`, [...report.warnings.filter((w) => w.includes('ingebrekestelling')), `Stuur een nieuwe ingebrekestelling zodra dat kan en leg die vast.`].join(' '));
  }
  if (ctx.today < from.date) {
    const message = `Beroep wegens niet tijdig beslissen kan vanaf ${formatDateLong(from.date)}: twee weken na de ingebrekestelling van ${formatDateLong(notice)} (${from.basis}). Een eerder beroep kan niet-ontvankelijk worden verklaard.`;
    if (!opts.force) throw new CannotError(`Te vroeg voor beroep. ${message}`, 'Wacht tot die datum, of maak de brief toch met --force (niet verstandig).');
    warnings.push(`Dit beroep is te vroeg. ${message}`);
  }
  const directory = await loadDirectory(ctx);
  const listed = request.body.id ? directory.bodies.find((b) => b.id === request.body.id) : undefined;
  const requester = await requesterOf(request, ctx);
  const court = competentCourt(await loadCourts(), {
    body: { name: request.body.name, city: request.body.city, ...(listed ? { kind: listed.kind } : {}) },
    requesterCity: requester.city,
    chosen: opts.court,
  });
  if (court.ground === 'chosen') warnings.push(`U hebt zelf ${court.court.name} gekozen; de brief zegt daarom niet waarom die rechtbank bevoegd is (art. 8:7 Awb).`);
  warnings.push(
    `Gericht aan ${court.court.name}, ${court.court.postal.address}, ${court.court.postal.postcode} ${court.court.postal.city} (adres: ${court.court.source}). ` +
      'U kunt het beroep ook digitaal indienen via het Digitaal loket bestuursrecht van de Rechtspraak. De rechtbank vraagt griffierecht; u krijgt daarover bericht. ' +
      'Een beroepschrift bij de verkeerde rechtbank wordt doorgestuurd (art. 6:15 Awb).',
  );
  const text = await loadLetterText<AppealText>('appeal-for-lateness', appealTextSchema);
  const model = buildAppealForLateness(
    { request, requester, date: ctx.today, report, deadline: term, suspensions: input.suspensions ?? [], notice, court, ...(objection ? { objection } : {}) },
    text,
    fill,
  );
  return { model, warnings };
}

/** Asks the body to confirm receipt and its date: while nothing says the request arrived. */
async function reminderModel(request: WooRequest, ctx: AppContext, opts: LetterRequestOptions): Promise<BuiltLetter> {
  const sent = request.events.find((e) => e.type === 'sent');
  if (!sent) throw new CannotError('Het verzoek is nog niet als verzonden vastgelegd; een verzoek om ontvangstbevestiging kan pas daarna.', `Leg de verzending vast: woo send ${request.id} --sent <datum>.`);
  const known = request.events.find((e) => e.type === 'received' || e.type === 'acknowledged');
  const warnings: string[] = [];
  if (known) {
    const message = `De ontvangst is al vastgelegd (${formatDateLong(known.date)}).`;
    if (!opts.force) throw new CannotError(message, 'Een verzoek om ontvangstbevestiging is dan niet nodig; maak het toch met --force.');
    warnings.push(message);
  }
  const text = await loadLetterText<ReminderText>('reminder', reminderTextSchema);
  return { model: buildReminder({ request, requester: await requesterOf(request, ctx), date: ctx.today, sent }, text, fill), warnings };
}

export async function letterModel(request: WooRequest, kind: LetterKind, ctx: AppContext, given: LetterRequestOptions): Promise<BuiltLetter> {
  const opts = given.decision ? { ...given, decision: decisionId(request.events, given.decision) } : given;
  switch (kind) {
    case 'request':
      return { model: await requestLetterModel(request, ctx), warnings: [] };
    case 'notice-of-default':
      return noticeModel(request, ctx, opts);
    case 'objection':
      return objectionModel(request, ctx, opts, false);
    case 'objection-pro-forma':
      return objectionModel(request, ctx, opts, true);
    case 'reminder':
      return reminderModel(request, ctx, opts);
    case 'appeal-for-lateness':
      return appealModel(request, ctx, opts);
  }
}

