// Loads request templates shipped with woo and the user's own from the workspace's templates/ folder.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { UsageError } from '../core/errors.js';
import { requestLetterTextSchema, type RequestLetterText } from '../core/letters/request-text.js';
import { sampleAnswers, templateContext } from '../core/request/context.js';
import { requestTemplateSchema, type RequestTemplate } from '../core/templates/schema.js';
import { checkTemplateString, fill, templateErrorText } from '../render/handlebars.js';
import { DataFileError, readYamlFile } from '../store/yaml-file.js';

export const BUILTIN_TEMPLATE_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

/** Template schema plus checks that need Handlebars: every text compiles and uses only declared keys. */
const lintedTemplateSchema = requestTemplateSchema.superRefine((t, ctx) => {
  const keys = new Set(t.questions.map((q) => q.key));
  const booleans = new Set(t.questions.filter((q) => q.type === 'boolean').map((q) => q.key));
  const seen = new Set<string>();
  t.points.forEach((p, i) => {
    if (seen.has(p.key)) ctx.addIssue({ code: 'custom', path: ['points', i, 'key'], message: `dubbele puntsleutel "${p.key}"` });
    seen.add(p.key);
    if (p.when && !booleans.has(p.when)) {
      ctx.addIssue({ code: 'custom', path: ['points', i, 'when'], message: `"${p.when}" is geen ja/nee-vraag van dit sjabloon` });
    }
  });
  if (keys.size !== t.questions.length) ctx.addIssue({ code: 'custom', path: ['questions'], message: 'dubbele vraagsleutel' });
  let context: Record<string, unknown> = {};
  try {
    context = templateContext(t, sampleAnswers(t), fill);
  } catch (e) {
    ctx.addIssue({ code: 'custom', path: ['derived'], message: (e as Error).message });
  }
  const texts: [(string | number)[], string][] = [
    [['requestTitle'], t.requestTitle],
    [['intro'], t.intro],
    ...(t.idHint ? [[['idHint'], t.idHint] as [(string | number)[], string]] : []),
    ...t.points.map((p, i) => [['points', i, 'text'], p.text] as [(string | number)[], string]),
  ];
  for (const [path, text] of texts) {
    try {
      checkTemplateString(text);
      fill(text, context);
    } catch (e) {
      ctx.addIssue({ code: 'custom', path, message: `sjabloontekst klopt niet: ${templateErrorText(e)}` });
    }
  }
});

export interface TemplateSet {
  templates: RequestTemplate[];
  /** User templates that could not be loaded (the built-in ones still work). */
  problems: DataFileError[];
}

async function yamlFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(dir, f));
  } catch {
    return [];
  }
}

export async function loadTemplates(userDir?: string): Promise<TemplateSet> {
  const templates: RequestTemplate[] = [];
  for (const file of await yamlFiles(join(BUILTIN_TEMPLATE_DIR, 'requests'))) {
    templates.push(await readYamlFile(file, lintedTemplateSchema));
  }
  const problems: DataFileError[] = [];
  for (const file of userDir ? await yamlFiles(userDir) : []) {
    try {
      const t = await readYamlFile(file, lintedTemplateSchema);
      const at = templates.findIndex((b) => b.id === t.id);
      // A user template with a built-in id replaces it: the user's own wording wins.
      if (at >= 0) templates[at] = t;
      else templates.push(t);
    } catch (e) {
      if (e instanceof DataFileError) problems.push(e);
      else throw e;
    }
  }
  return { templates, problems };
}

export function findTemplate(set: TemplateSet, id: string): RequestTemplate {
  const t = set.templates.find((x) => x.id === id);
  if (!t) {
    throw new UsageError(
      `Onbekend sjabloon: "${id}".`,
      `Beschikbare sjablonen: ${set.templates.map((x) => x.id).join(', ')} (zie woo templates).`,
    );
  }
  return t;
}

const letterTexts = new Map<string, Promise<unknown>>();

/** The wording of one letter kind (templates/letters/<name>.yaml), read and validated once per process. */
export function loadLetterText<T>(name: string, schema: z.ZodType<T>): Promise<T> {
  let text = letterTexts.get(name);
  if (!text) {
    text = readYamlFile(join(BUILTIN_TEMPLATE_DIR, 'letters', `${name}.yaml`), schema);
    letterTexts.set(name, text);
  }
  return text as Promise<T>;
}

export function loadRequestLetterText(): Promise<RequestLetterText> {
  return loadLetterText('request', requestLetterTextSchema as z.ZodType<RequestLetterText>);
}
