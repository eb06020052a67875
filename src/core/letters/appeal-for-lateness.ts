// The appeal for a late decision (beroepschrift niet tijdig beslissen) to the district court: about the decision
// on the request, or about the decision on an objection (art. 6:2 onder b, 6:12, 8:1 Awb). It states what art. 6:5
// Awb asks (who appeals, against what, on which grounds) and asks for the court's order of art. 8:55d Awb.
import type { IsoDate } from '../dates.js';
import type { CompetentCourt } from '../law/index.js';
import type { Fill } from '../request/context.js';
import { frameLetter, lawName, requestWord } from './frame.js';
import type { AppealText } from './follow-up-text.js';
import type { LetterBlock, LetterModel } from './model.js';
import type { NoticeFacts } from './notice-of-default.js';
import { decisionTermFacts, pointsWord } from './term-facts.js';

/** What the notice of default recites, and the notice itself and the court the appeal goes to. */
export interface AppealFacts extends NoticeFacts {
  /** The notice of default the appeal follows. */
  notice: IsoDate;
  court: CompetentCourt;
}

export function buildAppealForLateness(f: AppealFacts, text: AppealText, fill: Fill): LetterModel {
  const { request } = f;
  const regime = f.report.regime;
  const sent = request.events.find((e) => e.type === 'sent')?.date ?? f.report.received;
  const body = request.body;
  const values = { body: body.name, title: request.title, wet: lawName(regime), verzoek: requestWord(regime) };
  const p = (t: string, v: Record<string, unknown> = {}): LetterBlock => ({ kind: 'paragraph', text: fill(t, { ...values, ...v }) });
  const bodyAddress = [body.address, [body.postcode, body.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const o = f.objection;

  const blocks: LetterBlock[] = [
    o ? p(text.objectionAppeal, { decided: o.decided, points: o.points?.length ? pointsWord(o.points) : null }) : p(text.appeal),
    p(text.defendant, { bodyAddress: bodyAddress || null }),
    { kind: 'heading', text: text.factsHeading },
    p(text.request, { sent, received: f.report.received, receivedAssumed: f.report.receivedAssumed, reference: request.reference ?? null }),
  ];
  if (o) {
    blocks.push(p(text.objectionFacts, { lodged: o.objectionLodged, deadline: f.deadline.date, committee: o.committee ?? false }));
  } else {
    blocks.push(p(text.term, { article: regime === 'woo' ? 'artikel 4.4 Woo' : 'artikel 6 Wob', deadline: f.deadline.date }));
    const facts = decisionTermFacts(request, regime, f.deadline, f.suspensions);
    if (facts.adjourned?.counted) blocks.push(p(text.adjourned, facts.adjourned));
    for (const s of facts.suspensions) blocks.push(p(text.suspended, s));
    for (const partial of facts.partials) blocks.push(p(text.partial, partial));
    for (const f of facts.forwarded) blocks.push(p(text.forwarded, f));
  }
  blocks.push(p(text.notice, { notice: f.notice }), p(text.noObjection));
  if (f.court.ground !== 'chosen') blocks.push(p(f.court.ground === 'seat' ? text.seat : text.residence, { place: f.court.place }));
  blocks.push(
    { kind: 'heading', text: text.groundsHeading },
    p(text.grounds),
    { kind: 'heading', text: text.askHeading },
    p(text.ask),
    { kind: 'numbered', items: text.asks.map((a, i) => ({ number: i + 1, text: fill(a, values) })) },
    p(text.speed),
    { kind: 'heading', text: text.attachmentsHeading },
    { kind: 'bullets', items: attachments(f, text, fill) },
  );

  const model = frameLetter({
    kind: 'appeal-for-lateness',
    request,
    requester: f.requester,
    date: f.date,
    subject: fill(o ? text.objectionSubject : text.subject, values),
    salutation: text.salutation,
    body: blocks,
    closing: text.closing,
  });
  const court = f.court.court;
  return {
    ...model,
    recipient: { name: court.name, lines: ['Team bestuursrecht', court.postal.address, `${court.postal.postcode}  ${court.postal.city}`] },
    // The body's case number is the defendant's reference here, not the addressee's.
    references: model.references.map((r) => (r.label === 'Uw kenmerk' ? { label: 'Kenmerk verweerder', value: r.value } : r)),
  };
}

/** Copies the court needs: the request, what the body sent, the notice of default (art. 6:5 lid 2 Awb). */
function attachments(f: AppealFacts, text: AppealText, fill: Fill): string[] {
  const a = text.attachments;
  const first = (type: string) => f.request.events.find((e) => e.type === type);
  const items: [string, IsoDate | undefined][] = [
    [a.request, first('sent')?.date ?? f.report.received],
    [a.acknowledged, first('acknowledged')?.date],
    [a.adjourned, first('adjourned')?.date],
  ];
  if (f.objection) items.push([a.decided, f.objection.decided], [a.objection, f.objection.objectionLodged]);
  items.push([a.notice, f.notice]);
  return items.filter((i): i is [string, IsoDate] => i[1] !== undefined).map(([t, date]) => fill(t, { date }));
}
