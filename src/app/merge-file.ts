// `woo merge-file BASE OURS THEIRS [PATH]`: git's merge driver for request files. Writes the merged
// request to OURS. A damaged incoming version is refused (ours kept); a merge that does not make a
// valid request leaves git's conflict in place with a way out.
import { jsonErrorText } from '../core/problem-text.js';
import { readFile } from 'node:fs/promises';
import { CannotError } from '../core/errors.js';
import { describeConflict, mergeRequestVersions } from '../core/merge/request-merge.js';
import type { Json } from '../core/merge/three-way.js';
import { requestSchema } from '../core/schema/request.js';
import { writeJsonFile } from '../store/json-file.js';

export interface MergeFileOptions {
  base: string;
  ours: string;
  theirs: string;
  /** The file's path in the repository, for messages. */
  path?: string;
}

export interface MergeFileResult {
  /** Lines for the user: conflicts decided by the rule, refused input. */
  messages: string[];
}

type Parsed = { ok: true; value: Json } | { ok: false; why: string };

async function parseVersion(file: string): Promise<Parsed | undefined> {
  const text = await readFile(file, 'utf8').catch(() => '');
  if (text.trim() === '') return undefined; // git passes an empty file when there is no common ancestor
  try {
    const value = JSON.parse(text) as Json;
    const check = requestSchema.safeParse(value);
    return check.success ? { ok: true, value } : { ok: false, why: check.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  } catch (e) {
    return { ok: false, why: jsonErrorText(text, e) };
  }
}

export async function runMergeFile(o: MergeFileOptions): Promise<MergeFileResult> {
  const name = o.path ?? o.ours;
  const [base, ours, theirs] = await Promise.all([parseVersion(o.base), parseVersion(o.ours), parseVersion(o.theirs)]);
  const fix = `Los het op met: git checkout --ours ${name} (uw versie) of --theirs (de binnenkomende), dan git add ${name}.`;
  if (!ours?.ok) throw new CannotError(`Kan ${name} niet samenvoegen: uw eigen versie is beschadigd${ours ? ` (${ours.why})` : ''}.`, fix);
  if (!theirs?.ok) {
    // Nothing is written: OURS already holds the local version, which git then keeps.
    return { messages: [`${name}: de binnenkomende versie is beschadigd en is geweigerd${theirs ? ` (${theirs.why})` : ''}; uw versie blijft staan.`] };
  }
  const { merged, conflicts } = mergeRequestVersions(base?.ok ? base.value : undefined, ours.value, theirs.value);
  const valid = requestSchema.safeParse(merged);
  if (!valid.success) {
    throw new CannotError(`Kan ${name} niet automatisch samenvoegen: het resultaat is geen geldig verzoek (${valid.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}).`, fix);
  }
  await writeJsonFile(o.ours, valid.data);
  return { messages: conflicts.map((c) => `${name}: ${describeConflict(c)}`) };
}
