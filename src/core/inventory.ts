// An inventory list (inventarislijst) as rows of cells — from a CSV or XLSX file, or a table in a
// PDF — read into the document ledger. Columns are found by their header words; assessments are
// the government's words (openbaar, deels openbaar, niet openbaar, reeds openbaar); grounds are
// read in any common notation and checked against the law of the decision.
import { readDateCell } from './dates.js';
import { UsageError } from './errors.js';
import { groundByCode, type Law } from './grounds.js';
import { findGroundsInCell } from './decision/ground-mentions.js';
import type { DocumentAssessment, LedgerDocument } from './schema/document.js';

type Role = 'number' | 'date' | 'description' | 'assessment' | 'grounds' | 'points';

/** Header words per column, checked in this order; a header takes the first role it matches. */
const HEADERS: [Role, RegExp][] = [
  ['points', /^(?:(?:verzoek)?punt(?:en)?|(?:verzoek)?onderde(?:el|len)|deelverzoek|(?:deel)?vraag)\b/i],
  ['number', /^(?:nr|no|nummer|#|doc(?:ument)?\.?\s*(?:nr|nummer)\.?|documentn(?:r|ummer)|volgnummer|inventarisnummer)\.?$/i],
  ['date', /^datum/i],
  ['assessment', /beoordeling|besluit|beslissing|openbaarmaking|openbaarheid|^openbaar|oordeel|^status$/i],
  ['grounds', /weigeringsgrond|^grond|^art(?:ikel|\.)|uitzondering|^wo[bo](?:-?artikel)?$/i],
  ['description', /omschrijving|^document(?:en)?$|^titel|onderwerp|^naam|bestandsnaam|beschrijving/i],
];
/** An "ID" column is the document number only when there is no better one. */
const ID_HEADER = /^id$/i;

/** The government's words, most specific first. */
const ASSESSMENTS: [RegExp, DocumentAssessment][] = [
  [/\b(?:reeds|al|eerder)\s+(?:openbaar|gepubliceerd|bekend)|\bgepubliceerd\b|\bopenbaar\s+bekend\b/i, 'already_public'],
  [/\b(?:deels|gedeeltelijk|ten\s+dele|partieel)\b|\bgelakt\b|\bzwartgelakt\b|\bgeanonimiseerd\b/i, 'partial_public'],
  [/\bniet\s+openbaar|\bgeweigerd\b|\bweiger(?:en|ing)\b|\bniet\s+verstrekt\b|^\s*niet\s*$|^\s*nee\s*$/i, 'not_public'],
  [/\bopenbaar|\bvolledig\b|\bgeheel\b|\bverstrekt\b|^\s*ja\s*$/i, 'public'],
];

/** Cells that say "no ground" in so many words. */
const NO_GROUND = /^(?:n\.?v\.?t\.?|nvt|geen|-|–|—|\/)?$/i;

export interface InventoryReading {
  documents: LedgerDocument[];
  /** Rows or cells that could not be read, in Dutch: shown to the user, never dropped silently. */
  problems: string[];
}

export function assessmentOf(cell: string): DocumentAssessment | null {
  return ASSESSMENTS.find(([re]) => re.test(cell))?.[1] ?? null;
}

function rolesOf(header: string[]): Map<Role, number> {
  const roles = new Map<Role, number>();
  header.forEach((cell, i) => {
    const role = HEADERS.find(([r, re]) => !roles.has(r) && re.test(cell.trim()))?.[0];
    if (role) roles.set(role, i);
  });
  const id = header.findIndex((c) => ID_HEADER.test(c.trim()));
  if (!roles.has('number') && id >= 0) roles.set('number', id);
  return roles;
}

/** The header row: the first of the opening rows with an assessment column and one more known column. */
function findHeader(rows: string[][]): { at: number; roles: Map<Role, number> } | null {
  for (let at = 0; at < Math.min(rows.length, 15); at++) {
    const roles = rolesOf(rows[at]);
    if (roles.has('assessment') && roles.size >= 2) return { at, roles };
  }
  return null;
}

/** "3", "1, 2", "2-4", "2 t/m 4": the point numbers a cell names. */
function pointsOf(cell: string): number[] {
  const points = new Set<number>();
  for (const m of cell.matchAll(/(\d{1,3})(?:\s*(?:-|–|t\/m|tot\s+en\s+met)\s*(\d{1,3}))?/gi)) {
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    for (let n = from; n <= to && to - from < 500; n++) if (n > 0) points.add(n);
  }
  return [...points].sort((a, b) => a - b);
}

/**
 * Reads the rows of an inventory list. `law` is the law of the decision (grounds of the other law are
 * reported and left out); `pointCount` the number of points of the request (point numbers beyond it
 * are reported and left out).
 */
export function documentsFromRows(rows: string[][], law: Law, pointCount: number): InventoryReading {
  const header = findHeader(rows);
  if (!header) {
    throw new UsageError(
      'In de inventarislijst staat geen kopregel met een kolom voor de beoordeling.',
      'De lijst heeft kolomkoppen nodig, zoals "Nr.", "Datum", "Omschrijving", "Beoordeling" en "Weigeringsgronden".',
    );
  }
  const { roles } = header;
  const cell = (cells: string[], role: Role) => (roles.has(role) ? (cells[roles.get(role)!] ?? '').trim() : '');
  const documents: LedgerDocument[] = [];
  const problems: string[] = [];
  rows.slice(header.at + 1).forEach((cells, i) => {
    const line = header.at + i + 2;
    const number = cell(cells, 'number');
    const assessmentCell = cell(cells, 'assessment');
    const description = cell(cells, 'description');
    // A row with only a description continues the description of the row above it.
    if (!number && !assessmentCell) {
      const last = documents.at(-1);
      if (last && description) last.description = `${last.description ?? ''} ${description}`.trim();
      return;
    }
    const assessment = assessmentOf(assessmentCell);
    const what = number ? `Document ${number}` : `Rij ${line}`;
    if (!number) return void problems.push(`Rij ${line} heeft geen documentnummer; overgeslagen.`);
    if (!assessment) return void problems.push(`${what}: beoordeling "${assessmentCell}" niet herkend (openbaar, deels openbaar, niet openbaar of reeds openbaar); overgeslagen.`);

    const groundsCell = cell(cells, 'grounds');
    // ";" and line breaks separate citations that may themselves hold commas ("5.1, tweede lid, onder e; 5.2").
    let grounds = [...new Set(groundsCell.split(/\s*[;\n]\s*/).flatMap((part) => findGroundsInCell(part, law)))];
    if (grounds.length === 0 && !NO_GROUND.test(groundsCell)) problems.push(`${what}: weigeringsgrond "${groundsCell}" niet herkend; niet vastgelegd.`);
    const otherLaw = grounds.filter((g) => groundByCode(g)?.law !== law);
    if (otherLaw.length) problems.push(`${what}: ${otherLaw.join(', ')} ${otherLaw.length === 1 ? 'is geen grond' : 'zijn geen gronden'} uit de ${law === 'woo' ? 'Woo' : 'Wob'}, de wet van dit besluit; niet vastgelegd.`);
    grounds = grounds.filter((g) => !otherLaw.includes(g));
    if (grounds.length && (assessment === 'public' || assessment === 'already_public')) {
      problems.push(`${what}: weigeringsgronden bij een document dat ${assessment === 'public' ? 'openbaar' : 'reeds openbaar'} is, niet vastgelegd.`);
      grounds = [];
    }

    const named = pointsOf(cell(cells, 'points'));
    const points = named.filter((p) => p <= pointCount);
    if (points.length < named.length) problems.push(`${what}: punt ${named.filter((p) => p > pointCount).join(', ')} bestaat niet in het verzoek (${pointCount} punten); niet gekoppeld.`);
    const dateCell = cell(cells, 'date');
    const date = dateCell ? readDateCell(dateCell) : undefined;
    if (dateCell && !date) problems.push(`${what}: datum "${dateCell}" niet herkend; niet vastgelegd.`);

    documents.push({
      number: number.slice(0, 40),
      ...(date ? { date } : {}),
      ...(description ? { description: description.slice(0, 2000) } : {}),
      assessment,
      grounds,
      ...(points.length ? { points } : {}),
      evidence: cells.filter((c) => c.trim()).join(' | ').slice(0, 4000),
    });
  });
  return { documents, problems };
}
