// The request as YAML for `woo edit ID --editor`: the fields of the letter under Dutch keys, read
// back with validation so a mistake is shown in the file and the editor opens again.
import { stringify } from 'yaml';
import { z } from 'zod';
import { UsageError } from '../core/errors.js';
import { isoDateSchema } from '../core/schema/common.js';
import type { BodyRef, WooRequest } from '../core/schema/request.js';
import { parseYaml } from '../store/yaml-file.js';

const line = (max: number) => z.string({ error: 'moet tekst zijn' }).trim().min(1, { error: 'mag niet leeg zijn' }).max(max, { error: `is te lang (meer dan ${max} tekens)` });
const optionalLine = (max: number) => z.string({ error: 'moet tekst zijn' }).trim().max(max, { error: `is te lang (meer dan ${max} tekens)` }).nullish();
const date = z.union([isoDateSchema, z.date().transform((d) => d.toISOString().slice(0, 10))], { error: 'moet een datum zijn (JJJJ-MM-DD)' }).nullish();

const editSchema = z.strictObject(
  {
    titel: line(300),
    onderwerp: line(300),
    inleiding: optionalLine(2000),
    periode: z.strictObject({ van: date, tot: date }, { error: 'moet "van" en "tot" hebben' }).nullish(),
    bestuursorgaan: z.strictObject(
      { naam: line(200), adres: optionalLine(200), postcode: optionalLine(20), plaats: optionalLine(100), email: optionalLine(200), webformulier: optionalLine(500) },
      { error: 'moet minstens "naam" hebben' },
    ),
    punten: z.array(line(10_000), { error: 'moet een lijst zijn (regels die beginnen met "- ")' }).min(1, { error: 'moet minstens één punt hebben' }),
    clausules: z.array(z.string({ error: 'moet een id zijn' }), { error: 'moet een lijst van ids zijn' }).default([]),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `onbekende sleutel: ${issue.keys.join(', ')}` : 'het bestand moet de sleutels titel, onderwerp, bestuursorgaan en punten hebben') },
);

const HEADER = (id: string, clauses: string[]) =>
  [
    `# woo edit ${id}: pas de brief aan, sla op en sluit de editor.`,
    '# Regels met # zijn commentaar. Een leeg bestand breekt af zonder iets te wijzigen.',
    `# Clausules: ${clauses.join(', ')}.`,
  ].join('\n');

export function requestToYaml(request: WooRequest, clauseIds: string[]): string {
  const b = request.body;
  const data = {
    titel: request.title,
    onderwerp: request.subject,
    inleiding: request.intro ?? null,
    periode: { van: request.period?.from ?? null, tot: request.period?.to ?? null },
    bestuursorgaan: { naam: b.name, adres: b.address ?? null, postcode: b.postcode ?? null, plaats: b.city ?? null, email: b.email ?? null, webformulier: b.webform ?? null },
    punten: request.points.map((p) => p.text),
    clausules: request.clauses,
  };
  return `${HEADER(request.id, clauseIds)}\n${stringify(data, { lineWidth: 0 })}`;
}

const orUndefined = (v: string | null | undefined): string | undefined => (v ? v : undefined);

/** The request with the fields from the edited YAML; throws a UsageError (with line) when invalid. */
export function requestFromYaml(request: WooRequest, text: string, clauseIds: string[]): WooRequest {
  let data: z.infer<typeof editSchema>;
  try {
    data = parseYaml(text, 'verzoek.yaml', editSchema);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const unknown = data.clausules.filter((c) => !clauseIds.includes(c));
  if (unknown.length) throw new UsageError(`Onbekende clausule: ${unknown.join(', ')}. Clausules: ${clauseIds.join(', ')}.`);
  const b = data.bestuursorgaan;
  const sameBody = b.naam === request.body.name;
  const body: BodyRef = {
    name: b.naam,
    ...(sameBody && request.body.id ? { id: request.body.id } : {}),
    ...(orUndefined(b.adres) ? { address: b.adres! } : {}),
    ...(orUndefined(b.postcode) ? { postcode: b.postcode! } : {}),
    ...(orUndefined(b.plaats) ? { city: b.plaats! } : {}),
    ...(orUndefined(b.email) ? { email: b.email! } : {}),
    ...(orUndefined(b.webformulier) ? { webform: b.webformulier! } : {}),
  };
  const from = orUndefined(data.periode?.van);
  const to = orUndefined(data.periode?.tot);
  if (from && to && from > to) throw new UsageError(`De periode klopt niet: "van" (${from}) ligt na "tot" (${to}).`);
  const { intro: _intro, period: _period, ...rest } = request;
  return {
    ...rest,
    title: data.titel,
    subject: data.onderwerp,
    ...(orUndefined(data.inleiding) ? { intro: data.inleiding! } : {}),
    ...(from || to ? { period: { ...(from ? { from } : {}), ...(to ? { to } : {}) } } : {}),
    body,
    points: data.punten.map((text, i) => ({ number: i + 1, text, ...(request.points[i]?.text === text && request.points[i].key ? { key: request.points[i].key } : {}) })),
    clauses: data.clausules,
  };
}
