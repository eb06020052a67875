// Past the first decision: partial decisions with their own objection procedure, the 7:10 term with
// committee, suspension, adjournment and postponement, lateness of the decision on objection, and the court.
import { describe, expect, it } from 'vitest';
import { checkNewEvent, computeDeadlines, deadlineInputFromEvents, type DeadlineInput, type DeadlineReport } from '../../../src/core/law/index.js';
import type { WooEvent } from '../../../src/core/schema/event.js';

const OPTS = { regime: 'auto', committee: false } as const;
let n = 0;
const ev = (type: WooEvent['type'], date: string, extra: Partial<WooEvent> = {}): WooEvent => ({ id: `e${++n}`, type, date, recorded: date, ...extra });
const compute = (input: DeadlineInput, today = '2027-06-01') => computeDeadlines(input, today);
const find = (r: DeadlineReport, kind: string, ref?: string) => r.deadlines.find((d) => d.kind === kind && d.concerns?.ref === ref);
const fromEvents = (events: WooEvent[], today = '2027-06-01') => compute(deadlineInputFromEvents(events, OPTS), today);

describe('a partial decision is a decision of its own (art. 1:3, 6:7, 6:8 Awb)', () => {
  it('issue example: cas-2021 received 2026-11-02, decided 2026-11-20 --points 1-5 → objection by Mon 2027-01-04; the clock runs on', () => {
    const events = [ev('received', '2026-11-02'), ev('decided', '2026-11-20', { points: [1, 2, 3, 4, 5] })];
    const report = fromEvents(events, '2026-11-23');
    expect(report.deadlines.map((d) => d.kind)).toEqual(['decision', 'notice_of_default_from', 'objection']);
    expect(find(report, 'decision')?.date).toBe('2026-11-30');
    const objection = find(report, 'objection', events[1].id)!;
    // 20-11 + 6 weeks = Fri 1-1-2027, New Year's Day → Mon 4-1-2027.
    expect(objection.date).toBe('2027-01-04');
    expect(objection.basis).toBe('art. 6:7 en 6:8 Awb');
    expect(objection.concerns).toEqual({ decided: '2026-11-20', points: [1, 2, 3, 4, 5], ref: events[1].id });
  });

  it('an objection against the partial decision gets its own decision on objection; the rest of the request keeps its clock', () => {
    const events = [ev('received', '2026-11-02'), ev('decided', '2026-11-20', { points: [1, 2, 3, 4, 5] }), ev('objection-lodged', '2026-12-20')];
    expect(checkNewEvent(events.slice(0, 2), events[2], '2026-12-20').errors).toEqual([]);
    const report = fromEvents(events, '2026-12-21');
    // Objection term ends Mon 4-1-2027 (Atw); + 6 weeks = Mon 15-2-2027.
    expect(find(report, 'objection_decision', events[1].id)?.date).toBe('2027-02-15');
    expect(find(report, 'notice_of_default_from')?.date).toBe('2026-12-01');
  });

  it('every decision has its own objection: the second objection is against the final decision', () => {
    const events = [
      ev('received', '2026-11-02'),
      ev('decided', '2026-11-20', { points: [1, 2] }),
      ev('objection-lodged', '2026-12-01'),
      ev('decided', '2026-12-10'),
      ev('objection-lodged', '2027-01-05', { committee: true }),
    ];
    const input = deadlineInputFromEvents(events, OPTS);
    expect(input.partialDecisions?.[0]).toMatchObject({ decided: '2026-11-20', objectionLodged: '2026-12-01' });
    expect(input).toMatchObject({ decided: '2026-12-10', objectionLodged: '2027-01-05', committee: true });
    const report = compute(input, '2027-01-06');
    // Final: objection term Thu 21-1-2027; + 12 weeks (committee, art. 7:13 Awb) = Thu 15-4-2027.
    expect(find(report, 'objection_decision')).toMatchObject({ date: '2027-04-15', basis: 'art. 7:10 lid 1 Awb; art. 7:13 Awb' });
  });

  it('refuses a second objection against the same decision and an unknown --decision', () => {
    const events = [ev('received', '2026-11-02'), ev('decided', '2026-11-20'), ev('objection-lodged', '2026-12-01')];
    const second = ev('objection-lodged', '2026-12-02', { decision: events[1].id });
    expect(checkNewEvent(events, second, '2026-12-02').errors[0]).toContain('al bezwaar vastgelegd');
    expect(checkNewEvent(events, ev('objection-lodged', '2026-12-02', { decision: 'e999' }), '2026-12-02').errors[0]).toContain('Er is geen besluit e999');
  });
});

describe('the decision on objection (art. 7:10 Awb)', () => {
  it('issue example: decided 2026-12-10, pro-forma 2027-01-15, grounds asked 2027-01-20, supplied 2027-02-17 → 2027-04-01, not 2027-03-04', () => {
    const report = compute({ received: '2026-11-02', decided: '2026-12-10', objectionLodged: '2027-01-15', objectionSuspension: { from: '2027-01-20', to: '2027-02-17' } });
    const d = find(report, 'objection_decision')!;
    expect(d.date).toBe('2027-04-01');
    expect(d.basis).toContain('art. 7:10 lid 2 Awb');
    expect(d.explanation).toContain('+ 28 dagen opschorting (herstel verzuim');
    // The body may say only the days after the objection term (Thu 21-1) count: one day earlier.
    expect(d.alternatives.map((a) => a.date)).toEqual(['2027-03-31']);
    const same = fromEvents([
      ev('received', '2026-11-02'),
      ev('decided', '2026-12-10'),
      ev('objection-lodged', '2027-01-15'),
      ev('objection-grounds-requested', '2027-01-20'),
      ev('objection-grounds-supplied', '2027-02-17'),
    ]);
    expect(find(same, 'objection_decision')?.date).toBe('2027-04-01');
  });

  it('leaves the term open while the omission is not repaired, and then refuses a notice of default', () => {
    const report = compute({ received: '2026-11-02', decided: '2026-12-10', objectionLodged: '2027-01-15', objectionSuspension: { from: '2027-01-20' }, objectionNoticeOfDefault: '2027-03-10' });
    expect(report.deadlines.map((d) => d.kind)).toEqual(['decision', 'objection_decision']);
    expect(report.warnings.join('\n')).toContain('terwijl de beslistermijn op bezwaar is opgeschort; zij is prematuur');
  });

  it('a committee recorded on a stored request counts twelve weeks, and an announcement later does too', () => {
    const base = [ev('received', '2026-09-01'), ev('decided', '2026-10-20'), ev('objection-lodged', '2026-11-20')];
    expect(find(fromEvents(base), 'objection_decision')?.date).toBe('2027-01-12');
    const announced = fromEvents([...base, ev('objection-committee', '2026-12-01')]);
    // Objection term Tue 1-12-2026; + 12 weeks = Tue 23-2-2027.
    expect(find(announced, 'objection_decision')?.date).toBe('2027-02-23');
  });

  it('adjournment (lid 3) and a further postponement with consent (lid 4)', () => {
    const input: DeadlineInput = { received: '2026-09-01', decided: '2026-10-20', objectionLodged: '2026-11-20', objectionAdjournment: { date: '2027-01-05', weeks: 6 } };
    expect(find(compute(input), 'objection_decision')).toMatchObject({ date: '2027-02-23', basis: 'art. 7:10 lid 1 Awb; art. 7:10 lid 3 Awb' });
    const postponed = find(compute({ ...input, objectionPostponedUntil: '2027-03-20' }), 'objection_decision')!;
    // Sat 20-3-2027: the agreed day, on the safe reading the next working day; the day itself as alternative.
    expect(postponed.date).toBe('2027-03-22');
    expect(postponed.basis).toContain('art. 7:10 lid 4 Awb');
    expect(postponed.alternatives.map((a) => a.date)).toEqual(['2027-03-20']);
    expect(compute({ ...input, objectionPostponedUntil: '2027-02-01' }).warnings.join('\n')).toContain('verlengt die niet');
  });
});

describe('a late decision on objection (art. 6:12 Awb; no dwangsom, art. 8.2 Woo)', () => {
  const input: DeadlineInput = { received: '2026-09-01', decided: '2026-10-20', objectionLodged: '2026-11-20' };

  it('notice of default from the day after the 7:10 term, appeal two weeks after the notice', () => {
    const pending = compute(input, '2027-01-20');
    expect(find(pending, 'objection_notice_of_default_from')?.date).toBe('2027-01-13');
    expect(pending.notes.join('\n')).toContain('art. 6:12 Awb geldt ook voor een beslissing op bezwaar');
    const noticed = compute({ ...input, objectionNoticeOfDefault: '2027-01-18' }, '2027-01-20');
    // Notice Mon 18-1-2027 → appeal from Tue 2-2-2027.
    expect(find(noticed, 'objection_appeal_from')).toMatchObject({ date: '2027-02-02', basis: 'art. 6:12 lid 2 sub b Awb' });
    const premature = compute({ ...input, objectionNoticeOfDefault: '2027-01-12' }, '2027-01-20');
    expect(find(premature, 'objection_appeal_from')).toBeUndefined();
    expect(premature.warnings.join('\n')).toContain('prematuur');
  });

  it('never promises a dwangsom, also not for the decision on objection', () => {
    const report = compute({ ...input, objectionNoticeOfDefault: '2027-01-18' }, '2027-01-20');
    expect(report.notes[0]).toContain('ook niet voor de beslissing op bezwaar (art. 8.2 Woo)');
    expect(JSON.stringify(report)).not.toMatch(/verbeurt|recht op een dwangsom|dwangsom verschuldigd/);
  });

  it('the events route a notice after the final decision to the open objection', () => {
    const events = [ev('received', '2026-09-01'), ev('decided', '2026-10-20'), ev('objection-lodged', '2026-11-20'), ev('notice-of-default', '2027-01-18')];
    const input2 = deadlineInputFromEvents(events, OPTS);
    expect(input2).toMatchObject({ objectionNoticeOfDefault: '2027-01-18' });
    expect(input2.noticeOfDefault).toBeUndefined();
    expect(checkNewEvent(events.slice(0, 3), events[3], '2027-01-18').warnings.join('\n')).not.toContain('niet meer nodig');
  });
});

describe('the court phase (art. 8:55b, 8:55d Awb, art. 8.4 Woo)', () => {
  it('the court rules within eight weeks (thirteen with a hearing); after the judgment the term it set', () => {
    const appeal = compute({ received: '2026-11-02', noticeOfDefault: '2026-12-07', appealLodged: '2026-12-22' }, '2026-12-23');
    expect(find(appeal, 'court_ruling')).toMatchObject({ date: '2027-02-16', basis: 'art. 8:55b Awb', alternatives: [{ date: '2027-03-23' }] });
    const judged = compute({ received: '2026-11-02', noticeOfDefault: '2026-12-07', appealLodged: '2026-12-22', judgment: { date: '2027-02-10', weeks: 6 } }, '2027-02-11');
    expect(find(judged, 'court_ruling')).toBeUndefined();
    expect(find(judged, 'court_order')).toMatchObject({ date: '2027-03-24', basis: 'art. 8:55d lid 3 Awb, art. 8.4 Woo; art. 8:55d lid 2 Awb' });
    // Default two weeks after the judgment was sent: Wed 10-2 → Wed 24-2-2027.
    expect(find(compute({ received: '2026-11-02', noticeOfDefault: '2026-12-07', appealLodged: '2026-12-22', judgment: { date: '2027-02-10' } }), 'court_order')?.date).toBe('2027-02-24');
  });

  it('warns about an appeal lodged before it could be', () => {
    expect(compute({ received: '2026-11-02', noticeOfDefault: '2026-12-07', appealLodged: '2026-12-15' }).warnings.join('\n')).toContain('vóór di 22 dec 2026, de eerste dag waarop dat kon');
  });
});
