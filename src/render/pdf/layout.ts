// A cursor that paginates a flow of lines. Pure: it only decides on which page and at which
// height each line goes; drawing is render-pdf.ts's job. Lines that must stay together are
// chained with `keepWithNext` (no stranded first/last line of a paragraph, a heading with its
// text, the closing and signature with the end of the body).
import type { PDFFont } from './pdf-lib.js';

/** One piece of text on a line; `x` is relative to the left margin, `y` to the line's baseline. */
export interface Run {
  text: string;
  x: number;
  font: PDFFont;
  size: number;
}

export interface FlowLine {
  runs: Run[];
  /** Line height (leading): the distance from this baseline to the next. */
  height: number;
  /** Extra space above the line; dropped at the top of a page. */
  spaceBefore: number;
  /** This line must be on the same page as the next one. */
  keepWithNext: boolean;
}

export interface Frame {
  /** y of the top of the text area. */
  top: number;
  /** Lowest y a line's box may reach. */
  bottom: number;
}

export interface PlacedLine {
  line: FlowLine;
  /** y of the top of the line's box; the baseline is `top - ascent`. */
  top: number;
}

/** Splits the flow into pages; page 1 uses `first`, the others `next`. Never makes an empty page. */
export function paginate(lines: FlowLine[], first: Frame, next: Frame): PlacedLine[][] {
  const pages: PlacedLine[][] = [[]];
  let frame = first;
  let y = frame.top;
  const newPage = () => {
    pages.push([]);
    frame = next;
    y = frame.top;
  };
  const pageEmpty = () => pages[pages.length - 1].length === 0;
  const need = (from: number, to: number, atTop: boolean) => {
    let h = 0;
    for (let k = from; k <= to; k++) h += lines[k].height + (k === from && atTop ? 0 : lines[k].spaceBefore);
    return h;
  };
  const place = (k: number) => {
    if (!pageEmpty()) y -= lines[k].spaceBefore;
    pages[pages.length - 1].push({ line: lines[k], top: y });
    y -= lines[k].height;
  };

  // Index up to which a group longer than a page is being broken line by line: once it has to
  // break, it fills each page instead of jumping to a fresh page at every shorter sub-group.
  let breakingUntil = -1;
  let i = 0;
  while (i < lines.length) {
    const available = y - frame.bottom;
    if (i <= breakingUntil) {
      if (need(i, i, pageEmpty()) <= available || pageEmpty()) place(i++);
      else newPage();
      continue;
    }
    let j = i;
    while (j < lines.length - 1 && lines[j].keepWithNext) j++;
    if (need(i, j, pageEmpty()) <= available) {
      for (let k = i; k <= j; k++) place(k);
      i = j + 1;
    } else if (!pageEmpty() && need(i, j, true) <= next.top - next.bottom) {
      newPage(); // the whole group fits on a fresh page: move it there together
    } else {
      breakingUntil = j; // longer than a page: it has to break somewhere
    }
  }
  if (pages.length > 1 && pageEmpty()) pages.pop();
  return pages;
}
