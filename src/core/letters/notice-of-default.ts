// The notice of default (ingebrekestelling), built from the request's history and the deadline engine: about
// the decision on the request, or about the decision on an objection (art. 6:12 Awb applies to both).
import { addDays, type IsoDate } from '../dates.js';
import { REGIME_RULES, type DeadlineReport, type ObjectionStage, type Suspension, type SuspensionKind } from '../law/index.js';
import { formatPointList } from '../point-spec.js';
import type { Fill } from '../request/context.js';
import type { Profile } from '../schema/profile.js';
import type { WooRequest } from '../schema/request.js';
import { frameLetter, lawName, requestWord } from './frame.js';
import type { NoticeText } from './follow-up-text.js';
import type { LetterModel } from './model.js';

export interface NoticeFacts {
  request: WooRequest;
  requester: Profile;
  date: IsoDate;
  report: DeadlineReport;
  /** The decision deadline (the later, safe reading): of the request, or of the objection. */
  deadline: { date: IsoDate; basis: string };
  /** The suspensions of the request's decision term, as the engine counted them. */
  suspensions: Suspension[];
  /** Set when the notice is about a decision on objection: the decision objected to and the procedure so far. */
  objection?: ObjectionStage & { decided: IsoDate; points?: number[] };
}

/** Why the term was suspended, and the article, as the letter cites them (in full, not the engine's short form). */
const SUSPENSION_WORDS: Record<SuspensionKind, { reason: string; article: Record<'woo' | 'wob', string> }> = {
  third_party: { reason: 'het vragen van een zienswijze aan een derde', article: { woo: 'artikel 4.4, derde lid, Woo', wob: 'artikel 6, derde lid, Wob' } },
  postponed: { reason: 'uitstel waarmee ik schriftelijk heb ingestemd', article: { woo: 'artikel 4:15, tweede lid, onder a, Awb', wob: 'artikel 4:15, tweede lid, onder a, Awb' } },
  clarification: { reason: 'uw verzoek om mijn verzoek te preciseren', article: { woo: 'artikel 4:15, eerste lid, onder a, Awb', wob: 'artikel 4:15, eerste lid, onder a, Awb' } },
  incomplete: { reason: 'uw verzoek om mijn verzoek aan te vullen', article: { woo: 'artikel 4:15, eerste lid, onder a, Awb', wob: 'artikel 4:15, eerste lid, onder a, Awb' } },
  other: { reason: 'een opschorting', article: { woo: 'artikel 4:15 Awb', wob: 'artikel 4:15 Awb' } },
};

export function buildNoticeOfDefault(f: NoticeFacts, text: NoticeText, fill: Fill): LetterModel {
  const { request } = f;
  const regime = f.report.regime;
  const sent = request.events.find((e) => e.type === 'sent')?.date ?? f.report.received;
  const common = { title: request.title, wet: lawName(regime), verzoek: requestWord(regime) };
  const paragraphs = f.objection ? objectionParagraphs(f, f.objection, text, fill, { ...common, sent }) : requestParagraphs(f, text, fill, { ...common, sent });
  paragraphs.push(fill(text.appeal, {}), fill(text.acknowledge, {}));
  return frameLetter({
    kind: 'notice-of-default',
    request,
    requester: f.requester,
    date: f.date,
    subject: fill(f.objection ? text.objectionSubject : text.subject, common),
    salutation: text.salutation,
    body: paragraphs.map((t) => ({ kind: 'paragraph' as const, text: t })),
    closing: text.closing,
  });
}

function requestParagraphs(f: NoticeFacts, text: NoticeText, fill: Fill, values: Record<string, unknown>): string[] {
  const { request } = f;
  const regime = f.report.regime;
  const paragraphs = [
    fill(text.request, { ...values, received: f.report.received, receivedAssumed: f.report.receivedAssumed }),
    fill(text.term, { article: regime === 'woo' ? 'artikel 4.4 Woo' : 'artikel 6 Wob', deadline: f.deadline.date }),
  ];
  const adjourned = request.events.find((e) => e.type === 'adjourned');
  if (adjourned) {
    // The engine names the adjournment article in the basis only when the adjournment counted.
    const rule = REGIME_RULES[regime].adjournment.basis;
    const counted = f.deadline.basis.includes(rule);
    // Letters cite in full ("artikel 4.4, tweede lid, Woo"), not in the short form of the engine's basis.
    const article = regime === 'woo' ? 'artikel 4.4, tweede lid, Woo' : 'artikel 6, tweede lid, Wob';
    paragraphs.push(fill(counted ? text.adjourned : text.lateAdjournment, { date: adjourned.date, article }));
  }
  // The body's notice day (from) is not suspended: the suspension runs from the day after it up to and
  // including `to`, which is how the deadline was counted; a suspension begun after the term did not count.
  for (const s of f.suspensions.filter((x) => x.to !== undefined && x.from <= f.deadline.date)) {
    const words = SUSPENSION_WORDS[s.kind];
    paragraphs.push(fill(text.suspended, { from: addDays(s.from, 1), to: s.to, reason: words.reason, article: words.article[regime] }));
  }
  const partial = request.events.filter((e) => e.type === 'decided' && e.points?.length);
  if (partial.length > 0) {
    const decided = new Set(partial.flatMap((e) => e.points!));
    const rest = request.points.map((p) => p.number).filter((n) => !decided.has(n));
    for (const e of partial) paragraphs.push(fill(text.partial, { date: e.date, points: pointsWord(e.points!), rest: formatPointList(rest) }));
  }
  paragraphs.push(fill(text.lapsed, {}), fill(text.notice, {}));
  return paragraphs;
}

function objectionParagraphs(f: NoticeFacts, o: NonNullable<NoticeFacts['objection']>, text: NoticeText, fill: Fill, values: Record<string, unknown>): string[] {
  const paragraphs = [
    fill(text.objectionRequest, { ...values, lodged: o.objectionLodged, decided: o.decided, points: o.points?.length ? pointsWord(o.points) : null }),
    fill(text.objectionTerm, { deadline: f.deadline.date }),
  ];
  if (o.committee) paragraphs.push(fill(text.objectionCommittee, {}));
  if (o.objectionSuspension?.to) paragraphs.push(fill(text.objectionSuspended, { from: addDays(o.objectionSuspension.from, 1), to: o.objectionSuspension.to }));
  if (o.objectionAdjournment) paragraphs.push(fill(text.objectionAdjourned, { date: o.objectionAdjournment.date }));
  if (o.objectionPostponedUntil) paragraphs.push(fill(text.objectionPostponed, { until: o.objectionPostponedUntil }));
  paragraphs.push(fill(text.objectionLapsed, {}), fill(text.objectionNotice, {}));
  return paragraphs;
}

function pointsWord(points: number[]): string {
  return `punt${points.length > 1 ? 'en' : ''} ${formatPointList(points)}`;
}
