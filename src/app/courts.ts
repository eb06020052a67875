// The shipped table of district courts and their districts (data/courts.json, scripts/build-courts.mjs).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CannotError } from '../core/errors.js';
import { courtsFileSchema, type CourtsFile } from '../core/law/courts.js';

export const SHIPPED_COURTS_FILE = fileURLToPath(new URL('../../data/courts.json', import.meta.url));

let shipped: Promise<CourtsFile> | undefined;

async function read(): Promise<CourtsFile> {
  try {
    return courtsFileSchema.parse(JSON.parse(await readFile(SHIPPED_COURTS_FILE, 'utf8')));
  } catch (e) {
    throw new CannotError(`De meegeleverde lijst van rechtbanken (${SHIPPED_COURTS_FILE}) is onleesbaar of beschadigd: ${(e as Error).message.split('\n')[0]}`, 'Installeer woo opnieuw.');
  }
}

export function loadCourts(): Promise<CourtsFile> {
  shipped ??= read();
  return shipped;
}
