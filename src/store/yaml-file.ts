// Reads a YAML data file and validates it, reporting problems with file and line.
import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { CannotError } from '../core/errors.js';
import { stripBom } from '../core/text.js';
import { fsCause, isFsError } from './fs-error.js';

export class DataFileError extends CannotError {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    detail: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${detail}`);
  }
}

export async function readYamlFile<S extends z.ZodType>(file: string, schema: S): Promise<z.infer<S>> {
  let source: string;
  try {
    source = stripBom(await readFile(file, 'utf8'));
  } catch (e) {
    if (isFsError(e)) throw new DataFileError(file, undefined, `niet te lezen: ${fsCause(e)}`);
    throw e;
  }
  return parseYaml(source, file, schema);
}

/** The yaml library's error codes in Dutch (its messages are English). */
function yamlProblem(code: string): string {
  if (code === 'DUPLICATE_KEY') return 'een sleutel staat er twee keer in';
  if (code === 'BAD_INDENT' || code === 'TAB_AS_INDENT') return 'de inspringing klopt niet (gebruik spaties, geen tabs)';
  if (code === 'RESOURCE_EXHAUSTION') return 'te veel verwijzingen (aliassen); zo groot wordt geen sjabloon';
  return 'de opbouw klopt niet (let op dubbele punten, aanhalingstekens en inspringing)';
}

export function parseYaml<S extends z.ZodType>(source: string, file: string, schema: S): z.infer<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    throw new DataFileError(file, err.linePos?.[0]?.line ?? lineAt(err.pos[0]), `geen geldige YAML: ${yamlProblem(err.code)}`);
  }
  let data: unknown;
  try {
    // Aliases that expand to millions of nodes (a "billion laughs" file) are refused, not expanded.
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    throw new DataFileError(file, undefined, 'de YAML gebruikt te veel verwijzingen (aliassen); schrijf de tekst uit in plaats van met * te verwijzen');
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  // Walk up the path until a node with a source range is found, to report the nearest line.
  let line: number | undefined;
  for (let n = issue.path.length; n >= 0 && line === undefined; n--) {
    const node = doc.getIn(issue.path.slice(0, n) as (string | number)[], true) as { range?: [number, number, number] } | undefined;
    line = lineAt(node?.range?.[0]);
  }
  const where = issue.path.length ? ` (bij ${issue.path.join('.')})` : '';
  throw new DataFileError(file, line, `${issue.message}${where}`);
}
