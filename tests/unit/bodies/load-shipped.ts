// Reads the shipped directory the way the application will: JSON.parse, then the zod schema.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { directoryFileSchema, type Body, type DirectoryFile } from '../../../src/core/bodies/schema.js';

export const SHIPPED_PATH = fileURLToPath(new URL('../../../data/bodies.json', import.meta.url));

export function readShippedJson(): unknown {
  return JSON.parse(readFileSync(SHIPPED_PATH, 'utf8'));
}

export function loadShipped(): DirectoryFile {
  return directoryFileSchema.parse(readShippedJson());
}

/** The shipped body with this id; fails the test when it is missing. */
export function shippedBody(bodies: readonly Body[], id: string): Body {
  const body = bodies.find((b) => b.id === id);
  if (!body) throw new Error(`no shipped body with id ${id}`);
  return body;
}
