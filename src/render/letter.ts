// One entry point for all letter formats. The PDF module (pdf-lib, ~50 ms to load) and the Word
// writer are imported only when asked for, so Markdown and text output stay fast.
import type { LetterFormat, LetterModel } from '../core/letters/model.js';
import { renderLetterMarkdown } from './letter-markdown.js';
import { renderLetterText } from './letter-text.js';

export type { LetterFormat } from '../core/letters/model.js';

export interface RenderLetterOptions {
  /** PDF only: replace characters the font lacks with this string instead of throwing. */
  replaceUnsupported?: string;
}

export function renderLetter(model: LetterModel, format: 'md' | 'txt', opts?: RenderLetterOptions): Promise<string>;
export function renderLetter(model: LetterModel, format: 'pdf' | 'docx', opts?: RenderLetterOptions): Promise<Uint8Array>;
export function renderLetter(model: LetterModel, format: LetterFormat, opts?: RenderLetterOptions): Promise<string | Uint8Array>;
export async function renderLetter(
  model: LetterModel,
  format: LetterFormat,
  opts: RenderLetterOptions = {},
): Promise<string | Uint8Array> {
  switch (format) {
    case 'md':
      return renderLetterMarkdown(model);
    case 'txt':
      return renderLetterText(model);
    case 'docx': {
      const { renderLetterDocx } = await import('./docx.js');
      return renderLetterDocx(model);
    }
    case 'pdf': {
      const { renderLetterPdf } = await import('./pdf/render-pdf.js');
      return renderLetterPdf(model, {
        // The letter's own date, never the clock: the same letter gives the same bytes.
        creationDate: model.date,
        replaceUnsupported: opts.replaceUnsupported,
      });
    }
  }
}
