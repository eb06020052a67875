// Merging two versions of one request file (git's merge driver, `woo merge-file`): events from both
// sides by id, outcomes per point and decision, points by number, attachments by hash, the document
// ledger per decision and number. A value both sides changed differently keeps this machine's
// version (ours) and is reported; the result is validated by the caller before it is written.
import { eventNumber } from '../event-id.js';
import { mergeJson, type Json, type KeyOf, type MergeConflict } from './three-way.js';

const str = (v: Json | undefined) => (v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** The key of one record in the request's arrays; arrays of plain values (clauses) merge as sets. */
const keyOfRequestArray: KeyOf = (path, item) => {
  if (typeof item === 'string' || typeof item === 'number') return `=${item}`;
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const field = path.split(/[.[\]]/).filter(Boolean).at(-1) ?? '';
  if (field === 'outcomes') return `${str(item.point)}|${str(item.decision)}|${str(item.outcome)}`;
  if (field === 'points') return str(item.number) || undefined;
  if (field === 'documents') return str(item.number) || undefined;
  // A letter made ready by woo send is known by its first kept file (the .eml or the PDF).
  if (field === 'dispatches' && Array.isArray(item.files)) return `${str(item.letter)}|${str((item.files[0] as Record<string, Json> | undefined)?.sha256)}`;
  for (const k of ['id', 'sha256', 'hash']) if (typeof item[k] === 'string') return item[k] as string;
  return undefined;
};

export interface RequestMerge {
  merged: Json;
  conflicts: MergeConflict[];
}

const byDate = (a: Json, b: Json): number => {
  const [x, y] = [a as Record<string, Json>, b as Record<string, Json>];
  return str(x.date).localeCompare(str(y.date)) || str(x.recorded).localeCompare(str(y.recorded)) || eventNumber(str(x.id)) - eventNumber(str(y.id)) || str(x.id).localeCompare(str(y.id));
};

export function mergeRequestVersions(base: Json | undefined, ours: Json, theirs: Json): RequestMerge {
  const { value, conflicts } = mergeJson(base, ours, theirs, keyOfRequestArray);
  const merged = value as { [key: string]: Json };
  // The timeline reads in the order things happened; points by number.
  if (Array.isArray(merged.events)) merged.events = [...merged.events].sort(byDate);
  if (Array.isArray(merged.points)) merged.points = [...merged.points].sort((a, b) => Number((a as Record<string, Json>).number) - Number((b as Record<string, Json>).number));
  return { merged, conflicts };
}

/** One line per conflict, in Dutch, for the user. */
export function describeConflict(c: MergeConflict): string {
  const show = (v: Json | undefined) => (v === undefined ? '(verwijderd)' : JSON.stringify(v).slice(0, 120));
  return `${c.path || '(het hele bestand)'}: aan beide kanten anders gewijzigd; behouden: ${show(c.kept)}; niet overgenomen: ${show(c.dropped)}`;
}
