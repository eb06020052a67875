// Turns a template and validated answers into a stored request (points numbered 1..n).
import type { IsoDate } from '../dates.js';
import { UsageError } from '../errors.js';
import { parsePointSpec } from '../point-spec.js';
import type { Profile } from '../schema/profile.js';
import { REQUEST_SCHEMA_VERSION, type BodyRef, type Point, type WooRequest } from '../schema/request.js';
import type { RequestTemplate } from '../templates/schema.js';
import { cleanText } from '../text.js';
import { toList } from './answers.js';
import { templateContext, type Answers, type Fill } from './context.js';

export interface PointChoice {
  key: string;
  text: string;
  extra: boolean;
}

/** The template's points that apply to these answers (`when` filters), filled in, in template order. */
export function pointChoices(template: RequestTemplate, answers: Answers, fill: Fill): PointChoice[] {
  const context = templateContext(template, answers, fill);
  return template.points
    .filter((p) => !p.when || context[p.when] === true)
    .map((p) => ({ key: p.key, text: fill(p.text, context), extra: p.extra }));
}

/**
 * Which points are chosen. `punten` selects among the standard points by number (as listed by
 * `woo templates show`) or key; `extra` switches on extra points by key; default: all standard points.
 */
export function choosePoints(choices: PointChoice[], answers: Answers): PointChoice[] {
  const standard = choices.filter((c) => !c.extra);
  const chosen = new Set<string>();
  if (answers.punten === undefined) standard.forEach((c) => chosen.add(c.key));
  else {
    for (const item of toList(answers.punten, 'punten')) {
      if (/^[\d\s,-]+$/.test(item)) parsePointSpec(item, standard.length, 'punten').forEach((n) => chosen.add(standard[n - 1].key));
      else if (choices.some((c) => c.key === item)) chosen.add(item);
      else throw new UsageError(`Onbekend punt "${item}" bij "punten".`, `Bekende punten: ${choices.map((c) => c.key).join(', ')}.`);
    }
  }
  for (const key of toList(answers.extra, 'extra')) {
    if (!choices.some((c) => c.key === key)) {
      throw new UsageError(`Onbekend aanvullend punt "${key}" bij "extra".`, `Aanvullende punten: ${choices.filter((c) => c.extra).map((c) => c.key).join(', ') || 'geen'}.`);
    }
    chosen.add(key);
  }
  return choices.filter((c) => chosen.has(c.key));
}

export function ownPoints(answers: Answers): string[] {
  const list = Array.isArray(answers.eigen_punten)
    ? answers.eigen_punten.map(String)
    : typeof answers.eigen_punten === 'string'
      ? answers.eigen_punten.split(/\r?\n/)
      : [];
  return list.map((p) => cleanText(p).replace(/[;.]$/, '')).filter(Boolean);
}

export interface BuildInput {
  id: string;
  created: IsoDate;
  template: RequestTemplate;
  answers: Answers;
  body: BodyRef;
  requester: Profile;
  clauses: string[];
}

export function buildRequest(input: BuildInput, fill: Fill): WooRequest {
  const { template, answers } = input;
  const context = templateContext(template, answers, fill);
  const chosen = choosePoints(pointChoices(template, answers, fill), answers);
  const own = ownPoints(answers);
  if (template.ownPointsRequired && own.length === 0) {
    throw new UsageError('Dit sjabloon heeft geen vaste punten: geef minstens één eigen punt op ("eigen_punten").');
  }
  const points: Point[] = [
    ...chosen.map((c) => ({ key: c.key, text: c.text })),
    ...own.map((text) => ({ text })),
  ].map((p, i) => ({ number: i + 1, ...p }));
  if (points.length === 0) throw new UsageError('Het verzoek heeft geen punten: kies minstens één punt.');
  const from = typeof answers.periode_van === 'string' ? answers.periode_van : undefined;
  const to = typeof answers.periode_tot === 'string' ? answers.periode_tot : undefined;
  const client = typeof answers.namens === 'string' ? cleanText(answers.namens) : '';
  return {
    schemaVersion: REQUEST_SCHEMA_VERSION,
    id: input.id,
    title: fill(template.requestTitle, context),
    template: template.id,
    created: input.created,
    body: input.body,
    requester: input.requester,
    ...(client ? { client: { name: client } } : {}),
    subject: 'Verzoek op grond van de Wet open overheid',
    intro: fill(template.intro, context),
    ...(from || to ? { period: { ...(from ? { from } : {}), ...(to ? { to } : {}) } } : {}),
    points,
    clauses: input.clauses,
    answers,
    regime: 'auto',
    committee: false,
    events: [],
    outcomes: [],
    attachments: [],
    dispatches: [],
  };
}
