// The letter model of a Woo request; rendered to Markdown, text and PDF by src/render/.
import type { IsoDate } from '../dates.js';
import type { Fill } from '../request/context.js';
import type { Profile } from '../schema/profile.js';
import type { WooRequest } from '../schema/request.js';
import type { LetterBlock, LetterModel } from './model.js';
import { contactLine, recipientParty, senderParty } from './parties.js';
import type { RequestLetterText } from './request-text.js';
import { onBehalfOf } from './representation.js';

/** Points read as one enumeration: ";" after each, "." after the last. */
export function punctuatePoints(texts: string[]): string[] {
  return texts.map((t, i) => `${t.replace(/[\s;.,:]+$/, '')}${i === texts.length - 1 ? '.' : ';'}`);
}

export function periodSentence(request: WooRequest, text: RequestLetterText, fill: Fill): string | undefined {
  const { from, to } = request.period ?? {};
  if (from && to) return fill(text.period.both, { from, to });
  if (from) return fill(text.period.from, { from });
  if (to) return fill(text.period.to, { to });
  return undefined;
}

export interface RequestLetterOptions {
  date: IsoDate;
  requester: Profile;
}

export function buildRequestLetter(request: WooRequest, text: RequestLetterText, fill: Fill, opts: RequestLetterOptions): LetterModel {
  const texts = punctuatePoints(request.points.map((p) => p.text));
  const body: LetterBlock[] = [
    { kind: 'paragraph', text: fill(text.opening, {}) },
    { kind: 'paragraph', text: request.intro ?? 'Ik verzoek u om openbaarmaking van alle documenten die laten zien:' },
    { kind: 'numbered', items: request.points.map((p, i) => ({ number: p.number, text: texts[i] })) },
  ];
  const period = periodSentence(request, text, fill);
  if (period) body.push({ kind: 'paragraph', text: period });
  body.push({ kind: 'paragraph', text: fill(text.noInterest, {}) });
  for (const clause of text.clauses) {
    if (request.clauses.includes(clause.id)) body.push({ kind: 'paragraph', text: fill(clause.text, {}) });
  }
  body.push({ kind: 'paragraph', text: fill(text.term, {}) });
  body.push({ kind: 'paragraph', text: fill(text.acknowledge, { contact: contactLine(opts.requester) ?? null }) });
  const sender = senderParty(opts.requester);
  const signed = onBehalfOf(request, body, sender.name);
  return {
    kind: 'request',
    sender,
    recipient: recipientParty(request.body),
    place: opts.requester.city ?? '',
    date: opts.date,
    subject: text.subject,
    references: [
      ...(request.reference ? [{ label: 'Uw kenmerk', value: request.reference }] : []),
      { label: 'Ons kenmerk', value: request.id },
    ],
    salutation: text.salutation,
    body: signed.body,
    closing: text.closing,
    signature: signed.signature,
    meta: { title: `${text.subject}: ${request.title}`, author: sender.name, subject: request.title },
  };
}
