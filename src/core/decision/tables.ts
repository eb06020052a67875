// Inventory tables (inventarislijsten): one row per document with its assessment and grounds.
// Rows become per-document outcomes; a column naming the request point ties them to points.
import type { Law } from '../grounds.js';
import { findGroundsInCell } from './ground-mentions.js';
import type { Outcome } from './types.js';

export interface InventoryRow {
  /** Points named in the row's point column; null when the table has none. */
  points: number[] | null;
  /** Document numbers from the row's number column, so the body's "documenten 2 tot en met 4" can find it. */
  documents: number[];
  /** A subject instead of a point number ("Advies FG"), to be matched to a point by its words. */
  subject: string | null;
  outcome: Outcome;
  grounds: string[];
  text: string;
}

/** Terse assessments as inventories write them; the first match wins. */
const CELL_OUTCOMES: [RegExp, Outcome][] = [
  [/\b(?:reeds|al|eerder)\s+openbaar\b|\bgepubliceerd\b/i, 'already_public'],
  [/\bdoor(?:gezonden|gestuurd|geleid)\b/i, 'forwarded'],
  [/\bniet\s+(?:aangetroffen|gevonden|aanwezig)\b|\bbestaa?n?t?\s+niet\b|\bgeen\s+(?:documenten|stukken|informatie)\b/i, 'nothing_found'],
  [/\b(?:deels|gedeeltelijk|ten\s+dele)\b|\bgelakt\b/i, 'partial_public'],
  [/\bniet\s+openbaar\b|\bgeweigerd\b|\bweigeren\b|\bniet\s+verstrekt\b|^\s*niet\s*$/i, 'not_public'],
  [/\bverwe?(?:zen|ijzing|ijs)\b/i, 'referred'],
  [/\bopenbaar\b|\bvolledig\b|\bverstrekt\b/i, 'public'],
];

const HEADER_WORDS = /^(?:nr\.?|nummer|#|doc(?:ument)?(?:nummer|nr\.?)?|datum|omschrijving|titel|beoordeling|besluit|status|punt|onderdeel|verzoekonderdeel|verzoekpunt|deelverzoek|vraag|deelvraag|weigeringsgrond(?:en)?|grond(?:en)?|artikel|beslissing|opmerking(?:en)?|soort|type|kenmerk)\b/i;
const POINT_COLUMN = /^(?:punt|(?:verzoek)?onderdeel|(?:deel)?vraag|verzoekpunt|deelverzoek)/i;
const NUMBER_COLUMN = /^(?:nr\.?|nummer|#|doc(?:ument)?(?:nummer|nr\.?))$/i;
const SUBJECT_COLUMN = /^onderwerp$/i;
const OUTCOME_COLUMN = /beoordeling|besluit|beslissing|status|oordeel|openbaar/i;
const GROUNDS_COLUMN = /grond|weigering|artikel|uitzondering/i;

function outcomeOfCell(cell: string): Outcome | null {
  return CELL_OUTCOMES.find(([re]) => re.test(cell))?.[1] ?? null;
}

/** "3", "1-2", "6 t/m 9": the numbers a cell names, up to `highest`. */
function numbersOfCell(cell: string, highest: number): number[] {
  const numbers: number[] = [];
  for (const m of cell.matchAll(/(\d{1,3})(?:\s*(?:-|–|t\/m|tot en met)\s*(\d{1,3}))?/g)) {
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    for (let n = from; n <= to && to - from < 500; n++) if (n >= 1 && n <= highest) numbers.push(n);
  }
  return numbers;
}

export function readInventory(rows: string[][], law: Law, pointCount: number): InventoryRow[] {
  const hasHeader = rows.length > 1 && rows[0].filter((c) => HEADER_WORDS.test(c)).length >= 2;
  const header = hasHeader ? rows[0] : [];
  const column = (re: RegExp) => header.findIndex((c) => re.test(c));
  const [pointColumn, outcomeColumn, groundsColumn] = [column(POINT_COLUMN), column(OUTCOME_COLUMN), column(GROUNDS_COLUMN)];
  const [numberColumn, subjectColumn] = [column(NUMBER_COLUMN), column(SUBJECT_COLUMN)];

  const inventory: InventoryRow[] = [];
  for (const cells of hasHeader ? rows.slice(1) : rows) {
    const outcome = outcomeColumn >= 0 ? outcomeOfCell(cells[outcomeColumn] ?? '') : cells.map(outcomeOfCell).find((o) => o !== null) ?? null;
    if (!outcome) continue;
    const groundCells = groundsColumn >= 0 ? [cells[groundsColumn] ?? ''] : cells.filter((c) => /\d\s?\.\s?\d/.test(c) && !/\d{4}/.test(c));
    const pointCell = pointColumn >= 0 ? (cells[pointColumn] ?? '') : null;
    const points = pointCell === null ? null : numbersOfCell(pointCell, pointCount);
    // A point column holding words ("Advies FG") names a subject, as a subject column does.
    const subject = subjectColumn >= 0 ? (cells[subjectColumn] ?? '') : points?.length === 0 && /\p{L}{3}/u.test(pointCell ?? '') ? pointCell : null;
    inventory.push({
      points,
      documents: numberColumn >= 0 ? numbersOfCell(cells[numberColumn] ?? '', 999) : [],
      subject: subject || null,
      outcome,
      grounds: [...new Set(groundCells.flatMap((c) => findGroundsInCell(c, law)))],
      text: cells.join(' | '),
    });
  }
  return inventory;
}
