// Plain-text rendering of a letter model: same order and content as the Markdown, wrapped at
// 78 columns, numbered points with a hanging indent. Words longer than a line (URLs) are left
// whole on their own line, because a broken URL cannot be copied.
import { formatDateLong } from '../core/dates.js';
import type { LetterBlock, LetterModel, Party } from '../core/letters/model.js';
import { columns, wrapText } from './pdf/wrap.js';

export const TEXT_WIDTH = 78;

export function renderLetterText(model: LetterModel, width = TEXT_WIDTH): string {
  const out: string[] = [];
  out.push(...party(model.sender), '');
  out.push(...party(model.recipient), '');
  out.push(...wrap(`${model.place}, ${formatDateLong(model.date)}`, width), '');
  if (model.references.length > 0) {
    for (const r of model.references) out.push(...hanging(`${oneLine(r.label)}: `, r.value, width, false));
    out.push('');
  }
  out.push(...hanging('Onderwerp: ', model.subject, width, false), '');
  out.push(...paragraph(model.salutation, width), '');
  for (const block of model.body) out.push(...renderBlock(block, width), '');
  out.push(...paragraph(model.closing, width), '', '');
  out.push(...paragraph(model.signature, width));
  return `${collapse(out).join('\n').trimEnd()}\n`;
}

function party(p: Party): string[] {
  return [p.name, ...p.lines].map((l) => l.trim()).filter((l) => l.length > 0);
}

function renderBlock(block: LetterBlock, width: number): string[] {
  switch (block.kind) {
    case 'paragraph':
      return paragraph(block.text, width);
    case 'heading':
      return wrap(block.text, width);
    case 'numbered': {
      // Right-align the numbers so that all items' text starts in the same column.
      const digits = Math.max(...block.items.map((i) => String(i.number).length), 1);
      return block.items.flatMap((item) => hanging(`  ${String(item.number).padStart(digits)}. `, item.text, width, true));
    }
    case 'bullets':
      return block.items.flatMap((item) => hanging('  - ', item, width, true));
  }
}

/** A paragraph keeps the author's line breaks; a blank line in the text stays a blank line. */
function paragraph(text: string, width: number): string[] {
  const out: string[] = [];
  for (const line of text.trim().split(/\r?\n/)) {
    if (line.trim() === '') out.push('');
    else out.push(...wrap(line, width));
  }
  return out;
}

/**
 * Text after a marker ("  1. ", "Onderwerp: "), continuation lines aligned under the text.
 * With `keepBreaks` the author's line breaks inside the item are kept.
 */
function hanging(marker: string, text: string, width: number, keepBreaks: boolean): string[] {
  const indent = ' '.repeat(columns(marker));
  const sources = keepBreaks ? text.trim().split(/\r?\n/).filter((l) => l.trim() !== '') : [oneLine(text)];
  const lines = sources.flatMap((s) => wrap(s, width - indent.length));
  if (lines.length === 0) return [marker.trimEnd()];
  return lines.map((l, i) => (i === 0 ? marker : indent) + l);
}

function wrap(text: string, width: number): string[] {
  return wrapText(text, width, columns);
}

function oneLine(text: string): string {
  return text.replace(/[^\S\u00A0\u2007\u202F]+/g, ' ').trim();
}

/** At most one blank line in a row, except the two that leave room for a signature. */
function collapse(lines: string[]): string[] {
  const out: string[] = [];
  let blanks = 0;
  for (const l of lines) {
    blanks = l === '' ? blanks + 1 : 0;
    if (blanks <= 2) out.push(l);
  }
  return out;
}
