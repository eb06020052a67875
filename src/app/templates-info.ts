// `woo templates`: what templates exist, and what a template asks and contains.
import { COMMON_KEYS } from '../core/request/answers.js';
import { pointChoices } from '../core/request/build.js';
import { sampleAnswers } from '../core/request/context.js';
import type { RequestTemplate } from '../core/templates/schema.js';
import { fill } from '../render/handlebars.js';
import { wrapParagraph } from '../render/screen.js';
import type { AppContext } from './context.js';
import { findTemplate, loadRequestLetterText, loadTemplates } from './templates.js';

export interface TemplateSummary {
  id: string;
  title: string;
  description: string;
  points: number;
  extraPoints: number;
}

export async function runTemplateList(ctx: AppContext): Promise<{ templates: TemplateSummary[]; problems: string[] }> {
  const set = await loadTemplates(ctx.workspace.templatesDir);
  return {
    templates: set.templates.map((t) => ({
      id: t.id,
      title: t.title,
      description: t.description,
      points: t.points.filter((p) => !p.extra).length,
      extraPoints: t.points.filter((p) => p.extra).length,
    })),
    problems: set.problems.map((p) => p.message),
  };
}

export interface TemplateDetail {
  template: RequestTemplate;
  /** The points with example answers filled in, as `woo new` numbers them. */
  points: { number: number | null; key: string; text: string; extra: boolean; when?: string }[];
  clauses: { id: string; label: string; default: boolean }[];
  answerKeys: Record<string, string>;
  example: Record<string, unknown>;
}

export async function runTemplateShow(id: string, ctx: AppContext): Promise<TemplateDetail> {
  const template = findTemplate(await loadTemplates(ctx.workspace.templatesDir), id);
  const sample = sampleAnswers(template);
  const filled = pointChoices(template, sample, fill);
  let n = 0;
  const points = template.points.map((p) => ({
    number: p.extra ? null : ++n,
    key: p.key,
    text: filled.find((f) => f.key === p.key)?.text ?? p.text,
    extra: p.extra,
    ...(p.when ? { when: p.when } : {}),
  }));
  const answerKeys: Record<string, string> = {};
  for (const q of template.questions) {
    answerKeys[q.key] = `${q.label}${q.required ? ' (verplicht)' : ''}${q.type === 'date' ? ', JJJJ-MM-DD' : q.type === 'boolean' ? ', true/false' : ''}${q.default !== undefined ? `; standaard: ${String(q.default)}` : ''}`;
  }
  Object.assign(answerKeys, COMMON_KEYS);
  const example: Record<string, unknown> = {};
  for (const q of template.questions) if (q.required || q.example) example[q.key] = q.example ?? sample[q.key];
  if (template.ownPointsRequired) example.eigen_punten = ['Het projectplan en de planning', 'Verslagen van overleggen met de aannemer'];
  const clauses = (await loadRequestLetterText()).clauses.map(({ id: cid, label, default: d }) => ({ id: cid, label, default: d }));
  return { template, points, clauses, answerKeys, example };
}

export function formatTemplateList(list: TemplateSummary[], width: number): string {
  const idW = Math.max(...list.map((t) => t.id.length));
  const indent = ' '.repeat(idW + 2);
  return list
    .map((t) => `${t.id.padEnd(idW)}  ${wrapParagraph(`${t.title} (${t.points} punten${t.extraPoints ? `, ${t.extraPoints} aanvullende` : ''})`, width, indent)}\n${indent}${wrapParagraph(t.description, width, indent)}`)
    .join('\n');
}

export function formatTemplateDetail(d: TemplateDetail, width: number): string {
  const t = d.template;
  const lines = [`${t.title} (${t.id})`, '', wrapParagraph(t.description, width, ''), '', 'Vragen (sleutels voor --set en het antwoordbestand):'];
  for (const [key, text] of Object.entries(d.answerKeys)) lines.push(`  ${key.padEnd(18)} ${wrapParagraph(text, width, ' '.repeat(21))}`);
  if (d.points.length) {
    lines.push('', 'Punten (met voorbeeldantwoorden ingevuld):');
    for (const p of d.points) {
      const tag = p.extra ? '  +' : `${String(p.number).padStart(3)}`;
      lines.push(`${tag}. [${p.key}]${p.when ? ` (alleen als ${p.when} = ja)` : ''}${p.extra ? ' (aanvullend, standaard uit)' : ''}`, `       ${wrapParagraph(p.text, width, ' '.repeat(7))}`);
    }
  }
  lines.push('', 'Standaardclausules (sleutel "clausules"):');
  for (const c of d.clauses) lines.push(`  ${c.id.padEnd(18)} ${wrapParagraph(`${c.label}${c.default ? ' (standaard aan)' : ''}`, width, ' '.repeat(21))}`);
  lines.push('', 'Voorbeeld van een antwoordbestand:', JSON.stringify(d.example, null, 2), '', `Gebruik: woo new ${t.id} --answers antwoorden.json --yes`);
  return lines.join('\n');
}
