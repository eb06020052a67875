// Golden Markdown of the notice of default, the objection and the pro forma objection.
import { describe, expect, it } from 'vitest';
import { loadLetterText } from '../../../src/app/templates.js';
import { atwExtend, computeDeadlines, deadlineInputFromEvents, objectionDeadline } from '../../../src/core/law/index.js';
import { noticeTextSchema, objectionTextSchema, type NoticeText, type ObjectionText } from '../../../src/core/letters/follow-up-text.js';
import { buildNoticeOfDefault } from '../../../src/core/letters/notice-of-default.js';
import { buildObjection } from '../../../src/core/letters/objection.js';
import { pointStates } from '../../../src/core/outcomes.js';
import { REQUEST_SCHEMA_VERSION, type WooRequest } from '../../../src/core/schema/request.js';
import { fill } from '../../../src/render/handlebars.js';
import { renderLetterMarkdown } from '../../../src/render/letter-markdown.js';

const requester = { name: 'Jan Jansen', address: 'Dorpsstraat 1', postcode: '1234 AB', city: 'Voorbeeldstad', email: 'jan@example.nl' };

function request(events: WooRequest['events'], outcomes: WooRequest['outcomes'] = []): WooRequest {
  return {
    schemaVersion: REQUEST_SCHEMA_VERSION,
    id: '2026-001-voorbeeldstad-fraudescore',
    title: 'Fraudescore Bijstand',
    template: 'algoritme',
    created: '2026-09-01',
    body: { name: 'Gemeente Voorbeeldstad', address: 'Postbus 1234', postcode: '1000 AA', city: 'Voorbeeldstad' },
    requester,
    subject: 'Verzoek op grond van de Wet open overheid',
    points: [1, 2, 3, 4, 5].map((n) => ({ number: n, text: `Punt ${n}` })),
    clauses: [],
    answers: {},
    regime: 'auto',
    reference: 'Z-2026-4711',
    committee: false,
    events,
    outcomes,
  };
}

const ev = (id: string, type: WooRequest['events'][number]['type'], date: string, extra = {}) => ({ id, type, date, recorded: date, ...extra });

describe('follow-up letters', () => {
  it('notice of default, after an adjournment and a third-party suspension', async () => {
    const r = request([ev('e1', 'sent', '2026-09-01', { channel: 'email' }), ev('e2', 'received', '2026-09-02'), ev('e3', 'third-party-consulted', '2026-09-10'), ev('e4', 'third-party-done', '2026-09-17'), ev('e5', 'adjourned', '2026-09-25', { weeks: 2 })]);
    const input = deadlineInputFromEvents(r.events, { regime: 'auto', committee: false });
    const report = computeDeadlines(input, '2026-10-30');
    const decision = report.deadlines.find((d) => d.kind === 'decision')!;
    expect(decision.date).toBe('2026-10-21');
    const text = await loadLetterText<NoticeText>('notice-of-default', noticeTextSchema);
    const model = buildNoticeOfDefault({ request: r, requester, date: '2026-10-30', report, deadline: decision, suspensions: input.suspensions ?? [] }, text, fill);
    // The suspension is described as it was counted: from the day after the notice (10-9) up to and including 17-9.
    expect(renderLetterMarkdown(model)).toContain('wegens het vragen van een zienswijze aan een derde (artikel 4.4, derde lid, Woo) van 11 september 2026 tot en met 17 september 2026');
    await expect(renderLetterMarkdown(model)).toMatchFileSnapshot('__snapshots__/notice-of-default.md');
  });

  it('objection and pro forma objection from recorded outcomes', async () => {
    const r = request(
      [ev('e1', 'received', '2026-09-02'), ev('e2', 'decided', '2026-10-05')],
      [
        { point: 1, decision: 'e2', outcome: 'partial_public', grounds: ['5.1.2e'] },
        { point: 2, decision: 'e2', outcome: 'nothing_found', grounds: [] },
        { point: 3, decision: 'e2', outcome: 'nothing_found', grounds: [] },
        { point: 4, decision: 'e2', outcome: 'public', grounds: [] },
      ],
    );
    const text = await loadLetterText<ObjectionText>('objection', objectionTextSchema);
    const facts = { request: r, requester, date: '2026-10-20', regime: 'woo' as const, decided: '2026-10-05', deadline: objectionDeadline('2026-10-05', atwExtend).date, points: pointStates(r), ownGrounds: { '4': ['De bijlagen ontbreken.'] } };
    await expect(renderLetterMarkdown(buildObjection({ ...facts, proForma: false }, text, fill))).toMatchFileSnapshot('__snapshots__/objection.md');
    await expect(renderLetterMarkdown(buildObjection({ ...facts, proForma: true }, text, fill))).toMatchFileSnapshot('__snapshots__/objection-pro-forma.md');
  });
});
