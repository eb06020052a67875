// Tables as PDF text extraction (pdftotext -layout) writes them: columns aligned with runs of
// spaces, no separators. A line is a row when it has several wide gaps; a run of such lines is a
// table, cut into cells at the column starts of its first line (the header), so a row with an
// empty cell keeps its other cells in the right columns.

/** Two or more gaps of 2+ spaces, one of them 3+: justified prose rarely has 3 spaces in a row. */
export function isSpacedRow(line: string): boolean {
  const gaps = line.trim().match(/ {2,}/g) ?? [];
  return gaps.length >= 2 && gaps.some((g) => g.length >= 3);
}

interface Piece {
  start: number;
  text: string;
}

const pieces = (line: string): Piece[] => [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ start: m.index ?? 0, text: m[0] }));

/** Cuts aligned lines into cells, by the column starts of the first line. */
export function spacedCells(lines: string[]): string[][] {
  const starts = pieces(lines[0]).map((p) => p.start);
  return lines.map((line) => {
    const cells = starts.map(() => '');
    for (const piece of pieces(line)) {
      // The column whose start is nearest at or before the piece (with slack for ragged alignment).
      let column = 0;
      starts.forEach((start, i) => {
        if (start <= piece.start + 2) column = i;
      });
      cells[column] = cells[column] ? `${cells[column]} ${piece.text}` : piece.text;
    }
    return cells;
  });
}
