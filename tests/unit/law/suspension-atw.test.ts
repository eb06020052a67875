// A suspension noticed after the unextended end of the term but within its Atw extension (found by the
// differential test in oracle.test.ts). The term still runs on that day, so the suspension counts; the
// remaining days are counted from the extended end, so the term never ends inside the suspension itself.
import { describe, expect, it } from 'vitest';
import { computeDeadlines, type DeadlineInput, type DeadlineKind, type DeadlineReport } from '../../../src/core/law/index.js';

const TODAY = '2031-01-01';
const date = (report: DeadlineReport, kind: DeadlineKind) => report.deadlines.find((d) => d.kind === kind)?.date;
const compute = (input: DeadlineInput) => computeDeadlines(input, TODAY);

describe('suspension noticed within the Atw extension of the term', () => {
  it('received Sat 7 Nov 2026: term ends Sat 5 Dec → Mon 7 Dec; views asked Mon 7 Dec, given Thu 10 Dec → Thu 10 Dec', () => {
    // Before the fix: 5 Dec + 3 days = Tue 8 Dec, a day on which the term was suspended.
    const report = compute({ received: '2026-11-07', suspensions: [{ kind: 'third_party', from: '2026-12-07', to: '2026-12-10' }] });
    const decision = report.deadlines.find((d) => d.kind === 'decision');
    expect(decision?.date).toBe('2026-12-10');
    expect(decision?.alternatives).toEqual([]);
    expect(decision?.basis).toBe('art. 4.4 lid 1 Woo; art. 4.4 lid 3 Woo; art. 1 Algemene termijnenwet');
    expect(decision?.explanation).toContain('opschorting meegedeeld ma 7 dec 2026, binnen de termijn zoals verlengd tot en met ma 7 dec 2026');
    expect(date(report, 'notice_of_default_from')).toBe('2026-12-11');
  });

  it('term ends on Good Friday 2026, suspended from Sat 4 Apr through Thu 16 Apr → Mon 20 Apr (not Wed 15 Apr)', () => {
    const report = compute({ received: '2026-03-06', suspensions: [{ kind: 'other', from: '2026-04-04', to: '2026-04-16' }] });
    expect(date(report, 'decision')).toBe('2026-04-20');
  });

  it('keeps a later suspension that starts while the stretched term runs', () => {
    // Before the fix the term ended on Tue 8 Dec and the second suspension was dropped as too late.
    const report = compute({
      received: '2026-11-07',
      suspensions: [
        { kind: 'third_party', from: '2026-12-07', to: '2026-12-10' },
        { kind: 'postponed', from: '2026-12-10', to: '2026-12-15' },
      ],
    });
    expect(date(report, 'decision')).toBe('2026-12-15');
    expect(report.warnings.some((w) => w.includes('begon na afloop'))).toBe(false);
  });

  it('with an adjournment: first term ends on Good Friday 2028 → Tue 18 Apr; suspension noticed that day → Tue 16 May', () => {
    // Before the fix: Mon 15 May, with Fri 12 May as alternative (both computed from a first term that
    // "ended" on Mon 1 May, inside the suspension of 19 Apr – 2 May).
    const report = compute({
      received: '2028-03-17',
      suspensions: [{ kind: 'other', from: '2028-04-18', to: '2028-05-02' }],
      adjournment: { date: '2028-03-22', weeks: 2 },
    });
    const decision = report.deadlines.find((d) => d.kind === 'decision');
    expect(decision?.date).toBe('2028-05-16');
    expect(decision?.alternatives).toEqual([]);
  });

  it('still ignores a suspension noticed after the extended end', () => {
    const report = compute({ received: '2026-11-07', suspensions: [{ kind: 'third_party', from: '2026-12-08', to: '2026-12-10' }] });
    expect(date(report, 'decision')).toBe('2026-12-07');
    expect(report.warnings.some((w) => w.includes('begon na afloop'))).toBe(true);
  });
});
