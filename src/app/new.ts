// `woo new`: draft a request from a template, from answers, flags or prompts.
import { CannotError, UsageError } from '../core/errors.js';
import { buildRequestLetter } from '../core/letters/request-letter.js';
import type { RequestLetterText } from '../core/letters/request-text.js';
import { checkPeriod, normaliseAnswer, toList, validateAnswers } from '../core/request/answers.js';
import { buildRequest, choosePoints, ownPoints, pointChoices } from '../core/request/build.js';
import { templateContext, type Answers } from '../core/request/context.js';
import { nextRequestId } from '../core/request/id.js';
import { requestIdSchema } from '../core/schema/common.js';
import type { Profile } from '../core/schema/profile.js';
import type { BodyRef, WooRequest } from '../core/schema/request.js';
import type { Question, RequestTemplate } from '../core/templates/schema.js';
import { renderLetterText } from '../render/letter-text.js';
import { fill } from '../render/handlebars.js';
import type { Ask } from './ask.js';
import { askBody, findExactBody, resolveBody } from './body-lookup.js';
import type { AppContext } from './context.js';
import { loadDirectory, type Directory } from './directory.js';
import { askProfile, updateProfile } from './profile.js';
import { findTemplate, loadRequestLetterText, loadTemplates } from './templates.js';

export interface NewOptions {
  template?: string;
  answers: Answers;
  id?: string;
  yes: boolean;
  /** Continue the draft kept when `woo new` was stopped before saving. */
  resume?: boolean;
  /** Answers given before (changing a draft or a request): the defaults of the questions asked again. */
  previous?: Answers;
}

/** Where a draft stands while it is asked, so a stop keeps what was answered. */
interface Progress {
  template?: string;
  answers: Answers;
}

export interface NewResult {
  request: WooRequest;
  warnings: string[];
}

async function pickTemplate(options: NewOptions, templates: RequestTemplate[], ask?: Ask): Promise<string> {
  if (options.template) return options.template;
  if (!ask) {
    throw new UsageError('Geef een sjabloon op, bijvoorbeeld: woo new algoritme --answers antwoorden.json', `Sjablonen: ${templates.map((t) => t.id).join(', ')} (zie woo templates).`);
  }
  return ask.select({
    message: 'Welk sjabloon?',
    choices: templates.map((t) => ({ name: `${t.id.padEnd(10)} ${t.title}`, value: t.id, description: t.description })),
  });
}

/** A body taken as typed (not in the directory): its address, so the letter has one. */
async function askUnlistedAddress(ask: Ask, answers: Answers, previous: Answers): Promise<void> {
  answers.bestuursorgaan_buiten_lijst = true;
  const fields: [string, string, (v: string) => string | true][] = [
    ['bestuursorgaan_adres', 'Adres van het bestuursorgaan (straat en huisnummer of postbus; leeg als onbekend)', () => true],
    ['bestuursorgaan_postcode', 'Postcode', (v) => /^\d{4}\s*[a-zA-Z]{2}$/.test(v.trim()) || 'Een postcode heeft de vorm 1234 AB.'],
    ['bestuursorgaan_plaats', 'Plaats', () => true],
    ['bestuursorgaan_email', 'E-mailadres voor Woo-verzoeken', (v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim()) || 'Dit is geen geldig e-mailadres.'],
  ];
  for (const [key, message, check] of fields) {
    const value = await ask.text({ message, default: previousText(previous[key]), validate: (v) => v.trim() === '' || check(v) });
    if (value.trim()) answers[key] = value.trim();
    else delete answers[key];
  }
}

/** A stored answer as the text a question shows as its default. */
function previousText(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

async function askQuestion(q: Question, answers: Answers, ctx: AppContext, directory: Directory, previous: Answers): Promise<unknown> {
  const ask = ctx.ask!;
  const suffix = q.help ? ` (${q.help})` : '';
  const before = previous[q.key];
  if (q.type === 'boolean') return ask.confirm({ message: `${q.label}${suffix}`, default: typeof before === 'boolean' ? before : q.default === undefined ? true : q.default === true });
  if (q.type === 'body') {
    const name = await askBody(ask, q.label, previousText(before) ?? (typeof q.default === 'string' ? q.default : undefined), directory);
    if (!findExactBody(directory.bodies, name)) await askUnlistedAddress(ask, answers, previous);
    return name;
  }
  const fallback = previousText(before) ?? (typeof q.default === 'string' ? q.default : q.key === 'periode_tot' ? ctx.today : undefined);
  const value = await ask.text({
    message: `${q.label}${suffix}`,
    default: fallback,
    required: q.required,
    validate: (v) => {
      if (v.trim() === '') return true;
      try {
        const normalised = normaliseAnswer(q, v);
        if (q.key === 'periode_tot' || q.key === 'periode_van') checkPeriod({ ...answers, [q.key]: normalised });
        return true;
      } catch (e) {
        return (e as Error).message;
      }
    },
  });
  return value.trim() === '' ? undefined : value;
}

/** Asks for points, own points and clauses that the answers do not settle yet (ticked as `previous` had them). */
async function askPointsAndClauses(template: RequestTemplate, answers: Answers, ctx: AppContext, clauseChoices: { id: string; label: string; default: boolean }[], previous: Answers): Promise<void> {
  const ask = ctx.ask!;
  if (answers.punten === undefined && answers.extra === undefined && template.points.length > 0) {
    const choices = pointChoices(template, answers, fill);
    const before = previous.punten !== undefined || previous.extra !== undefined ? new Set(choosePoints(choices, previous).map((c) => c.key)) : undefined;
    const picked = await ask.checkbox({
      message: 'Welke punten neemt u op? (aanvullende punten staan onderaan)',
      choices: choices.map((c, i) => ({
        name: `${c.extra ? ' +' : String(i + 1).padStart(2)}. ${clip(c.text, 96)}`,
        short: c.extra ? `+${c.key}` : String(i + 1),
        description: c.text,
        value: c.key,
        checked: before ? before.has(c.key) : !c.extra,
      })),
    });
    answers.punten = picked.filter((k) => !choices.find((c) => c.key === k)?.extra);
    answers.extra = picked.filter((k) => choices.find((c) => c.key === k)?.extra);
  }
  if (answers.eigen_punten === undefined) {
    const kept = ownPoints(previous);
    const own = kept.length
      ? await ask.checkbox({ message: 'Welke eigen punten houdt u?', choices: kept.map((text) => ({ name: clip(text, 96), value: text, checked: true })) })
      : [];
    for (;;) {
      const text = await ask.text({
        // A template without points of its own needs one: then the first is asked without an empty way out.
        message: own.length === 0 ? (template.ownPointsRequired ? 'Eerste punt van uw verzoek (verplicht)' : 'Eigen punt toevoegen (leeg laten om door te gaan)') : `Nog een eigen punt (${own.length} toegevoegd; leeg laten om door te gaan)`,
        required: template.ownPointsRequired && own.length === 0,
      });
      if (text.trim() === '') break;
      own.push(text.trim());
    }
    answers.eigen_punten = own;
  }
  if (answers.clausules === undefined) {
    const before = previous.clausules !== undefined ? toList(previous.clausules, 'clausules') : undefined;
    answers.clausules = await ask.checkbox({
      message: 'Welke standaardclausules neemt u op?',
      choices: clauseChoices.map((c) => ({ name: c.label, short: c.id, value: c.id, checked: before ? before.includes(c.id) : c.default })),
    });
  }
}

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

function chooseClauses(answers: Answers, clauseChoices: { id: string; default: boolean }[]): string[] {
  if (answers.clausules === undefined) return clauseChoices.filter((c) => c.default).map((c) => c.id);
  const ids = toList(answers.clausules, 'clausules');
  const unknown = ids.filter((id) => !clauseChoices.some((c) => c.id === id));
  if (unknown.length) throw new UsageError(`Onbekende clausule: ${unknown.join(', ')}.`, `Clausules: ${clauseChoices.map((c) => c.id).join(', ')}.`);
  return ids;
}

async function ensureProfile(ctx: AppContext, warnings: string[]): Promise<Profile> {
  const profile = await ctx.workspace.readProfile();
  if (profile.name) return profile;
  if (ctx.ask) {
    ctx.output.err('U hebt nog geen profiel. Uw gegevens komen als afzender in de brief (eenmalig invullen).');
    return updateProfile(ctx, (shown) => askProfile(shown, ctx));
  }
  warnings.push('Er is nog geen profiel: de brief heeft nog geen afzender. Vul uw gegevens in met woo profile --name "..." --address "..." --postcode "..." --city "..." --email "...".');
  return profile;
}

/** Everything a request is drafted from except its addressee: shared by a single request and a batch. */
export interface Draft {
  template: RequestTemplate;
  answers: Answers;
  profile: Profile;
  letterText: RequestLetterText;
  clauses: string[];
  /** The topic part of request ids ("cas" in 2026-003-politie-cas). */
  topic: string;
  warnings: string[];
}

/**
 * Settles template, answers, points and clauses, asking at a terminal for what is missing. With
 * `batch`, the body questions are neither asked nor required: each request of the batch gets its own.
 */
export async function prepareDraft(options: NewOptions, ctx: AppContext, directory: Directory, batch: boolean, progress: Progress = { answers: {} }): Promise<Draft> {
  const set = await loadTemplates(ctx.workspace.templatesDir);
  for (const problem of set.problems) ctx.output.err(`Let op: eigen sjabloon overgeslagen: ${problem.message}`);
  const warnings: string[] = [];
  // Ask for the requester's details first: a first-time user expects that before the request itself.
  const profile = await ensureProfile(ctx, warnings);
  const template = findTemplate(set, await pickTemplate(options, set.templates, ctx.ask));
  progress.template = template.id;
  const previous = options.previous ?? {};
  if (options.id !== undefined && !requestIdSchema.safeParse(options.id).success) {
    throw new UsageError(`Ongeldig id "${options.id}".`, 'Een id bestaat uit kleine letters, cijfers en koppeltekens, bijvoorbeeld 2026-003-politie-cas.');
  }
  const letterText = await loadRequestLetterText();
  const questions = template.questions.filter((q) => !(batch && q.type === 'body'));

  // Validate what was given up front, so a wrong flag fails before any question is asked.
  let { answers, missing } = validateAnswers(template, options.answers);
  progress.answers = answers;
  if (ctx.ask) {
    for (const q of questions) {
      if (options.answers[q.key] !== undefined) continue;
      const value = await askQuestion(q, answers, ctx, directory, previous);
      if (value !== undefined) answers[q.key] = normaliseAnswer(q, value);
      else delete answers[q.key];
    }
    ({ answers, missing } = validateAnswers(template, answers));
    progress.answers = answers;
  }
  missing = missing.filter((q) => questions.includes(q));
  if (missing.length > 0) {
    throw new UsageError(
      `Verplicht antwoord ontbreekt: ${missing.map((q) => `"${q.key}" (${q.label})`).join(', ')}.`,
      `Geef het op met --set ${missing[0].key}=... of in een antwoordbestand (--answers), zie woo templates show ${template.id}.`,
    );
  }
  if (ctx.ask) await askPointsAndClauses(template, answers, ctx, letterText.clauses, previous);
  const topic = fill(template.idHint ?? template.requestTitle, templateContext(template, answers, fill));
  return { template, answers, profile, letterText, clauses: chooseClauses(answers, letterText.clauses), topic, warnings };
}

/** The request for one body; the body questions' answers become that body's name. */
export function draftRequest(draft: Draft, id: string, body: BodyRef, ctx: AppContext): WooRequest {
  const answers = { ...draft.answers };
  for (const q of draft.template.questions) if (q.type === 'body') answers[q.key] = body.name;
  return buildRequest({ id, created: ctx.today, template: draft.template, answers, body, requester: draft.profile, clauses: draft.clauses }, fill);
}

function cancelled(message: string): Error {
  const e = new Error(message);
  e.name = 'AbortPromptError';
  return e;
}

/** What the user may go back to at the preview: every question asked, the points, own points and clauses. */
function changeChoices(draft: Draft, batch: boolean): { name: string; value: string[] }[] {
  return [
    ...draft.template.questions.filter((q) => !(batch && q.type === 'body')).map((q) => ({ name: q.label, value: [q.key] })),
    ...(draft.template.points.length > 0 ? [{ name: 'Welke punten', value: ['punten', 'extra'] }] : []),
    { name: 'Eigen punten', value: ['eigen_punten'] },
    { name: 'Standaardclausules', value: ['clausules'] },
  ];
}

/**
 * Settles the draft, shows its letter and asks "Ja / Aanpassen / Nee" before anything is saved.
 * "Aanpassen" goes back to one question (with the answer given as default) and shows the letter
 * again; "Nee" and a stop (Ctrl+C) keep the answers as the draft `woo new --resume` continues.
 */
export async function settleDraft<T extends { preview: WooRequest; question: string }>(
  options: NewOptions,
  ctx: AppContext,
  directory: Directory,
  batch: boolean,
  build: (draft: Draft) => Promise<T>,
  keepDraft = true,
): Promise<{ draft: Draft; built: T }> {
  let given: NewOptions = options;
  if (options.resume) {
    const saved = await ctx.workspace.readDraft();
    if (!saved) throw new CannotError('Er is geen bewaard concept om mee verder te gaan.', 'Een concept wordt bewaard als u bij woo new "Nee" kiest of stopt met Ctrl+C; begin anders opnieuw met woo new.');
    if (options.template && options.template !== saved.template) throw new UsageError(`Het bewaarde concept is van sjabloon "${saved.template}", niet "${options.template}".`, 'Laat het sjabloon weg bij --resume.');
    given = { ...options, template: saved.template, answers: { ...saved.answers, ...options.answers } };
  }
  const progress: Progress = { answers: {} };
  try {
    for (;;) {
      const draft = await prepareDraft(given, ctx, directory, batch, progress);
      const built = await build(draft);
      if (!ctx.ask || options.yes) return { draft, built };
      ctx.output.err(`\n${renderLetterText(buildRequestLetter(built.preview, draft.letterText, fill, { date: ctx.today, requester: draft.profile }))}`);
      const choice = await ctx.ask.select({
        message: built.question,
        choices: [
          { name: 'Ja, opslaan', value: 'yes', short: 'Ja' },
          { name: 'Aanpassen: terug naar een vraag', value: 'change', short: 'Aanpassen' },
          { name: keepDraft ? 'Nee, niet opslaan (het concept blijft bewaard)' : 'Nee, niet opslaan', value: 'no', short: 'Nee' },
        ],
        default: 'yes',
      });
      if (choice === 'yes') return { draft, built };
      if (choice === 'no') throw cancelled('Niet opgeslagen.');
      const keys = await ctx.ask.select({ message: 'Wat wilt u aanpassen?', choices: changeChoices(draft, batch) });
      given = { ...given, template: draft.template.id, answers: Object.fromEntries(Object.entries(draft.answers).filter(([k]) => !keys.includes(k))), previous: draft.answers };
    }
  } catch (e) {
    if (keepDraft && e instanceof Error && (e.name === 'AbortPromptError' || e.name === 'ExitPromptError') && progress.template) {
      await ctx.workspace.writeDraft({ schemaVersion: 1, template: progress.template, answers: progress.answers, saved: ctx.today });
      ctx.output.err(`${e.message === 'Niet opgeslagen.' ? 'Niet opgeslagen. ' : ''}Uw antwoorden zijn bewaard als concept; ga verder met: woo new --resume\n`);
    }
    throw e;
  }
}

export async function runNew(options: NewOptions, ctx: AppContext): Promise<NewResult> {
  const directory = await loadDirectory(ctx);
  const idFor = async (draft: Draft, body: BodyRef) => options.id ?? nextRequestId(ctx.today, await ctx.workspace.requestIds(), body.name, draft.topic);
  const { draft, built } = await settleDraft(options, ctx, directory, false, async (draft) => {
    const bodyQuestion = draft.template.questions.find((q) => q.type === 'body');
    const body = resolveBody(String((bodyQuestion && draft.answers[bodyQuestion.key]) ?? ''), directory, draft.warnings, draft.answers);
    return { body, preview: draftRequest(draft, await idFor(draft, body), body, ctx), question: 'Dit verzoek opslaan?' };
  });
  // The id is decided again under the lock: another woo new may have taken it meanwhile.
  const [request] = await ctx.workspace.createRequests(async () => [draftRequest(draft, await idFor(draft, built.body), built.body, ctx)]);
  if (options.resume) await ctx.workspace.removeDraft();
  return { request, warnings: draft.warnings };
}
