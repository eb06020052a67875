// Text for the terminal: paragraphs wrapped at word boundaries to the screen's width, and a last
// guard that folds any line still too wide, so that nothing on screen runs past the right edge.
import { columns } from './pdf/wrap.js';

/** The width when the terminal's is unknown (output to a file or a pipe). */
export const DEFAULT_WIDTH = 80;
/** Narrower than this, hanging indents and tables no longer make sense: wrap as if it were this wide. */
const MIN_WIDTH = 40;

/** The width to lay out for: the terminal's columns, else $COLUMNS, else 80. */
export function screenWidth(terminalColumns: number | undefined, env: NodeJS.ProcessEnv): number {
  const fromEnv = Number.parseInt(env.COLUMNS ?? '', 10);
  const width = terminalColumns && terminalColumns > 0 ? terminalColumns : Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_WIDTH;
  return Math.max(MIN_WIDTH, width);
}

/**
 * One paragraph wrapped at word boundaries to `width` columns in all. The first line follows
 * `first` (text already on that line: a label, a bullet), the others start with `indent`. Returns the
 * text without `first`, lines joined with a newline and `indent`. Words wider than a line (URLs) stay whole;
 * a text that fits on the first line is returned unchanged.
 */
export function wrapParagraph(text: string, width: number, indent: string, first = indent): string {
  // What fits stays as it is, aligned spacing included.
  if (!text.includes('\n') && columns(first) + columns(text) <= width) return text;
  const words = text.split(/[^\S\u00A0\u2007\u202F]+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const room = width - columns(lines.length === 0 ? first : indent);
    if (line !== '' && columns(line) + 1 + columns(word) > room) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.join(`\n${indent}`);
}

/** A line that is too wide, folded at spaces; continuation lines are indented two more than the line. */
function foldLine(line: string, width: number): string[] {
  if (columns(line) <= width) return [line];
  const lead = /^ */.exec(line)![0];
  const more = columns(lead) + 2 <= width / 2 ? `${lead}  ` : lead;
  // Keep the spacing inside the line (aligned columns) where it does not break.
  const parts = line.slice(lead.length).split(/( +)/);
  const out: string[] = [];
  let current = lead;
  let fresh = true;
  for (let i = 0; i < parts.length; i += 2) {
    const word = parts[i];
    const gap = i > 0 ? parts[i - 1] : '';
    if (word === '') continue;
    if (fresh) {
      current += word;
      fresh = false;
    } else if (columns(current) + columns(gap) + columns(word) <= width) current += gap + word;
    else {
      out.push(current);
      current = more + word;
    }
  }
  out.push(current);
  return out;
}

/** Every line of `text` folded to fit `width` columns; lines that fit are left exactly as they are. */
export function fitToWidth(text: string, width: number): string {
  if (!text.split('\n').some((l) => columns(l) > width)) return text;
  return text
    .split('\n')
    .flatMap((l) => foldLine(l, width))
    .join('\n');
}

/**
 * Commands to type with what each does ("Volgende stappen"): in two columns when they fit,
 * otherwise each command on a line of its own (never broken: it is meant to be copied) with its
 * explanation under it.
 */
export function formatSteps(steps: readonly (readonly [command: string, what: string])[], width: number): string {
  const w = Math.max(...steps.map(([command]) => columns(command)));
  if (steps.every(([, what]) => 2 + w + 3 + columns(what) <= width)) return steps.map(([command, what]) => `  ${command.padEnd(w)}   ${what}`).join('\n');
  return steps.map(([command, what]) => `  ${command}\n      ${wrapParagraph(what, width, '      ')}`).join('\n');
}
