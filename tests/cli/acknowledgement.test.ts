// No acknowledgement ten days after sending: agenda and list say so and point to the reminder.
import { describe, expect, it } from 'vitest';
import { missingAcknowledgement } from '../../src/core/request/acknowledgement.js';
import type { WooEvent } from '../../src/core/schema/event.js';
import { runCli, tempDir } from '../helpers/cli.js';

const ev = (type: WooEvent['type'], date: string, extra: Partial<WooEvent> = {}): WooEvent => ({ id: `e${date.slice(8)}`, type, date, recorded: date, ...extra });

describe('missing acknowledgement', () => {
  it('starts ten days after sending and ends with any sign that the body has the request', () => {
    const sent = [ev('sent', '2026-11-02', { channel: 'email' })];
    expect(missingAcknowledgement(sent, '2026-11-11')).toBeNull();
    expect(missingAcknowledgement(sent, '2026-11-12')).toEqual({ sent: '2026-11-02', since: '2026-11-12', basis: 'art. 2:17 lid 1 Awb' });
    expect(missingAcknowledgement([ev('sent', '2026-11-02', { channel: 'post' })], '2026-11-20')?.basis).toBe('art. 4.4 lid 1 Woo');
    for (const type of ['acknowledged', 'received', 'adjourned', 'decided'] as const) expect(missingAcknowledgement([...sent, ev(type, '2026-11-05')], '2026-11-20')).toBeNull();
  });

  it('is shown in woo agenda and woo list, pointing to the reminder', async () => {
    const home = tempDir();
    await runCli(['new', 'cas-2021', '--yes'], { home });
    await runCli(['log', '2026-001-politie-cas', 'sent', '2026-11-02', '--channel', 'email'], { home });
    const agenda = await runCli(['agenda'], { home, env: { WOO_TODAY: '2026-11-13' } });
    expect(agenda.stdout).toMatch(/do 12 nov 2026\s+NU\s+ontvangstbevestiging\?\s+2026-001-politie-cas/);
    expect(agenda.stdout).toContain('woo send 2026-001-politie-cas reminder');
    expect(agenda.stdout).toContain('geen ingebrekestelling');
    const list = await runCli(['list'], { home, env: { WOO_TODAY: '2026-11-13' } });
    expect(list.stdout).toContain('Geen ontvangstbevestiging, tien dagen of langer na verzending; vraag erom met:');
    expect(list.stdout).toContain('  woo send 2026-001-politie-cas reminder  (verzonden ma 2 nov 2026)');
    const json = JSON.parse((await runCli(['list', '--json'], { home, env: { WOO_TODAY: '2026-11-13' } })).stdout);
    expect(JSON.stringify(json)).toContain('"acknowledgementMissing":{"sent":"2026-11-02","since":"2026-11-12"}');
    await runCli(['log', '2026-001-politie-cas', 'acknowledged', '2026-11-13'], { home, env: { WOO_TODAY: '2026-11-13' } });
    expect((await runCli(['list'], { home, env: { WOO_TODAY: '2026-11-13' } })).stdout).not.toContain('Geen ontvangstbevestiging');
    expect((await runCli(['agenda'], { home, env: { WOO_TODAY: '2026-11-13' } })).stdout).not.toContain('ontvangstbevestiging?');
  });
});
