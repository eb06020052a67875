// Markdown rendering of a letter model. User text is data: it is passed through as written,
// except that a line which would start a Markdown block (heading, list, quote, code fence …)
// by accident gets one backslash so it stays ordinary text.
import { formatDateLong } from '../core/dates.js';
import type { LetterBlock, LetterModel, Party } from '../core/letters/model.js';

/** Two trailing spaces: a CommonMark hard line break, so address lines stay on their own line. */
const HARD_BREAK = '  ';

export function renderLetterMarkdown(model: LetterModel): string {
  const out: string[] = [];
  out.push(party(model.sender), '');
  out.push(party(model.recipient), '');
  out.push(escapeLine(`${model.place}, ${formatDateLong(model.date)}`), '');
  if (model.references.length > 0) {
    out.push(hardBreakLines(model.references.map((r) => escapeLine(`${oneLine(r.label)}: ${oneLine(r.value)}`))), '');
  }
  out.push(`**Onderwerp:** ${oneLine(model.subject)}`, '');
  out.push(paragraph(model.salutation), '');
  for (const block of model.body) out.push(renderBlock(block), '');
  out.push(paragraph(model.closing), '');
  out.push(paragraph(model.signature));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function party(p: Party): string {
  return hardBreakLines([p.name, ...p.lines].flatMap(splitLines).map(escapeLine));
}

function hardBreakLines(lines: string[]): string {
  return lines.map((l, i) => (i < lines.length - 1 ? l + HARD_BREAK : l)).join('\n');
}

function renderBlock(block: LetterBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return paragraph(block.text);
    case 'heading':
      // A heading is one line; a trailing '#' would be read as a closing sequence.
      return `## ${oneLine(block.text).replace(/#+$/, (m) => `\\${m}`)}`;
    case 'numbered':
      return numbered(block.items);
    case 'bullets':
      return block.items.map((item) => listItem('- ', item)).join('\n');
  }
}

/**
 * A paragraph keeps the author's line breaks as hard breaks; a blank line in the text starts a
 * new paragraph, as it would when read.
 */
function paragraph(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((para) => hardBreakLines(splitLines(para).map(escapeLine)))
    .join('\n\n');
}

/**
 * Numbered items keep their own numbers. Markdown renderers renumber a list from its first
 * number, so where the numbers are not consecutive (points 3, 7, 12) a new list is started,
 * separated by an empty HTML comment (the CommonMark way to end a list).
 */
function numbered(items: { number: number; text: string }[]): string {
  const parts: string[] = [];
  items.forEach((item, i) => {
    const consecutive = i > 0 && item.number === items[i - 1].number + 1;
    if (i > 0) parts.push(consecutive ? '\n' : '\n\n<!-- -->\n\n');
    parts.push(listItem(`${item.number}. `, item.text));
  });
  return parts.join('');
}

/** One list item: continuation lines are indented to the item's text so they stay inside it. */
function listItem(marker: string, text: string): string {
  const indent = ' '.repeat(marker.length);
  const lines = splitLines(text.trim()).map(escapeLine);
  if (lines.length === 0) return marker.trimEnd();
  return lines.map((l, i) => (i === 0 ? marker : indent) + l + (i < lines.length - 1 ? HARD_BREAK : '')).join('\n');
}

/** Non-empty, trimmed lines of a text (trimmed so indentation cannot make a code block). */
function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

function oneLine(text: string): string {
  return text.replace(/[^\S\u00A0\u2007\u202F]+/g, ' ').trim();
}

/**
 * Escapes the start of a line that Markdown would read as block syntax: ATX headings, block
 * quotes, bullet and ordered list markers, thematic breaks / setext underlines, code fences,
 * HTML blocks and table-looking pipes. Inline text is left alone on purpose.
 */
export function escapeLine(line: string): string {
  const l = line.trimStart();
  if (/^#{1,6}(\s|$)/.test(l)) return `\\${l}`;
  if (/^[>+<|]/.test(l)) return `\\${l}`;
  if (/^[-*_=](\s|$)/.test(l) || /^([-*_=])(\s*\1)+\s*$/.test(l)) return `\\${l}`;
  if (/^(`{3,}|~{3,})/.test(l)) return `\\${l}`;
  const ordered = /^(\d{1,9})([.)])(\s|$)/.exec(l);
  if (ordered) return `${ordered[1]}\\${l.slice(ordered[1].length)}`;
  return l;
}
