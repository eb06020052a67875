// The workspace index: what list, agenda and report need per request, kept in
// .cache/index-<view>.json, so an unchanged request file is not parsed, validated or run through the
// deadline engine again. The request files stay the truth: an entry counts only while its file has
// the size, mtime, ctime and inode it was made from, for the same build of the view and the same day
// (deadlines and status move with the date). Anything else is read from the file again, and an index
// that is damaged, foreign or from another build is ignored and rebuilt.
import { mkdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WooRequest } from '../core/schema/request.js';
import { writeFileAtomic } from './atomic-file.js';
import type { DamagedFileError } from './json-file.js';
import type { Workspace } from './workspace.js';

export type IndexView = 'list' | 'agenda' | 'report';

const FORMAT = 1;
/** A file changed this recently may change again within one timestamp tick unseen: not indexed yet. */
const SETTLE_MS = 2_000;
const REBUILD_BATCH = 256;

interface IndexFile<E> {
  format: number;
  build: string;
  today: string;
  entries: Record<string, { key: string; value: E }>;
}

export interface IndexedListing<E> {
  /** One entry per readable request, in id order. */
  entries: E[];
  /** Files that could not be read, as Workspace.listRequests reports them. */
  problems: DamagedFileError[];
}

export interface IndexSpec<E> {
  view: IndexView;
  /** import.meta.url of the module that derives the entries: in the bundle its chunk name carries a content hash. */
  module: string;
  today: string;
  derive: (request: WooRequest) => E;
}

export function indexFile(workspace: Workspace, view: IndexView): string {
  return join(workspace.root, '.cache', `index-${view}.json`);
}

/** Any rebuild of the deriving code (a new chunk hash, a rewritten file) makes a new build id. */
function buildId(module: string): string {
  try {
    const s = statSync(fileURLToPath(module));
    return `${module}:${s.size}:${s.mtimeMs}`;
  } catch {
    return module;
  }
}

function fileKey(s: Stats): string {
  return `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;
}

function isEntry(e: unknown): e is { key: string; value: unknown } {
  return typeof e === 'object' && e !== null && typeof (e as { key?: unknown }).key === 'string' && typeof (e as { value?: unknown }).value === 'object' && (e as { value?: unknown }).value !== null;
}

/** The stored entries, or none when the index is missing, unreadable or made for something else. */
function readIndex<E>(file: string, build: string, today: string): Map<string, { key: string; value: E }> {
  const entries = new Map<string, { key: string; value: E }>();
  let data: Partial<IndexFile<E>>;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return entries;
  }
  if (typeof data !== 'object' || data === null || data.format !== FORMAT || data.build !== build || data.today !== today) return entries;
  if (typeof data.entries !== 'object' || data.entries === null) return entries;
  for (const [id, entry] of Object.entries(data.entries)) if (isEntry(entry)) entries.set(id, entry as { key: string; value: E });
  return entries;
}

export async function indexedRequests<E>(workspace: Workspace, spec: IndexSpec<E>): Promise<IndexedListing<E>> {
  const started = Date.now();
  const build = buildId(spec.module);
  const file = indexFile(workspace, spec.view);
  const stored = readIndex<E>(file, build, spec.today);
  const ids = await workspace.requestIds();
  const fresh = new Map<string, { key: string; value: E }>();
  const settled = new Set<string>();
  const changed = new Set<string>();
  for (const id of ids) {
    let s: Stats | undefined;
    try {
      s = statSync(join(workspace.requestsDir, `${id}.json`));
    } catch {
      // gone since readdir: reading it reports the problem as listRequests does
    }
    const key = s ? fileKey(s) : '';
    const entry = stored.get(id);
    if (s && entry?.key === key) fresh.set(id, entry);
    else {
      changed.add(id);
      fresh.set(id, { key, value: undefined as E });
    }
    if (s && s.mtimeMs < started - SETTLE_MS) settled.add(id);
  }
  const read = new Set<string>();
  const problems: DamagedFileError[] = [];
  // A few hundred at a time: the parsed requests are dropped once derived, so even a full rebuild
  // of 10,000 requests never holds them all.
  const pending = [...changed];
  for (let i = 0; i < pending.length; i += REBUILD_BATCH) {
    const listing = await workspace.listRequests(pending.slice(i, i + REBUILD_BATCH));
    problems.push(...listing.problems);
    for (const request of listing.requests) {
      fresh.get(request.id)!.value = spec.derive(request);
      read.add(request.id);
    }
  }
  const entries: E[] = [];
  const keep: Record<string, { key: string; value: E }> = {};
  for (const [id, entry] of fresh) {
    if (changed.has(id) && !read.has(id)) continue; // damaged: reported, never indexed
    entries.push(entry.value);
    if (settled.has(id)) keep[id] = entry;
  }
  const unchanged = changed.size === 0 && Object.keys(keep).length === stored.size;
  if (!unchanged && workspace.exists()) await writeIndex(file, { format: FORMAT, build, today: spec.today, entries: keep });
  return { entries, problems };
}

/** The index only saves time: a workspace that cannot take it (read-only, full) still lists. */
async function writeIndex<E>(file: string, index: IndexFile<E>): Promise<void> {
  try {
    mkdirSync(join(file, '..'), { recursive: true, mode: 0o700 });
    await writeFileAtomic(file, JSON.stringify(index));
  } catch {
    // the next run tries again
  }
}
