// The letter's own words tie inventory rows to points: "De DPIA (document 7) maak ik gedeeltelijk
// openbaar", "documenten 2 tot en met 4". An inventory without a point column is only used
// through such mentions, because a row placed next to an answer is not necessarily about it.
import { expandList } from './point-refs.js';
import type { InventoryRow } from './tables.js';

const DOCUMENT_REF = /\bdocument(?:en|nummers?)?\s+(?:nr\.?\s*)?(\d{1,3}(?:\s*(?:,\s*|\s(?:en|tot\s+en\s+met|t\/m|tot)\s+|\s*[-–]\s*)\d{1,3}(?!\d|\.\d))*)(?!\d|\.\d)/gi;

/** Document numbers a text mentions. */
export function documentNumbers(text: string): number[] {
  return [...new Set([...text.matchAll(DOCUMENT_REF)].flatMap((m) => expandList(m[1])))];
}

/** Grounds of the inventory rows for the documents the sentences mention. */
export function groundsOfMentionedDocuments(sentences: string[], inventory: InventoryRow[]): string[] {
  const mentioned = new Set(sentences.flatMap(documentNumbers));
  const rows = inventory.filter((row) => row.documents.some((n) => mentioned.has(n)));
  return [...new Set(rows.flatMap((row) => row.grounds))];
}
