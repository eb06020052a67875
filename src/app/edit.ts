// `woo edit ID`: change what was drafted — step by step at a terminal, with the flags of `woo new`,
// or as YAML in $EDITOR. Once sent, the points and the addressee are what went out: changing them
// needs a confirmation, which is recorded with the request.
import { formatDateLong } from '../core/dates.js';
import { CannotError, UsageError } from '../core/errors.js';
import type { Answers } from '../core/request/context.js';
import type { WooRequest } from '../core/schema/request.js';
import { resolveBody } from './body-lookup.js';
import type { AppContext } from './context.js';
import { loadDirectory } from './directory.js';
import { requestFromYaml, requestToYaml } from './edit-yaml.js';
import { draftRequest, settleDraft } from './new.js';
import { loadRequestLetterText } from './templates.js';

export interface EditOptions {
  id: string;
  /** Answers from --set, --answers and --body; empty when none were given. */
  answers: Answers;
  editor: boolean;
  yes: boolean;
}

export interface EditResult {
  request: WooRequest;
  /** Dutch names of what changed; empty when nothing did. */
  changed: string[];
}

/** Opens text in the user's editor and returns what was saved; absent without an editor. */
export type EditText = (text: string) => Promise<string>;

const FIELDS: [string, (r: WooRequest) => unknown][] = [
  ['titel', (r) => r.title],
  ['onderwerp', (r) => r.subject],
  ['inleiding', (r) => r.intro],
  ['periode', (r) => r.period],
  ['bestuursorgaan', (r) => r.body],
  ['punten', (r) => r.points.map((p) => p.text)],
  ['clausules', (r) => r.clauses],
  ['cliënt', (r) => r.client],
];
/** What was sent: changing it afterwards is confirmed and recorded. */
const AS_SENT = new Set(['bestuursorgaan', 'punten', 'inleiding']);

function changedFields(before: WooRequest, after: WooRequest): string[] {
  return FIELDS.filter(([, get]) => JSON.stringify(get(before)) !== JSON.stringify(get(after))).map(([name]) => name);
}

function cancelled(message: string): Error {
  const e = new Error(message);
  e.name = 'AbortPromptError';
  return e;
}

/** Re-drafts from the template and the stored answers: changed by flags, or asked again at a terminal. */
async function redraft(request: WooRequest, o: EditOptions, ctx: AppContext): Promise<WooRequest> {
  const byFlags = Object.keys(o.answers).length > 0;
  const directory = await loadDirectory(ctx);
  const draftCtx = byFlags ? { ...ctx, ask: undefined } : ctx;
  const options = byFlags
    ? { template: request.template, answers: { ...request.answers, ...o.answers }, yes: true }
    : { template: request.template, answers: {}, previous: request.answers, yes: o.yes };
  const { built } = await settleDraft(
    options,
    draftCtx,
    directory,
    false,
    async (draft) => {
      const bodyQuestion = draft.template.questions.find((q) => q.type === 'body');
      const typed = String((bodyQuestion && draft.answers[bodyQuestion.key]) ?? '');
      // The same name keeps the addressee as stored (with the address given for an unlisted body).
      const warnings: string[] = [];
      const body = typed === request.body.name || typed === request.body.id ? request.body : resolveBody(typed, directory, warnings, draft.answers);
      for (const w of warnings) ctx.output.err(`Let op: ${w}`);
      const fresh = draftRequest(draft, request.id, body, ctx);
      const preview: WooRequest = { ...request, title: fresh.title, subject: fresh.subject, intro: fresh.intro, period: fresh.period, body: fresh.body, points: fresh.points, clauses: fresh.clauses, answers: fresh.answers, client: fresh.client };
      if (!fresh.period) delete preview.period;
      if (!fresh.client) delete preview.client;
      return { preview, question: 'Deze wijzigingen opslaan?' };
    },
    false,
  );
  return built.preview;
}

async function inEditor(request: WooRequest, editText: EditText | undefined): Promise<WooRequest> {
  if (!editText) throw new UsageError('Geen editor: zet $EDITOR (bijvoorbeeld export EDITOR=nano), of wijzig met --set, --answers en --body.');
  const clauseIds = (await loadRequestLetterText()).clauses.map((c) => c.id);
  let text = requestToYaml(request, clauseIds);
  for (;;) {
    const saved = await editText(text);
    if (saved.split('\n').every((l) => l.trim() === '' || l.trim().startsWith('#'))) throw cancelled('Leeg bestand: niets gewijzigd.');
    try {
      return requestFromYaml(request, saved, clauseIds);
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      // Saved unchanged after an error: stop rather than show the same error again and again.
      if (saved === text && text.startsWith(ERROR_MARK)) throw e;
      text = withError(saved, e.message);
    }
  }
}

const ERROR_MARK = '# FOUT: ';

/** The edited text again, with the error on top (an earlier error replaced). */
function withError(saved: string, message: string): string {
  const lines = saved.split('\n');
  while (lines.length && (lines[0].startsWith(ERROR_MARK) || lines[0].startsWith('# Verbeter'))) lines.shift();
  return `${ERROR_MARK}${message.replace(/\n/g, ' ')}\n# Verbeter het hieronder, of maak het bestand leeg om af te breken.\n${lines.join('\n')}`;
}

export async function runEdit(o: EditOptions, ctx: AppContext, editText?: EditText): Promise<EditResult> {
  const request = await ctx.workspace.readRequest(o.id);
  const byFlags = Object.keys(o.answers).length > 0;
  if (o.editor && byFlags) throw new UsageError('Kies --editor of --set/--answers/--body, niet allebei.');
  if (!o.editor && !byFlags && !ctx.ask) {
    throw new UsageError('Zonder terminal geeft u de wijziging op met dezelfde opties als woo new: --set, --answers of --body; of met --editor.', `Bijvoorbeeld: woo edit ${request.id} --set periode_tot=2026-12-31`);
  }
  const next = o.editor ? await inEditor(request, editText) : await redraft(request, o, ctx);
  const changed = changedFields(request, next);
  if (changed.length === 0) return { request, changed };
  const sent = request.events.find((e) => e.type === 'sent');
  const asSent = changed.filter((c) => AS_SENT.has(c));
  if (sent && asSent.length > 0 && !o.yes) {
    const question = `Dit verzoek is op ${formatDateLong(sent.date)} verzonden; ${asSent.join(' en ')} ${asSent.length === 1 ? 'is' : 'zijn'} wat toen verstuurd is. Toch wijzigen (dit wordt bij het verzoek vastgelegd)?`;
    if (!ctx.ask) throw new UsageError(`Dit verzoek is op ${formatDateLong(sent.date)} verzonden: ${asSent.join(' en ')} wijzigen bevestigt u met --yes.`, 'De wijziging wordt dan bij het verzoek vastgelegd.');
    if (!(await ctx.ask.confirm({ message: question, default: false }))) throw cancelled('Niet gewijzigd.');
  }
  const answered = Math.max(0, ...request.outcomes.map((x) => x.point));
  if (next.points.length < answered) {
    throw new CannotError(`Punt ${answered} heeft een vastgelegde uitkomst, maar het verzoek zou nog maar ${next.points.length} punten hebben.`, 'Haal eerst de uitkomst weg (woo respond) of laat het aantal punten staan.');
  }
  const saved = await ctx.workspace.updateRequest(o.id, (current) => {
    const merged: WooRequest = { ...current, title: next.title, subject: next.subject, intro: next.intro, period: next.period, body: next.body, points: next.points, clauses: next.clauses, answers: next.answers, client: next.client };
    if (!next.intro) delete merged.intro;
    if (!next.client) delete merged.client;
    if (!next.period) delete merged.period;
    if (sent && asSent.length > 0) merged.edits = [...(current.edits ?? []), { date: ctx.today, changed: asSent }];
    return merged;
  });
  return { request: saved, changed };
}
