// `woo letter ID [kind]`: write a letter as Markdown, text or PDF.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { LetterKind } from '../core/letters/model.js';
import { CannotError } from '../core/errors.js';
import { renderLetter, type LetterFormat } from '../render/letter.js';
import type { AppContext } from './context.js';
import { requestLetterModel } from './letters.js';

export interface LetterOptions {
  id: string;
  kind: LetterKind;
  format: LetterFormat;
  output?: string;
  cwd: string;
}

export interface LetterResult {
  /** The text for md/txt without --output; undefined when written to a file. */
  text?: string;
  file?: string;
}

export const DEFAULT_FILE_NAMES: Record<LetterKind, string> = {
  request: 'verzoek',
  'notice-of-default': 'ingebrekestelling',
  objection: 'bezwaarschrift',
  'objection-pro-forma': 'bezwaarschrift-pro-forma',
};

export async function runLetter(options: LetterOptions, ctx: AppContext): Promise<LetterResult> {
  const request = await ctx.workspace.readRequest(options.id);
  if (options.kind !== 'request') throw new CannotError(`Brief "${options.kind}" is nog niet beschikbaar.`);
  const model = await requestLetterModel(request, ctx);
  const rendered = await renderLetter(model, options.format, { creationDate: ctx.today });
  if (!options.output && typeof rendered === 'string') return { text: rendered };
  const file = resolve(options.cwd, options.output ?? `${request.id}-${DEFAULT_FILE_NAMES[options.kind]}.${options.format}`);
  try {
    await writeFile(file, rendered);
  } catch (e) {
    throw new CannotError(`Kan ${file} niet schrijven: ${(e as Error).message}.`);
  }
  return { file };
}
