// The objection (bezwaarschrift), arguing per point from the recorded outcomes, and its pro forma form.
import type { IsoDate } from '../dates.js';
import type { PointState } from '../outcomes.js';
import { dutchPointList } from '../point-spec.js';
import type { Fill } from '../request/context.js';
import type { Profile } from '../schema/profile.js';
import type { WooRequest } from '../schema/request.js';
import { frameLetter, lawName, requestWord } from './frame.js';
import type { ObjectionText } from './follow-up-text.js';
import type { LetterBlock, LetterModel } from './model.js';
import { pointArguments } from './objection-arguments.js';

export interface ObjectionFacts {
  request: WooRequest;
  requester: Profile;
  date: IsoDate;
  regime: 'woo' | 'wob';
  decided: IsoDate;
  /** Last day of the objection term. */
  deadline: IsoDate;
  /** The points this decision concerns, with what was recorded. */
  points: PointState[];
  /** The requester's own grounds: per point number, and "algemeen" for the decision as a whole. */
  ownGrounds: Record<string, string[]>;
  proForma: boolean;
}

/** The grounds section: a heading per contested point (points with the same arguments together). */
export function objectionGrounds(f: ObjectionFacts, text: ObjectionText, fill: Fill): LetterBlock[] {
  const blocks: LetterBlock[] = [];
  const general = f.ownGrounds.algemeen ?? [];
  if (general.length) blocks.push({ kind: 'heading', text: text.general }, ...general.map((t) => ({ kind: 'paragraph' as const, text: t })));
  const groups: { points: number[]; texts: string[] }[] = [];
  for (const state of f.points) {
    const texts = [...pointArguments(state).map((a) => fill(text.arguments[a.key], a.values)), ...(f.ownGrounds[String(state.point)] ?? [])];
    if (texts.length === 0) continue;
    const same = groups.find((g) => g.texts.join('\n') === texts.join('\n'));
    if (same) same.points.push(state.point);
    else groups.push({ points: [state.point], texts });
  }
  for (const g of groups) {
    blocks.push({ kind: 'heading', text: g.points.length === 1 ? fill(text.point, { number: g.points[0] }) : fill(text.points, { numbers: dutchPointList(g.points) }) });
    for (const t of g.texts) blocks.push({ kind: 'paragraph', text: t });
  }
  return blocks;
}

export function buildObjection(f: ObjectionFacts, text: ObjectionText, fill: Fill): LetterModel {
  const sent = f.request.events.find((e) => e.type === 'sent')?.date ?? null;
  const values = { decided: f.decided, reference: f.request.reference ?? null, wet: lawName(f.regime), title: f.request.title, sent, deadline: f.deadline, verzoek: requestWord(f.regime), wob: f.regime === 'wob' };
  const body: LetterBlock[] = [
    { kind: 'paragraph', text: fill(text.intro, values) },
    { kind: 'paragraph', text: fill(text.timely, values) },
  ];
  if (f.proForma) {
    body.push({ kind: 'paragraph', text: fill(text.proForma, values) }, { kind: 'paragraph', text: fill(text.proFormaConclusion, values) });
  } else {
    body.push({ kind: 'heading', text: text.groundsHeading }, { kind: 'paragraph', text: text.groundsIntro }, ...objectionGrounds(f, text, fill));
    body.push({ kind: 'paragraph', text: fill(text.conclusion, values) });
  }
  return frameLetter({
    kind: f.proForma ? 'objection-pro-forma' : 'objection',
    request: f.request,
    requester: f.requester,
    date: f.date,
    subject: fill(f.proForma ? text.proFormaSubject : text.subject, values),
    salutation: text.salutation,
    body,
    closing: text.closing,
  });
}
