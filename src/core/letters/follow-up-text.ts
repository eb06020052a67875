import { z } from 'zod';

const text = z.string().min(1);

/** Wording of the notice of default, loaded from templates/letters/notice-of-default.yaml. */
export const noticeTextSchema = z.strictObject({
  subject: text,
  salutation: text,
  request: text,
  term: text,
  adjourned: text,
  lateAdjournment: text,
  suspended: text,
  partial: text,
  forwarded: text,
  lapsed: text,
  notice: text,
  appeal: text,
  acknowledge: text,
  closing: text,
  objectionSubject: text,
  objectionRequest: text,
  objectionTerm: text,
  objectionCommittee: text,
  objectionAdjourned: text,
  objectionPostponed: text,
  objectionSuspended: text,
  objectionLapsed: text,
  objectionNotice: text,
});
export type NoticeText = z.infer<typeof noticeTextSchema>;

export const ARGUMENT_KEYS = ['unanswered', 'nothingFound', 'alreadyPublicNoReference', 'referred', 'referredPoint', 'relative', 'relativeWob', 'absolute', 'residual', 'policyViews', 'noGrounds'] as const;
export type ArgumentKey = (typeof ARGUMENT_KEYS)[number];

/** Wording of the objection and the pro forma objection, from templates/letters/objection.yaml. */
export const objectionTextSchema = z.strictObject({
  subject: text,
  proFormaSubject: text,
  salutation: text,
  intro: text,
  timely: text,
  proForma: text,
  groundsHeading: text,
  groundsIntro: text,
  general: text,
  point: text,
  points: text,
  arguments: z.strictObject(Object.fromEntries(ARGUMENT_KEYS.map((k) => [k, text])) as Record<ArgumentKey, typeof text>),
  conclusion: text,
  proFormaConclusion: text,
  closing: text,
});
export type ObjectionText = z.infer<typeof objectionTextSchema>;

/** Wording of the appeal for a late decision, from templates/letters/appeal-for-lateness.yaml. */
export const appealTextSchema = z.strictObject({
  subject: text,
  objectionSubject: text,
  salutation: text,
  appeal: text,
  objectionAppeal: text,
  defendant: text,
  factsHeading: text,
  request: text,
  term: text,
  adjourned: text,
  suspended: text,
  partial: text,
  forwarded: text,
  objectionFacts: text,
  notice: text,
  noObjection: text,
  seat: text,
  residence: text,
  groundsHeading: text,
  grounds: text,
  askHeading: text,
  ask: text,
  asks: z.array(text).min(1),
  speed: text,
  attachmentsHeading: text,
  attachments: z.strictObject({ request: text, acknowledged: text, adjourned: text, decided: text, objection: text, notice: text }),
  closing: text,
});
export type AppealText = z.infer<typeof appealTextSchema>;
