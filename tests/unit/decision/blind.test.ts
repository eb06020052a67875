// Reports accuracy on the blind letters: written from the law and real letter styles before the
// parser was read, so they measure generalisation. Misses are printed, never failed on, because
// these numbers are what the parser is judged on, not a target it was fitted to.
import { expect, it } from 'vitest';
import { parseDecision } from '../../../src/core/decision/index.js';
// @ts-expect-error -- plain JavaScript helper
import { BLIND2_DIR, BLIND_DIR, formatReport, scoreDirectory } from '../../../scripts/decision-accuracy.mjs';

it('reports per-letter and overall accuracy on the blind letters', () => {
  const blind = scoreDirectory(parseDecision, BLIND_DIR);
  const blind2 = scoreDirectory(parseDecision, BLIND2_DIR);
  console.log(`${formatReport('Blind', blind, true)}\n\n${formatReport('Blind2', blind2, true)}`);
  expect(blind.letters.length).toBeGreaterThan(0);
});
