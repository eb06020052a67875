// Turns the letter body (place and date down to the signature) into a flow of wrapped lines with
// keep rules. The sender and recipient blocks are placed at fixed positions by render-pdf.ts.
import { formatDateLong } from '../../core/dates.js';
import type { LetterBlock, LetterModel } from '../../core/letters/model.js';
import type { FlowLine, Run } from './layout.js';
import type { LetterFonts } from './fonts.js';
import { MEASURE, TYPE } from './geometry.js';
import { wrapText } from './wrap.js';
import type { PDFFont } from './pdf-lib.js';

interface Style {
  font: PDFFont;
  size: number;
  leading: number;
}

// Widths are sums of per-character advances (font-embedder.ts): glyphs are placed one after the
// other without kerning or ligatures, so this is exactly the width the line has on the page.
export function textWidth(text: string, font: PDFFont, size: number): number {
  return font.widthOfTextAtSize(text, size);
}

export function wrapFor(text: string, width: number, font: PDFFont, size: number): string[] {
  return wrapText(text, width, (s) => textWidth(s, font, size), { breakLongWords: true });
}

export function buildFlow(model: LetterModel, fonts: LetterFonts): FlowLine[] {
  const body: Style = { font: fonts.regular, size: TYPE.body.size, leading: TYPE.body.leading };
  const bold: Style = { ...body, font: fonts.bold };
  const heading: Style = { font: fonts.bold, size: TYPE.heading.size, leading: TYPE.heading.leading };
  const out: FlowLine[] = [];
  const add = (group: FlowLine[], spaceBefore: number) => {
    if (group.length === 0) return;
    group[0].spaceBefore = spaceBefore;
    out.push(...group);
  };

  add(textLines(`${model.place}, ${formatDateLong(model.date)}`, body), 0);
  if (model.references.length > 0) {
    add(model.references.flatMap((r) => hanging(`${r.label.trim()}: `, r.value, body, body)), 2 * TYPE.blockGap);
  }
  add(hanging('Onderwerp: ', model.subject, bold, bold), 2 * TYPE.blockGap);
  add(textLines(model.salutation, body), 2 * TYPE.blockGap);
  for (const block of model.body) {
    const lines = blockLines(block, body, heading);
    add(lines, block.kind === 'heading' ? TYPE.blockGap * 1.75 : TYPE.blockGap);
  }

  // The closing and signature never stand alone: chain them to the last two lines of the body.
  const tail = out.slice(-2);
  for (const line of tail) line.keepWithNext = true;
  const closing = textLines(model.closing, body);
  const signature = textLines(model.signature, body);
  for (const line of closing) line.keepWithNext = true;
  add(closing, TYPE.blockGap);
  add(signature, TYPE.signatureGap);
  return out;
}

function blockLines(block: LetterBlock, body: Style, heading: Style): FlowLine[] {
  switch (block.kind) {
    case 'paragraph':
      return textLines(block.text, body);
    case 'heading': {
      // A heading keeps with the first lines of what follows (that block chains its own first two).
      const lines = textLines(block.text.replace(/\s*\n\s*/g, ' '), heading);
      for (const l of lines) l.keepWithNext = true;
      return lines;
    }
    case 'numbered': {
      const labels = block.items.map((i) => `${i.number}.`);
      const labelWidth = Math.max(...labels.map((l) => textWidth(l, body.font, body.size)));
      const indent = labelWidth + 8;
      return block.items.flatMap((item, k) => {
        // Numbers are right-aligned so that "9." and "10." end in the same place.
        const x = labelWidth - textWidth(labels[k], body.font, body.size);
        return listItem(item.text, { text: labels[k], x }, indent, body, k === 0 ? 0 : TYPE.itemGap);
      });
    }
    case 'bullets':
      return block.items.flatMap((item, k) => listItem(item, { text: '•', x: 6 }, 18, body, k === 0 ? 0 : TYPE.itemGap));
  }
}

/** A list item: the marker on the first line, the text with a hanging indent. */
function listItem(text: string, marker: { text: string; x: number }, indent: number, style: Style, gap: number): FlowLine[] {
  const lines = textLines(text, style, indent, MEASURE - indent);
  if (lines.length === 0) lines.push(line([], style));
  lines[0].runs.unshift(run(marker.text, marker.x, style));
  lines[0].spaceBefore = gap;
  return lines;
}

/** "Label: value" with the value's continuation lines aligned after the label. */
function hanging(label: string, value: string, labelStyle: Style, style: Style): FlowLine[] {
  const indent = textWidth(label, labelStyle.font, labelStyle.size);
  const lines = textLines(value.replace(/\s*\n\s*/g, ' '), style, indent, MEASURE - indent);
  if (lines.length === 0) lines.push(line([], style));
  lines[0].runs.unshift(run(label.trimEnd(), 0, labelStyle));
  return lines;
}

/**
 * Wrapped lines of a text, keeping the author's line breaks (a blank line adds space), with
 * widow/orphan control: the first two and the last two lines of the text stay together.
 */
function textLines(text: string, style: Style, x = 0, width = MEASURE): FlowLine[] {
  const lines: FlowLine[] = [];
  let gap = 0;
  for (const source of text.trim().split(/\r?\n/)) {
    if (source.trim() === '') {
      gap = TYPE.blockGap;
      continue;
    }
    wrapFor(source, width, style.font, style.size).forEach((t, k) => {
      const l = line([run(t, x, style)], style);
      if (k === 0) l.spaceBefore = gap;
      lines.push(l);
    });
    gap = 0;
  }
  if (lines.length >= 2) {
    lines[0].keepWithNext = true;
    lines[lines.length - 2].keepWithNext = true;
  }
  return lines;
}

function line(runs: Run[], style: Style): FlowLine {
  return { runs, height: style.leading, spaceBefore: 0, keepWithNext: false };
}

function run(text: string, x: number, style: Style): Run {
  return { text, x, font: style.font, size: style.size };
}
