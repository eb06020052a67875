// Duplicate and contradictory events: refused with the way out (exit 1, the file unchanged) or
// recorded with a warning; the status line agrees with the deadlines.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

const ID = '2026-001-politie-cas';

async function request(): Promise<{ home: string; log: (...args: string[]) => ReturnType<typeof runCli>; file: () => string }> {
  const home = tempDir();
  expect((await runCli(['new', 'cas-2021', '--yes'], { home })).code).toBe(0);
  return {
    home,
    log: (...args) => runCli(['log', ID, ...args], { home, env: { WOO_TODAY: '2026-12-20' } }),
    file: () => readFileSync(join(home, 'requests', `${ID}.json`), 'utf8'),
  };
}

describe('duplicate events', () => {
  it('refuses a second sending or receipt, naming the first and how to replace it; the file stays as it was', async () => {
    const { log, file } = await request();
    await log('sent', '2026-11-02', '--channel', 'email');
    await log('received', '2026-11-03');
    const before = file();
    const sent = await log('sent', '2026-11-04');
    expect(sent.code).toBe(1);
    expect(sent.stderr).toContain('Kan "verzonden" op 4 november 2026 niet vastleggen: Het verzoek is al als verzonden vastgelegd op ma 2 nov 2026 [e1');
    expect(sent.stderr).toMatch(/verwijder die dan eerst met --remove e1-\w+ en leg daarna de juiste vast/);
    const received = await log('received', '2026-11-05');
    expect(received.code).toBe(1);
    expect(received.stderr).toContain('De ontvangst door het bestuursorgaan is al vastgelegd op di 3 nov 2026 [e2');
    expect(file()).toBe(before);
  });

  it('refuses a suspension that is already running and the end of one that never began', async () => {
    const { log, file } = await request();
    await log('received', '2026-11-20');
    const done = await log('third-party-done', '2026-11-24');
    expect(done.code).toBe(1);
    expect(done.stderr).toContain('kan pas worden vastgelegd na een openstaand verzoek om een zienswijze van derden');
    expect((await log('third-party-consulted', '2026-11-25')).code).toBe(0);
    const before = file();
    const again = await log('third-party-consulted', '2026-11-27');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Er loopt al een verzoek om een zienswijze van derden sinds wo 25 nov 2026');
    expect(again.stderr).toContain('Leg eerst het einde vast (third-party-done)');
    expect(file()).toBe(before);
    // Once ended, a new consultation may begin.
    expect((await log('third-party-done', '2026-12-01')).code).toBe(0);
    expect((await log('third-party-consulted', '2026-12-02')).code).toBe(0);
  });

  it('refuses a second decision on the whole request, warns about points decided twice and an event logged twice', async () => {
    const { log } = await request();
    await log('received', '2026-11-02');
    const partial = await log('decided', '2026-11-20', '--points', '1-5');
    expect(partial.code).toBe(0);
    const overlap = await log('decided', '2026-11-25', '--points', '5-6');
    expect(overlap.code).toBe(0);
    expect(overlap.stderr).toContain('Over punt 5 is al eerder (deels) beslist; controleer --points.');
    expect((await log('decided', '2026-11-30')).code).toBe(0);
    const second = await log('decided', '2026-12-01');
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('Er is al een besluit op het hele verzoek vastgelegd op ma 30 nov 2026');
    expect(second.stderr).toContain('Een deelbesluit legt u vast met --points, een beslissing op bezwaar met objection-decided');
    await log('acknowledged', '2026-11-04');
    const twice = await log('acknowledged', '2026-11-04');
    expect(twice.code).toBe(0);
    expect(twice.stderr).toMatch(/Ontvangstbevestiging op wo 4 nov 2026 was al vastgelegd \[e\d+-\w+\]: is dit dubbel ingevoerd\? Verwijder het dan met --remove e\d+-\w+\./);
  });

  it('warns about a decision logged before any sending or receipt', async () => {
    const { log } = await request();
    const r = await log('decided', '2026-11-20');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Er is nog geen verzending of ontvangst vastgelegd, dus woo kan geen termijnen berekenen.');
  });

  it('still lets an event be removed from a history that already had a duplicate', async () => {
    const { log, file, home } = await request();
    await log('sent', '2026-11-02');
    await log('acknowledged', '2026-11-05');
    // Two sendings, as woo allowed before it refused them.
    const stored = JSON.parse(file());
    stored.events.push({ ...stored.events[0], id: 'e9-dup1', date: '2026-11-03' });
    writeFileSync(join(home, 'requests', `${ID}.json`), JSON.stringify(stored, null, 2));
    const removed = await runCli(['log', ID, '--remove', stored.events[1].id], { home, env: { WOO_TODAY: '2026-12-20' } });
    expect(removed.stderr).toBe('');
    expect(removed.code).toBe(0);
  });
});

describe('the status line agrees with the deadlines', () => {
  it('says "opgeschort" only while a suspension counts, and never "te laat" then', async () => {
    const { log, home } = await request();
    await log('received', '2026-11-02');
    // Asked within the term (which ends 30 November): the term is suspended, however long it takes.
    await log('third-party-consulted', '2026-11-20');
    const show = (today: string) => runCli(['show', ID, '--json'], { home, env: { WOO_TODAY: today } }).then((r) => JSON.parse(r.stdout));
    const running = await show('2026-12-20');
    expect(running.statusLabel).toBe('opgeschort');
    expect(running.overdue).toBe(false);
    expect(running.deadlines.suspension).toEqual({ kind: 'third_party', from: '2026-11-20' });
    await log('third-party-done', '2026-12-04');
    const ended = await show('2026-12-10');
    expect(ended.statusLabel).toBe('in behandeling');
    expect(ended.deadlines.suspension).toBeUndefined();
  });

  it('does not say "opgeschort" for a suspension begun after the term ended', async () => {
    const { log, home } = await request();
    await log('received', '2026-11-02');
    const late = await log('third-party-consulted', '2026-12-10');
    expect(late.stderr).toContain('begon na afloop van de beslistermijn en telt niet mee');
    expect(late.stdout).toContain('Status: in behandeling, te laat');
    const list = await runCli(['list'], { home, env: { WOO_TODAY: '2026-12-20' } });
    expect(list.stdout).toContain('in behandeling, te laat');
    expect(list.stdout).not.toContain('opgeschort');
  });
});
