// The parser on the real decision letters of ../shared/corpus/decisions (other people's text, read
// where it lies; skipped where it is absent). Scores the labelled letters (scripts/corpus-accuracy.mjs)
// and fails when the share of points read right falls below what was measured.
import { describe, expect, it } from 'vitest';
import { parseDecision } from '../../../src/core/decision/index.js';
// @ts-expect-error -- plain JavaScript helper
import { corpusPresent, formatCorpusReport, scoreCorpus } from '../../../scripts/corpus-accuracy.mjs';

/** Measured on the labelled letters; raise these when the parser gets better, never lower them. */
const FLOOR = { outcomes: 64 / 108 };

describe.skipIf(!corpusPresent())('real decision letters', () => {
  it('reads the labelled letters at least as well as measured', () => {
    const result = scoreCorpus(parseDecision);
    console.log(formatCorpusReport(result));
    const [hit, all] = result.outcomes;
    expect(hit / all).toBeGreaterThanOrEqual(FLOOR.outcomes);
  }, 120_000);
});
