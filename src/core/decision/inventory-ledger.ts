// The document ledger: one entry per inventory row ("12   03-02-2020   E-mail over …   Deels
// openbaar   10.2.e"), read from the inventory annex and from tables in the letter itself. Document
// numbers are the body's own ("2a", "12.3"): they are never read as request points.
import type { Law } from '../grounds.js';
import { findGroundsInCell } from './ground-mentions.js';
import type { DocumentAssessment, LedgerDocument, LetterPart } from './types.js';

const ROW = /^\s*((?:[A-Z]\.?)?\d{1,4}(?:[.-]\d{1,3})?[a-z]?)[.)]?\s+(\S.*)$/;
/** The assessment cell, most specific first. */
const ASSESSMENTS: [RegExp, DocumentAssessment][] = [
  [/\b(?:reeds|al|eerder)\s+openbaar\b/i, 'already_public'],
  // A wrapped cell puts other columns between the words: "Gedeeltelijk   Art. 10.2.e.   openbaar".
  [/\b(?:deels|gedeeltelijk|ten\s+dele)\b(?:[^.]|\.\S){0,80}?\bopenbaar\b/i, 'partial_public'],
  [/\bniet\s+openbaar\b|\bweigeren\b|\bgeweigerd\b/i, 'not_public'],
  [/\bopenbaar\b/i, 'public'],
];
const DATE = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/;
const isTableLine = (line: string) => (line.trim().match(/\s{2,}/g) ?? []).length >= 2;

function isoDate(text: string): string | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function readRow(line: string, law: Law): LedgerDocument | null {
  const m = ROW.exec(line);
  if (!m) return null;
  for (const [re, assessment] of ASSESSMENTS) {
    const hit = re.exec(m[2]);
    if (!hit) continue;
    const before = m[2].slice(0, hit.index).replace(DATE, ' ').replace(/\s+/g, ' ').trim();
    const after = m[2].slice(hit.index);
    const date = isoDate(m[2].slice(0, hit.index));
    return {
      number: m[1],
      ...(date ? { date } : {}),
      ...(before ? { description: before.slice(0, 2000) } : {}),
      assessment,
      grounds: assessment === 'public' || assessment === 'already_public' ? [] : findGroundsInCell(after, law),
      evidence: line.trim().replace(/\s+/g, ' ').slice(0, 4000),
    };
  }
  return null;
}

/** An annex's rows: a row starts at a document number and goes on over the lines its cells wrap to. */
function annexRows(text: string): string[] {
  const rows: string[] = [];
  let current: string[] = [];
  const flush = () => current.length > 0 && rows.push(current.join('   '));
  for (const line of text.split('\n')) {
    if (ROW.test(line)) {
      flush();
      current = [line];
    } else if (current.length > 0 && current.length < 6 && line.trim() !== '') current.push(line.trim());
  }
  flush();
  return rows;
}

export function readLedger(parts: LetterPart[], law: Law): LedgerDocument[] {
  const documents = new Map<string, LedgerDocument>();
  for (const part of parts) {
    const inAnnex = part.kind === 'annex_inventory' || part.kind === 'annex_other';
    if (!inAnnex && !['decision', 'reasoning', 'other'].includes(part.kind)) continue;
    const rows = inAnnex ? annexRows(part.text) : part.text.split('\n').filter(isTableLine);
    for (const row of rows) {
      const doc = readRow(row, law);
      if (doc && !documents.has(doc.number)) documents.set(doc.number, doc);
    }
  }
  return [...documents.values()];
}
