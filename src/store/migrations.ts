// Schema versions of workspace files. A newer woo may add fields without a new version: this
// version keeps them (the schemas are loose) and writes them back unchanged. A change that older
// versions cannot read safely raises the version and adds a step here that brings a file of the
// version before up to date, keeping every field it does not touch. Files are migrated on read
// and stored in the new version the next time they are written.
import { REQUEST_SCHEMA_VERSION } from '../core/schema/request.js';

/**
 * One step: a file of version `from` becomes one of version `from + 1`. Every workspace JSON file
 * (request, profile, draft) shares the version, so a step changes only the kind of file it is for.
 */
export interface MigrationStep {
  from: number;
  /** Why the step exists (which change of the format it carries out). */
  reason: string;
  migrate(data: Record<string, unknown>): Record<string, unknown>;
}

/**
 * The steps this version knows, in order. There are none yet: version 1 is the only format. The
 * first will look like
 *   { from: 1, reason: 'events get a time zone', migrate: (d) => ({ ...d, events: (d.events as Event[]).map(…) }) }
 * always spreading the input, so fields it does not know pass through.
 */
export const MIGRATIONS: readonly MigrationStep[] = [];

/** The version this woo writes; it must be one past the last step (tests/unit/store/migrations.test.ts). */
export const CURRENT_SCHEMA_VERSION = REQUEST_SCHEMA_VERSION;

/** Brings a parsed file up to `target`, one step at a time; files without a number version are left to the schema to refuse. */
export function migrate(data: unknown, steps: readonly MigrationStep[] = MIGRATIONS, target = 1 + steps.length): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  let current = data as Record<string, unknown>;
  while (typeof current.schemaVersion === 'number' && current.schemaVersion < target) {
    const step = steps.find((s) => s.from === current.schemaVersion);
    if (!step) break;
    current = { ...step.migrate(current), schemaVersion: step.from + 1 };
  }
  return current;
}
