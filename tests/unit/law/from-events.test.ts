import { describe, expect, it } from 'vitest';
import { checkNewEvent, computeDeadlines, deadlineInputFromEvents } from '../../../src/core/law/index.js';
import type { WooEvent } from '../../../src/core/schema/event.js';

const OPTS = { regime: 'auto', committee: false } as const;
let counter = 0;
function ev(type: WooEvent['type'], date: string, extra: Partial<WooEvent> = {}): WooEvent {
  counter += 1;
  return { id: `e${counter}`, type, date, recorded: date, ...extra };
}

describe('deadlineInputFromEvents', () => {
  it('maps a full history onto the deadline input', () => {
    const events = [
      ev('sent', '2026-10-01', { channel: 'email' }),
      ev('received', '2026-10-01'),
      ev('acknowledged', '2026-10-02'),
      ev('clarification-requested', '2026-10-04'),
      ev('clarified', '2026-10-17'),
      ev('third-party-consulted', '2026-10-20'),
      ev('third-party-done', '2026-10-27'),
      ev('postponed', '2026-11-01', { until: '2026-11-08' }),
      ev('adjourned', '2026-11-10', { weeks: 2 }),
      ev('decided', '2026-11-20', { points: [1, 2] }),
      ev('decided', '2026-12-15'),
      ev('objection-lodged', '2027-01-10'),
      ev('objection-adjourned', '2027-03-01', { weeks: 6 }),
      ev('objection-decided', '2027-04-01'),
    ];
    expect(deadlineInputFromEvents(events, { regime: 'woo', committee: true })).toEqual({
      regime: 'woo',
      committee: true,
      sent: { date: '2026-10-01', channel: 'email' },
      received: '2026-10-01',
      suspensions: [
        { kind: 'clarification', from: '2026-10-04', to: '2026-10-17' },
        { kind: 'third_party', from: '2026-10-20', to: '2026-10-27' },
        { kind: 'postponed', from: '2026-11-01', to: '2026-11-08' },
      ],
      adjournment: { date: '2026-11-10', weeks: 2 },
      partialDecisions: [{ decided: '2026-11-20', points: [1, 2], ref: events[9].id }],
      thirdPartyHeard: true,
      decided: '2026-12-15',
      objectionLodged: '2027-01-10',
      objectionAdjournment: { date: '2027-03-01', weeks: 6 },
      objectionDecided: '2027-04-01',
    });
  });

  it('keeps the clock running after a partial decision', () => {
    const events = [ev('received', '2026-11-02'), ev('decided', '2026-11-20', { points: [3] })];
    const input = deadlineInputFromEvents(events, OPTS);
    expect(input.decided).toBeUndefined();
    // The partial decision has an objection term of its own (art. 6:7, 6:8 Awb).
    const deadlines = computeDeadlines(input, '2026-11-23').deadlines;
    expect(deadlines.map((d) => d.kind)).toEqual(['decision', 'notice_of_default_from', 'objection']);
    expect(deadlines[2].concerns).toEqual({ decided: '2026-11-20', points: [3], ref: events[1].id });
  });

  it('leaves an unanswered clarification request open, and sorts events by date', () => {
    const events = [ev('clarification-requested', '2026-11-10'), ev('received', '2026-11-02')];
    expect(deadlineInputFromEvents(events, OPTS).suspensions).toEqual([{ kind: 'clarification', from: '2026-11-10' }]);
  });

  it('uses the latest notice of default and records withdrawal', () => {
    const events = [
      ev('received', '2026-11-02'),
      ev('notice-of-default', '2026-11-25'),
      ev('notice-of-default', '2026-12-02'),
      ev('withdrawn', '2026-12-10'),
    ];
    const input = deadlineInputFromEvents(events, OPTS);
    expect(input.noticeOfDefault).toBe('2026-12-02');
    expect(input.withdrawn).toBe('2026-12-10');
  });
});

describe('checkNewEvent: impossible histories', () => {
  const base = [ev('sent', '2026-11-01', { channel: 'email' }), ev('received', '2026-11-02')];
  const errorsOf = (events: WooEvent[], next: WooEvent) => checkNewEvent(events, next, '2027-06-01').errors;

  it('accepts an ordinary next step', () => {
    expect(checkNewEvent(base, ev('decided', '2026-11-20'), '2026-11-23')).toEqual({ errors: [], warnings: [] });
  });

  it('refuses a decision before receipt or sending', () => {
    expect(errorsOf(base, ev('decided', '2026-11-01'))[0]).toBe('Besluit (zo 1 nov 2026) kan niet vóór de ontvangst van het verzoek (ma 2 nov 2026) liggen.');
    expect(errorsOf([ev('sent', '2026-11-05')], ev('decided', '2026-11-01'))[0]).toContain('vóór de verzending');
    expect(errorsOf([ev('sent', '2026-11-05')], ev('received', '2026-11-04'))[0]).toContain('niet vóór de verzending');
  });

  it('refuses a second adjournment', () => {
    expect(errorsOf([...base, ev('adjourned', '2026-11-10', { weeks: 2 })], ev('adjourned', '2026-11-20', { weeks: 1 }))).toEqual([
      'De beslissing is al verdaagd; een beslissing kan maar één keer worden verdaagd.',
    ]);
  });

  it('refuses to close a suspension that is not open, or before it began', () => {
    expect(errorsOf(base, ev('clarified', '2026-11-10'))[0]).toContain('na een openstaand verzoek om precisering');
    expect(errorsOf(base, ev('third-party-done', '2026-11-10'))[0]).toContain('na een openstaand verzoek om een zienswijze van derden');
    const asked = [...base, ev('clarification-requested', '2026-11-10'), ev('clarified', '2026-11-12')];
    expect(errorsOf(asked, ev('clarified', '2026-11-15'))[0]).toContain('na een openstaand verzoek om precisering');
    const consulted = [...base, ev('third-party-consulted', '2026-11-10')];
    expect(errorsOf(consulted, ev('third-party-done', '2026-11-09'))[0]).toBe('De opschorting kan niet eindigen (ma 9 nov 2026) vóór zij begon (di 10 nov 2026).');
  });

  it('refuses a postponement without end, or ending before it begins', () => {
    expect(errorsOf(base, ev('postponed', '2026-11-10'))).toEqual(['Bij uitstel hoort de laatste dag van het uitstel (--until).']);
    expect(errorsOf(base, ev('postponed', '2026-11-10', { until: '2026-11-09' }))[0]).toContain('niet eindigen');
  });

  // A partial decision is a decision (art. 1:3 Awb) and can be contested on its own (art. 6:7, 6:8 Awb).
  it('refuses an objection before any decision, allows one against a partial decision, refuses a decision on objection without objection', () => {
    expect(errorsOf(base, ev('objection-lodged', '2026-11-20'))[0]).toContain('na een besluit (ook een deelbesluit)');
    const partial = [...base, ev('decided', '2026-11-20', { points: [1] })];
    expect(errorsOf(partial, ev('objection-lodged', '2026-11-25'))).toEqual([]);
    const decided = [...base, ev('decided', '2026-11-20')];
    expect(errorsOf(decided, ev('objection-lodged', '2026-11-19'))[0]).toContain('na een besluit (ook een deelbesluit)');
    expect(errorsOf(decided, ev('objection-decided', '2027-01-10'))[0]).toContain('na het bezwaar');
    expect(errorsOf(decided, ev('objection-lodged', '2026-11-25'))).toEqual([]);
  });

  it('refuses events after withdrawal', () => {
    const withdrawn = [...base, ev('withdrawn', '2026-11-10')];
    expect(errorsOf(withdrawn, ev('decided', '2026-11-20'))[0]).toBe('Het verzoek is ingetrokken op di 10 nov 2026; daarna kan niets meer worden vastgelegd.');
    expect(errorsOf(withdrawn, ev('acknowledged', '2026-11-03'))).toEqual([]);
  });
});

describe('checkNewEvent: odd but possible', () => {
  const base = [ev('sent', '2026-11-01', { channel: 'email' }), ev('received', '2026-11-02')];

  it('warns about a date in the future', () => {
    expect(checkNewEvent(base, ev('decided', '2026-11-25'), '2026-11-23').warnings).toEqual([
      'De datum (wo 25 nov 2026) ligt in de toekomst; vandaag is het ma 23 nov 2026.',
    ]);
  });

  it('warns about a receipt more than 14 days after sending', () => {
    const check = checkNewEvent([ev('sent', '2026-11-01', { channel: 'post' })], ev('received', '2026-11-20'), '2026-11-23');
    expect(check.errors).toEqual([]);
    expect(check.warnings).toEqual(['De ontvangst (vr 20 nov 2026) ligt 19 dagen na de verzending (zo 1 nov 2026); controleer de datums (de termijn loopt vanaf de ontvangst).']);
  });

  it('warns about an adjournment after the first term', () => {
    const check = checkNewEvent(base, ev('adjourned', '2026-12-01', { weeks: 2 }), '2026-12-02');
    expect(check.errors).toEqual([]);
    expect(check.warnings.join('\n')).toContain('na afloop van de eerste termijn (ma 30 nov 2026)');
  });

  it('warns about an adjournment longer than the law allows, and one without a length', () => {
    expect(checkNewEvent(base, ev('adjourned', '2026-11-10', { weeks: 3 }), '2026-11-23').warnings.join('\n')).toContain('ten hoogste twee weken');
    expect(checkNewEvent(base, ev('adjourned', '2026-11-10'), '2026-11-23').warnings.join('\n')).toContain('geen duur van de verdaging');
  });

  it('warns about a notice of default before the first valid day', () => {
    const check = checkNewEvent(base, ev('notice-of-default', '2026-11-30'), '2026-12-01');
    expect(check.errors).toEqual([]);
    expect(check.warnings.join('\n')).toContain('prematuur');
    expect(checkNewEvent(base, ev('notice-of-default', '2026-12-01'), '2026-12-01').warnings).toEqual([]);
  });
});
