// Dutch descriptions of problems found in user files: a zod issue list and a JSON syntax error.
import type { z } from 'zod';

/** "regel 3" for a JSON.parse error, from the position it reports; the engine's English words are left out. */
export function jsonErrorText(text: string, error: unknown): string {
  const pos = /position (\d+)/.exec((error as Error)?.message ?? '');
  const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : undefined;
  return `geen geldige JSON${line ? ` (fout op regel ${line})` : ''}`;
}

/** One line per issue: the message and, where it is, the field ("bij events.2.date"). */
export function issuesText(error: z.ZodError): string {
  return error.issues.map((i) => `${i.message}${i.path.length ? ` (bij ${i.path.join('.')})` : ''}`).join('; ');
}
