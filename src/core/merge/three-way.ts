// A three-way merge of JSON values (base, ours, theirs), for request files shared through git.
// Objects merge field by field; arrays of records with a key (events by id, points by number, …)
// merge record by record; everything else is one value. Where both sides changed one value
// differently, the stated rule decides (ours wins) and the conflict is reported, never written as
// conflict markers.
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface MergeConflict {
  /** Where in the file, e.g. "title" or "points[3].text". */
  path: string;
  kept: Json | undefined;
  dropped: Json | undefined;
}

/** How the records of an array at a path are told apart; arrays without one merge as one value. */
export type KeyOf = (path: string, item: Json) => string | undefined;

const same = (a: Json | undefined, b: Json | undefined) => JSON.stringify(a) === JSON.stringify(b);
const isRecord = (v: Json | undefined): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);

export function mergeJson(base: Json | undefined, ours: Json | undefined, theirs: Json | undefined, keyOf: KeyOf, path = '', conflicts: MergeConflict[] = []): { value: Json | undefined; conflicts: MergeConflict[] } {
  if (same(ours, theirs)) return { value: ours, conflicts };
  if (same(base, ours)) return { value: theirs, conflicts };
  if (same(base, theirs)) return { value: ours, conflicts };
  if (isRecord(ours) && isRecord(theirs)) {
    const b = isRecord(base) ? base : {};
    const value: { [key: string]: Json } = {};
    for (const key of [...new Set([...Object.keys(ours), ...Object.keys(theirs)])]) {
      const merged = mergeJson(b[key], ours[key], theirs[key], keyOf, path ? `${path}.${key}` : key, conflicts).value;
      if (merged !== undefined) value[key] = merged;
    }
    return { value, conflicts };
  }
  if (Array.isArray(ours) && Array.isArray(theirs)) {
    const keyed = mergeKeyedArray(Array.isArray(base) ? base : [], ours, theirs, keyOf, path, conflicts);
    if (keyed) return { value: keyed, conflicts };
  }
  // Both changed the same value differently: ours wins. One side removed what the other changed:
  // the change is kept, so nothing recorded is lost.
  const value = ours === undefined ? theirs : ours;
  conflicts.push({ path, kept: value, dropped: value === ours ? theirs : ours });
  return { value, conflicts };
}

function mergeKeyedArray(base: Json[], ours: Json[], theirs: Json[], keyOf: KeyOf, path: string, conflicts: MergeConflict[]): Json[] | undefined {
  const index = (items: Json[]) => {
    const map = new Map<string, Json>();
    for (const item of items) {
      const key = keyOf(path, item);
      if (key === undefined || map.has(key)) return undefined;
      map.set(key, item);
    }
    return map;
  };
  const [b, o, t] = [index(base), index(ours), index(theirs)];
  if (!b || !o || !t) return undefined;
  const result: Json[] = [];
  // Ours' order first, then what only theirs has; the caller sorts where order means something.
  for (const key of [...new Set([...o.keys(), ...t.keys()])]) {
    const merged = mergeJson(b.get(key), o.get(key), t.get(key), keyOf, `${path}[${key}]`, conflicts).value;
    if (merged !== undefined) result.push(merged);
  }
  return result;
}
