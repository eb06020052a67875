// Runs scripts/decision-accuracy.mjs on the TypeScript sources, so the numbers can be had even
// when the build is broken by unrelated work in progress. Prints the report; fails only when the
// fixtures (which the parser was written against) drop below their known level.
import { expect, it } from 'vitest';
import { parseDecision } from '../../../src/core/decision/index.js';
// @ts-expect-error -- plain JavaScript helper
import { FIXTURE_DIR, HOLDOUT_DIR, formatReport, scoreDirectory } from '../../../scripts/decision-accuracy.mjs';

it('reports per-letter and overall accuracy', () => {
  const fixtures = scoreDirectory(parseDecision, FIXTURE_DIR);
  const holdout = scoreDirectory(parseDecision, HOLDOUT_DIR);
  console.log(`${formatReport('Fixtures', fixtures, true)}\n\n${formatReport('Holdout', holdout, true)}`);
  const [hit, all] = fixtures.outcomes;
  expect(hit / all).toBeGreaterThanOrEqual(0.95);
});
