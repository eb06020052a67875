// Finding a body by what a user types: "amsterdam", "AFM", "gemeente amstrdam", "curacao".
// Runs on every keystroke of an interactive prompt, so each body's searchable text is normalised
// once and cached; the typo-tolerant comparison only runs when nothing matched exactly.
import type { Body, BodyKind } from './schema.js';

export type MatchKind = 'exact' | 'prefix' | 'words' | 'city' | 'fuzzy';

export interface SearchResult {
  body: Body;
  /** Higher is better; only meaningful for ordering results of one query. */
  score: number;
  match: MatchKind;
}

export interface SearchOptions {
  /** At most this many results (default 10). */
  limit?: number;
}

/** Lower case, without accents or punctuation, single spaces: "'s-Hertogenbosch" → "s hertogenbosch". */
export function normalise(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Generic leading words: "utrecht" should match "Provincie Utrecht" as well as it matches "Gemeente Utrecht".
const GENERIC_PREFIX =
  /^(gemeente|provincie|waterschap|hoogheemraadschap( van)?|wetterskip|politie eenheid|politie|veiligheidsregio|ggd|grondkamer) /;

// When everything else is equal, the body most people mean comes first.
const KIND_ORDER: readonly BodyKind[] = [
  'gemeente',
  'provincie',
  'ministerie',
  'waterschap',
  'politie',
  'hoge-college',
  'zbo',
  'agentschap',
  'rechtspraak',
  'veiligheidsregio',
  'ggd',
  'onderwijs',
  'openbaar-lichaam',
  'overig',
];

interface IndexedBody {
  names: string[];
  cores: string[];
  shortCompact: string | undefined;
  nameWords: string[];
  coreWords: string[];
  cityWords: string[];
  kindRank: number;
  /** Bodies outside the Woo rank below Dutch ones; a merged-away body below any live match but an exact one. */
  penalty: number;
}

const cache = new WeakMap<Body, IndexedBody>();

function searchIndex(body: Body): IndexedBody {
  let indexed = cache.get(body);
  if (indexed) return indexed;
  const names = [body.name, ...(body.shortName ? [body.shortName] : []), ...(body.aliases ?? [])].map(normalise);
  const cores = names.map((n) => n.replace(GENERIC_PREFIX, ''));
  indexed = {
    names,
    cores,
    shortCompact: body.shortName ? normalise(body.shortName).replace(/ /g, '') : undefined,
    nameWords: [...new Set(names.flatMap((n) => n.split(' ')))],
    coreWords: cores[0].split(' '),
    cityWords: body.postal ? normalise(body.postal.city).split(' ') : [],
    kindRank: KIND_ORDER.indexOf(body.kind),
    penalty: (body.woo ? 0 : 50) + (body.mergedInto ? 300 : 0),
  };
  cache.set(body, indexed);
  return indexed;
}

/** Edits allowed for a typo, scaled to word length: none for short words, where any edit is another word. */
function maxEdits(length: number): number {
  if (length < 4) return 0;
  if (length < 8) return 1;
  return 2;
}

/**
 * Optimal-string-alignment distance (Damerau-Levenshtein with adjacent transpositions), stopping
 * early once the distance must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2] + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length];
}

interface WordMatch {
  points: number;
  kind: 'name' | 'city' | 'fuzzy';
  /** The query word, and the body's word it matched (for name matches). */
  query: string;
  word?: string;
}

// Words that say what kind of body it is rather than which one; a suggestion needs more than these.
const GENERIC_WORDS = new Set(
  'gemeente provincie waterschap politie eenheid ministerie ggd veiligheidsregio stichting regio nederland nederlandse van de het en der voor in'.split(' '),
);

/**
 * The best match of one query word among a body's words. Points grow with how much of the body's
 * word the query word accounts for: an exact word 3, a prefix 1–2.5, a place name 1.5, a typo up to 2
 * ("amstrdam" for "amsterdam" is closer than "noord" for "noordwijk").
 */
function matchWord(query: string, ix: IndexedBody, distance: (a: string, b: string) => number): WordMatch | undefined {
  if (ix.nameWords.includes(query)) return { points: 3, kind: 'name', query, word: query };
  const prefixed = ix.nameWords.filter((w) => w.startsWith(query)).sort((a, b) => a.length - b.length)[0];
  if (prefixed) return { points: 1 + (1.5 * query.length) / prefixed.length, kind: 'name', query, word: prefixed };
  if (ix.cityWords.some((w) => w.startsWith(query))) return { points: 1.5, kind: 'city', query };
  const limit = maxEdits(query.length);
  if (limit === 0) return undefined;
  let best: WordMatch | undefined;
  for (const candidate of ix.nameWords) {
    const d = distance(query, candidate);
    const points = 2 * (1 - d / Math.max(query.length, candidate.length));
    if (d <= limit && (!best || points > best.points)) best = { points, kind: 'fuzzy', query, word: candidate };
  }
  if (best) return best;
  for (const candidate of ix.cityWords) {
    const d = distance(query, candidate);
    if (d <= limit) return { points: 1 - d / Math.max(query.length, candidate.length), kind: 'fuzzy', query };
  }
  return undefined;
}

/** Scores one body, or undefined if it does not match. `minShare` < 1 allows some query words to miss. */
function scoreBody(
  body: Body,
  q: string,
  words: string[],
  minShare: number,
  distance: (a: string, b: string) => number,
): SearchResult | undefined {
  const ix = searchIndex(body);
  const compact = q.replace(/ /g, '');
  if (ix.names.includes(q) || ix.shortCompact === compact) return { body, score: 1000 - ix.penalty, match: 'exact' };
  if (ix.cores.includes(q)) return { body, score: 950 - ix.penalty, match: 'exact' };
  const prefixOf = [...ix.names, ...ix.cores].filter((n) => n.startsWith(q));
  if (prefixOf.length > 0) {
    const shortest = Math.min(...prefixOf.map((n) => n.length));
    return { body, score: 800 - Math.min(50, (shortest - q.length) / 2) - ix.penalty, match: 'prefix' };
  }

  const matches = words.map((w) => matchWord(w, ix, distance));
  const found = matches.filter((m): m is WordMatch => m !== undefined);
  if (found.length === 0 || found.length < Math.ceil(words.length * minShare)) return undefined;
  if (found.length < words.length && !found.some((m) => m.query.length >= 3 && !GENERIC_WORDS.has(m.query))) {
    return undefined; // a partial match on "gemeente" or a single letter is no suggestion
  }
  // Longer query words say more about what the user means, so they weigh more in the average.
  const weight = words.reduce((sum, w) => sum + w.length, 0);
  const average = found.reduce((sum, m) => sum + m.points * m.query.length, 0) / weight;
  // How much of the body's own name the query covers: "rotterdam" covers all of Gemeente Rotterdam
  // but only half of GGD Rotterdam-Rijnmond.
  const covered = ix.coreWords.filter((cw) => found.some((m) => m.word === cw)).length / ix.coreWords.length;
  const bonus = 20 * average + 30 * covered;
  const missing = words.length - found.length;
  if (missing === 0 && found.every((m) => m.kind === 'name')) return { body, score: 600 + bonus - ix.penalty, match: 'words' };
  if (missing === 0 && found.every((m) => m.kind !== 'fuzzy')) return { body, score: 400 + bonus - ix.penalty, match: 'city' };
  return { body, score: 200 + bonus - 40 * missing - ix.penalty, match: 'fuzzy' };
}

function byRank(a: SearchResult, b: SearchResult): number {
  return (
    b.score - a.score ||
    searchIndex(a.body).kindRank - searchIndex(b.body).kindRank ||
    a.body.name.length - b.body.name.length ||
    a.body.name.localeCompare(b.body.name, 'nl')
  );
}

function rank(bodies: readonly Body[], query: string, minShare: number): SearchResult[] {
  const q = normalise(query);
  if (!q) return [];
  const words = q.split(' ');
  // Words like "gemeente" or "van" recur in hundreds of names: compute each distance once per query.
  const memo = new Map<string, number>();
  const distance = (a: string, b: string): number => {
    const key = `${a}\u0000${b}`;
    let d = memo.get(key);
    if (d === undefined) {
      d = editDistance(a, b, maxEdits(a.length));
      memo.set(key, d);
    }
    return d;
  };
  const results: SearchResult[] = [];
  for (const body of bodies) {
    const result = scoreBody(body, q, words, minShare, distance);
    if (result) results.push(result);
  }
  return results.sort(byRank);
}

/**
 * Bodies matching `query`, best first: exact name or abbreviation, then names starting with the query,
 * then all query words found in the name or place, then near misses (typos). Case and accents are ignored.
 */
export function searchBodies(bodies: readonly Body[], query: string, options: SearchOptions = {}): SearchResult[] {
  return rank(bodies, query, 1).slice(0, options.limit ?? 10);
}

/**
 * At most three bodies for "Bedoelde u …?" when `name` matched nothing exactly. Falls back to
 * bodies that match at least half of the words, so that one wrong word does not leave the user
 * without a suggestion.
 */
export function suggestBodies(bodies: readonly Body[], name: string): Body[] {
  const strict = rank(bodies, name, 1);
  const results = strict.length >= 3 ? strict : [...strict, ...rank(bodies, name, 0.5).filter((r) => !strict.some((s) => s.body === r.body))];
  return results.slice(0, 3).map((r) => r.body);
}
