// The sidebar of a letter in the state house style (and many municipal ones): a narrow right-hand
// column with the sender's address, "Ons kenmerk", "Datum", repeated on every page. `pdftotext
// -layout` writes it on the same rows as the body, far to the right ("… niet openbaar. Waar van
// toepassing heb ik deze          Directie Juridische Zaken"), so it lands in the middle of
// sentences and headings. A column is a sidebar when many rows carry a short piece starting at the
// same far-right position after a wide gap; those pieces are cut off, and rows holding only such a
// piece become the blank rows they are in the body. Tables are left alone: a row with gaps inside
// its left part is a table row, whose last column is data.

const MIN_COLUMN = 50;
const MIN_ROWS = 4;

interface Tail {
  line: number;
  column: number;
  alone: boolean;
}

/** The last piece of a row when it stands after a wide gap far to the right. */
function tail(line: string, index: number): Tail | null {
  const m = /^(.*?\S)?(\s{4,})(\S(?:\S| (?! ))*)\s*$/.exec(line);
  if (!m) return null;
  const column = (m[1]?.length ?? 0) + m[2].length;
  if (column < MIN_COLUMN || m[3].length > 45) return null;
  const left = m[1] ?? '';
  if (/\S\s{3,}\S/.test(left.trim())) return null;
  return { line: index, column, alone: left.trim() === '' };
}

export function stripSidebar(text: string): string {
  const lines = text.split('\n');
  const tails = lines.map(tail);
  const counts = new Map<number, number>();
  for (const t of tails) if (t && !t.alone) counts.set(t.column, (counts.get(t.column) ?? 0) + 1);
  let best = -1;
  let bestCount = 0;
  for (const [column, n] of counts) {
    const around = n + (counts.get(column - 1) ?? 0) + (counts.get(column + 1) ?? 0) + (counts.get(column - 2) ?? 0) + (counts.get(column + 2) ?? 0);
    if (around > bestCount) [best, bestCount] = [column, around];
  }
  if (bestCount < MIN_ROWS) return text;
  const inColumn = (c: number) => c >= best - 6 && c <= best + 8;
  return lines
    .map((line, i) => {
      const t = tails[i];
      if (!t || !inColumn(t.column)) return line;
      return t.alone ? '' : line.slice(0, t.column).trimEnd();
    })
    .join('\n');
}
