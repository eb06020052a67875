// Every fixture letter end to end: outcome, grounds and reference per point, and the dates.
import { describe, expect, it } from 'vitest';
import { parseDecision } from '../../../src/core/decision/index.js';
// @ts-expect-error -- plain JavaScript helper shared with scripts/decision-accuracy.mjs
import { FIXTURE_DIR, listFixtures, loadFixture } from '../../../scripts/decision-accuracy.mjs';

interface ExpectedPoint {
  point: number;
  outcome: string;
  grounds?: string[];
  reference?: string;
}

const names: string[] = listFixtures(FIXTURE_DIR);

describe('decision fixtures', () => {
  it('has at least 14 letters', () => {
    expect(names.length).toBeGreaterThanOrEqual(14);
  });

  describe.each(names)('%s', (name) => {
    const { text, expected, points } = loadFixture(FIXTURE_DIR, name);
    const proposal = parseDecision(text, points, { law: expected.law });

    it('proposes one entry per request point', () => {
      expect(proposal.points.map((p) => p.point)).toEqual(points.map((p: { number: number }) => p.number));
    });

    it.each(expected.points as ExpectedPoint[])('punt $point: $outcome', (want) => {
      const got = proposal.points.find((p) => p.point === want.point)!;
      expect(got.outcome).toBe(want.outcome);
      expect([...got.grounds].sort()).toEqual([...(want.grounds ?? [])].sort());
      if (want.reference) expect(got.reference).toBe(want.reference);
      if (got.outcome !== 'unanswered') expect(got.evidence.length).toBeGreaterThan(0);
    });

    it('reads the dates', () => {
      expect(proposal.dates).toEqual(expected.dates ?? {});
    });
  });
});
