// Reports accuracy on the blind letters: written from the law and real letter styles before the
// parser was read, so they measure generalisation. Misses are printed, never failed on, because
// these numbers are what the parser is judged on, not a target it was fitted to.
import { expect, it } from 'vitest';
import { parseDecision } from '../../../src/core/decision/index.js';
// @ts-expect-error -- plain JavaScript helper
import { BLIND_DIR, BLIND_SETS, formatReport, scoreDirectory } from '../../../scripts/decision-accuracy.mjs';

it('reports per-letter and overall accuracy on the blind letters', () => {
  const sets = (BLIND_SETS as [string, string][]).map(([title, dir]) => formatReport(title, scoreDirectory(parseDecision, dir), true));
  console.log(sets.join('\n\n'));
  expect(scoreDirectory(parseDecision, BLIND_DIR).letters.length).toBeGreaterThan(0);
});
