// The data a template's texts are filled with: every declared key is present (null when unanswered),
// so Handlebars' strict mode only fails on keys the template does not declare.
import type { RequestTemplate } from '../templates/schema.js';

export type Answers = Record<string, unknown>;
export type Fill = (source: string, data: Record<string, unknown>) => string;

export function templateContext(template: RequestTemplate, answers: Answers, fill: Fill): Record<string, unknown> {
  const context: Record<string, unknown> = {};
  for (const q of template.questions) context[q.key] = answers[q.key] ?? null;
  for (const [key, source] of Object.entries(template.derived)) context[key] = fill(source, context);
  return context;
}

/** Sample answers for linting a template: each question's example, default or a placeholder. */
export function sampleAnswers(template: RequestTemplate): Answers {
  const answers: Answers = {};
  for (const q of template.questions) {
    answers[q.key] = q.type === 'boolean' ? true : q.type === 'date' ? '2026-01-01' : (q.example ?? q.default ?? q.key);
  }
  return answers;
}
