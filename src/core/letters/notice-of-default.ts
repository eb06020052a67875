// The notice of default (ingebrekestelling), built from the request's history and the deadline engine.
import type { IsoDate } from '../dates.js';
import { REGIME_RULES, type DeadlineReport } from '../law/index.js';
import { formatPointList } from '../point-spec.js';
import type { Fill } from '../request/context.js';
import type { Profile } from '../schema/profile.js';
import type { WooRequest } from '../schema/request.js';
import { frameLetter, lawName } from './frame.js';
import type { NoticeText } from './follow-up-text.js';
import type { LetterModel } from './model.js';

export interface NoticeFacts {
  request: WooRequest;
  requester: Profile;
  date: IsoDate;
  report: DeadlineReport;
  /** The decision deadline (the later, safe reading). */
  deadline: { date: IsoDate; basis: string };
}

export function buildNoticeOfDefault(f: NoticeFacts, text: NoticeText, fill: Fill): LetterModel {
  const { request } = f;
  const sent = request.events.find((e) => e.type === 'sent')?.date ?? f.report.received;
  const paragraphs = [
    fill(text.request, { sent, received: f.report.received, receivedAssumed: f.report.receivedAssumed, title: request.title, wet: lawName(f.report.regime) }),
    fill(text.term, { article: f.report.regime === 'woo' ? 'artikel 4.4 Woo' : 'artikel 6 Wob', deadline: f.deadline.date }),
  ];
  const adjourned = request.events.find((e) => e.type === 'adjourned');
  if (adjourned) {
    // The engine names the adjournment article in the basis only when the adjournment counted.
    const rule = REGIME_RULES[f.report.regime].adjournment.basis;
    const counted = f.deadline.basis.includes(rule);
    // Letters cite in full ("artikel 4.4, tweede lid, Woo"), not in the short form of the engine's basis.
    const article = f.report.regime === 'woo' ? 'artikel 4.4, tweede lid, Woo' : 'artikel 6, tweede lid, Wob';
    paragraphs.push(fill(counted ? text.adjourned : text.lateAdjournment, { date: adjourned.date, article }));
  }
  for (const [open, close] of [['third-party-consulted', 'third-party-done'], ['clarification-requested', 'clarified']] as const) {
    const from = request.events.find((e) => e.type === open);
    const to = request.events.find((e) => e.type === close);
    if (from && to) paragraphs.push(fill(text.suspended, { from: from.date, to: to.date }));
  }
  for (const e of request.events.filter((x) => x.type === 'postponed' && x.until)) paragraphs.push(fill(text.suspended, { from: e.date, to: e.until! }));
  const partial = request.events.filter((e) => e.type === 'decided' && e.points?.length);
  if (partial.length > 0) {
    const decided = new Set(partial.flatMap((e) => e.points!));
    const rest = request.points.map((p) => p.number).filter((n) => !decided.has(n));
    for (const e of partial) paragraphs.push(fill(text.partial, { date: e.date, points: `punt${e.points!.length > 1 ? 'en' : ''} ${formatPointList(e.points!)}`, rest: formatPointList(rest) }));
  }
  paragraphs.push(fill(text.lapsed, {}), fill(text.notice, {}), fill(text.appeal, {}), fill(text.acknowledge, {}));
  return frameLetter({
    kind: 'notice-of-default',
    request,
    requester: f.requester,
    date: f.date,
    subject: fill(text.subject, {}),
    salutation: text.salutation,
    body: paragraphs.map((t) => ({ kind: 'paragraph' as const, text: t })),
    closing: text.closing,
  });
}
