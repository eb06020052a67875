// Combines the shipped directory with the user's corrections (the workspace's bodies.json).
// Pure: the store reads the files, this module only merges values.
import { CannotError } from '../errors.js';
import { bodySchema, overrideFileSchema, type Body, type BodyOverride, type OverrideFile } from './schema.js';

/** Turns zod issues into one Dutch line per problem, with the entry's id where there is one. */
function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[], label: string): string[] {
  return issues.map((issue) => {
    const where = issue.path.length > 0 ? ` (${issue.path.map(String).join('.')})` : '';
    return `${label}${where}: ${issue.message}`;
  });
}

/** Validates the parsed JSON of a workspace bodies.json; throws a CannotError that lists every problem. */
export function parseOverrideFile(json: unknown, fileLabel = 'bodies.json'): OverrideFile {
  const result = overrideFileSchema.safeParse(json);
  if (result.success) return result.data;
  throw new CannotError(
    `Het bestand ${fileLabel} met eigen bestuursorganen klopt niet:\n` +
      describeIssues(result.error.issues, fileLabel).join('\n'),
    'Verbeter of verwijder de genoemde regels; de meegeleverde lijst werkt daarna weer.',
  );
}

/** Applies one correction: given fields replace, null removes, `postal` is merged field by field. */
function applyOverride(base: Record<string, unknown>, override: BodyOverride): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    if (value === null) {
      delete merged[key];
    } else if (key === 'postal') {
      merged.postal = { ...(base.postal as object | undefined), ...(value as object) };
    } else {
      merged[key] = value;
    }
  }
  return merged;
}

/**
 * The shipped bodies with the user's corrections applied. An override with a known id corrects that
 * body; one with a new id adds a body and must be complete. Every result is checked against the
 * schema: a correction that would leave a body unusable (no postcode, woo: false without a reason)
 * is an error rather than silently ignored, because a letter would otherwise go to the wrong place.
 */
export function mergeDirectory(shipped: readonly Body[], override: OverrideFile | undefined): Body[] {
  if (!override || override.bodies.length === 0) return [...shipped];
  const byId = new Map(shipped.map((body) => [body.id, body]));
  const added: Body[] = [];
  const problems: string[] = [];

  for (const entry of override.bodies) {
    const existing = byId.get(entry.id);
    const candidate = applyOverride(existing ?? {}, entry);
    const result = bodySchema.safeParse(candidate);
    if (!result.success) {
      const label = existing ? `correctie op ${entry.id}` : `nieuw bestuursorgaan ${entry.id}`;
      problems.push(...describeIssues(result.error.issues, label));
      continue;
    }
    if (existing) byId.set(entry.id, result.data);
    else added.push(result.data);
  }
  if (problems.length > 0) {
    throw new CannotError(
      `Eigen bestuursorganen (bodies.json) kunnen niet worden toegepast:\n${problems.join('\n')}`,
      'Een nieuw bestuursorgaan heeft minstens id, name, kind en woo nodig; een Nederlands postadres ook een postcode.',
    );
  }
  // Map preserves insertion order, so shipped bodies keep their place and corrections stay in it.
  return [...byId.values(), ...added];
}

/** The body with this id, if any. */
export function findBody(bodies: readonly Body[], id: string): Body | undefined {
  const wanted = id.trim().toLowerCase();
  return bodies.find((body) => body.id === wanted);
}
