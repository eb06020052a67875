// The notice of default (ingebrekestelling), built from the request's history and the deadline engine: about
// the decision on the request, or about the decision on an objection (art. 6:12 Awb applies to both).
import { addDays, type IsoDate } from '../dates.js';
import type { DeadlineReport, ObjectionStage, Suspension } from '../law/index.js';
import type { Fill } from '../request/context.js';
import type { Profile } from '../schema/profile.js';
import type { WooRequest } from '../schema/request.js';
import { frameLetter, lawName, requestWord } from './frame.js';
import type { NoticeText } from './follow-up-text.js';
import type { LetterModel } from './model.js';
import { decisionTermFacts, pointsWord } from './term-facts.js';

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
  const facts = decisionTermFacts(request, regime, f.deadline, f.suspensions);
  if (facts.adjourned) paragraphs.push(fill(facts.adjourned.counted ? text.adjourned : text.lateAdjournment, facts.adjourned));
  for (const s of facts.suspensions) paragraphs.push(fill(text.suspended, s));
  for (const p of facts.partials) paragraphs.push(fill(text.partial, p));
  for (const f of facts.forwarded) paragraphs.push(fill(text.forwarded, f));
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
