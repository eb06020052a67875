// `woo letter ID [kind]`: write a letter as Markdown, text or PDF; or every letter of a batch.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CannotError, UsageError } from '../core/errors.js';
import type { LetterKind } from '../core/letters/model.js';
import { renderLetter, type LetterFormat } from '../render/letter.js';
import type { AppContext } from './context.js';
import { letterModel, type LetterRequestOptions } from './letters.js';
import { sentLetter } from './sent-letters.js';
import { formatDateLong } from '../core/dates.js';
import { cleanLetterText } from '../core/text.js';
import { CHANNEL_LABELS } from '../core/schema/event.js';
import { checkOutputFiles, checkOutsideWorkspace, writeOutputFile, writeOutputFileChecked, type OutputPolicy } from '../store/output-file.js';

export interface LetterOptions {
  id?: string;
  batch?: string;
  kind: LetterKind;
  format: LetterFormat;
  output?: string;
  force: boolean;
  /** "3=text" or "algemeen=text", as given with --ground. */
  grounds: string[];
  /** The decision (eN) the letter is about (objection, notice of default in the objection stage). */
  decision?: string;
  /** The appeal for lateness: the court chosen with --court. */
  court?: string;
  /** PDF: print characters the font lacks as this text instead of refusing. */
  replaceUnsupported?: string;
  cwd: string;
}

export interface LetterResult {
  /** The text for md/txt without --output; undefined when written to files. */
  text?: string;
  files: string[];
  warnings: string[];
}

export const DEFAULT_FILE_NAMES: Record<LetterKind, string> = {
  request: 'verzoek',
  'notice-of-default': 'ingebrekestelling',
  objection: 'bezwaarschrift',
  'objection-pro-forma': 'bezwaarschrift-pro-forma',
  reminder: 'verzoek-om-ontvangstbevestiging',
  'appeal-for-lateness': 'beroepschrift-niet-tijdig-beslissen',
};

export function parseGroundFlags(flags: string[]): Record<string, string[]> {
  const grounds: Record<string, string[]> = {};
  for (const flag of flags) {
    const m = /^\s*(\d+|algemeen)\s*=\s*([\s\S]+)$/.exec(flag);
    if (!m) throw new UsageError(`Ongeldige --ground "${flag}".`, 'Gebruik --ground "3=uw argument voor punt 3" of --ground "algemeen=uw argument".');
    (grounds[m[1]] ??= []).push(cleanLetterText(m[2]).trim());
  }
  return grounds;
}

function outputPolicy(options: LetterOptions, ctx: AppContext): OutputPolicy {
  return { workspaceRoot: ctx.workspace.root, force: options.force, ...(ctx.ask ? { ask: ctx.ask } : {}) };
}

export async function runLetter(options: LetterOptions, ctx: AppContext): Promise<LetterResult> {
  const opts = { force: options.force, ownGrounds: parseGroundFlags(options.grounds), ...(options.decision ? { decision: options.decision } : {}), ...(options.court ? { court: options.court } : {}) };
  if (options.batch !== undefined) return runBatchLetters(options, ctx, opts);
  if (!options.id) throw new UsageError('Geef het id van een verzoek op, of --batch met het id van een reeks.');
  const request = await ctx.workspace.readRequest(options.id);
  // A letter that went out is given back exactly as sent.
  const sent = await sentLetter(ctx, request, options.kind, options.format);
  const { model, warnings } = sent ? { model: undefined, warnings: [`Dit is de brief zoals verzonden op ${formatDateLong(sent.dispatch.sent!)} (${CHANNEL_LABELS[sent.dispatch.channel]}).`] } : await letterModel(request, options.kind, ctx, opts);
  const rendered = sent ? sent.content : await renderLetter(model!, options.format, { replaceUnsupported: options.replaceUnsupported });
  if (!options.output && typeof rendered === 'string') return { text: rendered, files: [], warnings };
  const file = resolve(options.cwd, options.output ?? `${request.id}-${DEFAULT_FILE_NAMES[options.kind]}.${options.format}`);
  await writeOutputFile(file, rendered, outputPolicy(options, ctx));
  return { files: [file], warnings };
}

/** Every letter of a batch into one folder, one file per body; all are built before any is written. */
async function runBatchLetters(options: LetterOptions, ctx: AppContext, opts: LetterRequestOptions): Promise<LetterResult> {
  const { requests } = await ctx.workspace.listRequests();
  const members = requests.filter((r) => r.batch === options.batch);
  if (members.length === 0) throw new CannotError(`Onbekende reeks: "${options.batch}".`, 'Bekijk de reeksen met woo list (kolom reeks) of woo report --by batch.');
  const dir = resolve(options.cwd, options.output ?? options.batch!);
  const rendered: [string, string | Uint8Array][] = [];
  const warnings: string[] = [];
  for (const [i, request] of members.entries()) {
    ctx.progress?.('Brieven maken', i, members.length);
    const built = await letterModel(request, options.kind, ctx, opts);
    warnings.push(...built.warnings.map((w) => `${request.id}: ${w}`));
    rendered.push([join(dir, `${request.id}-${DEFAULT_FILE_NAMES[options.kind]}.${options.format}`), await renderLetter(built.model, options.format, { replaceUnsupported: options.replaceUnsupported })]);
  }
  const policy = outputPolicy(options, ctx);
  await checkOutsideWorkspace(dir, policy);
  await checkOutputFiles(rendered.map(([file]) => file), policy);
  await mkdir(dir, { recursive: true });
  for (const [i, [file, content]] of rendered.entries()) {
    ctx.progress?.('Brieven schrijven', i, rendered.length);
    await writeOutputFileChecked(file, content);
  }
  ctx.progress?.('', rendered.length, rendered.length);
  return { files: rendered.map(([file]) => file), warnings };
}
