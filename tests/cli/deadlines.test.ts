// woo log, woo deadline, woo agenda and the deadline parts of show and list, in-process on a real workspace.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

let home: string;
const ID = '2026-001-politie-cas';
const log = (...args: string[]) => runCli(['log', ID, ...args], { home });

beforeEach(async () => {
  home = tempDir();
  await runCli(['profile', '--name', 'Jan Jansen', '--city', 'Utrecht', '--email', 'jan@example.nl'], { home });
  await runCli(['new', 'cas-2021', '--yes'], { home });
});

describe('woo log', () => {
  it('records the history and shows the deadline with its article and arithmetic', async () => {
    expect((await log('sent', '2026-11-02', '--channel', 'email')).code).toBe(0);
    const r = await log('received', '2026-11-02', '--reference', 'WOO-2026-1234');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Volgende termijn: beslistermijn ma 30 nov 2026 (art. 4.4 lid 1 Woo)');
    const show = await runCli(['show', ID], { home });
    expect(show.stdout.replace(/\s+/g, ' ')).toContain('ontvangen ma 2 nov 2026; vier weken vanaf de dag erna: ma 30 nov 2026 (art. 4.4 lid 1 Woo)');
    expect(show.stdout).toContain('Kenmerk:        WOO-2026-1234');
    const json = JSON.parse((await runCli(['show', ID, '--json'], { home })).stdout);
    expect(json.deadlines).toMatchObject({ regime: 'woo', received: '2026-11-02', deadlines: [{ kind: 'decision', date: '2026-11-30', basis: 'art. 4.4 lid 1 Woo', alternatives: [] }, { kind: 'notice_of_default_from', date: '2026-12-01' }] });
  });

  it('moves the deadline for an adjournment and a third-party suspension', async () => {
    await log('received', '2026-11-02');
    await log('adjourned', '2026-11-20', '--weeks', '2');
    await log('third-party-consulted', '2026-11-10');
    await log('third-party-done', '2026-11-17');
    const json = JSON.parse((await runCli(['show', ID, '--json'], { home })).stdout);
    // 30 Nov + 7 days suspended + 2 weeks = 21 Dec 2026 (a Monday).
    expect(json.deadlines.deadlines[0]).toMatchObject({ kind: 'decision', date: '2026-12-21' });
    expect(json.status).toBe('adjourned');
  });

  it('refuses impossible histories with exit 1 and leaves the file as it was', async () => {
    await log('received', '2026-11-02');
    const before = readFileSync(join(home, 'requests', `${ID}.json`), 'utf8');
    const cases = [
      ['decided', '2026-10-01'],
      ['third-party-done', '2026-11-10'],
      ['objection-lodged', '2026-11-10'],
    ];
    for (const args of cases) {
      const r = await log(...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(/Kan ".*" op \d{1,2} [a-z]+ \d{4} niet vastleggen/);
    }
    await log('adjourned', '2026-11-20', '--weeks', '2');
    const twice = await log('adjourned', '2026-11-21', '--weeks', '2');
    expect(twice.code).toBe(1);
    expect(readFileSync(join(home, 'requests', `${ID}.json`), 'utf8')).not.toBe(before);
    expect(JSON.parse(readFileSync(join(home, 'requests', `${ID}.json`), 'utf8')).events).toHaveLength(2);
  });

  it('refuses bad input with exit 2', async () => {
    for (const [args, message] of [
      [['landed', '2026-11-02'], /Onbekende gebeurtenis "landed"/],
      [['received', '2026-11-31'], /Ongeldige datum: "2026-11-31"/],
      [['postponed', '2026-11-10'], /--until/],
      [['received', '2026-11-02', '--weeks', '2'], /--weeks hoort niet bij "received"/],
      [['sent', '2026-11-02', '--channel', 'duif'], /Onbekend kanaal "duif"/],
      [['decided', '2026-11-20', '--points', '1-40'], /Punt 40 bestaat niet/],
    ] as [string[], RegExp][]) {
      const r = await log(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });

  it('warns about a late adjournment and a premature notice of default, but records them', async () => {
    await log('received', '2026-11-02');
    const late = await log('adjourned', '2026-12-02', '--weeks', '2');
    expect(late.code).toBe(0);
    expect(late.stderr).toMatch(/Let op: .*verdaging/i);
    const notice = await log('notice-of-default', '2026-11-30');
    expect(notice.code).toBe(0);
    expect(notice.stderr).toMatch(/prematuur/);
  });

  it('accepts Dutch event words and a partial decision keeps the clock running', async () => {
    await log('ontvangen', '2026-11-02');
    await log('besluit', '2026-11-20', '--points', '1-5');
    const json = JSON.parse((await runCli(['show', ID, '--json'], { home })).stdout);
    expect(json.status).toBe('partly_decided');
    expect(json.deadlines.deadlines.map((d: { kind: string }) => d.kind)).toContain('decision');
    // The partial decision is a decision with its own objection term (art. 1:3, 6:7, 6:8 Awb):
    // 20-11 + 6 weeks = Fri 1-1-2027, New Year → Mon 4-1-2027.
    expect(json.deadlines.deadlines.find((d: { kind: string }) => d.kind === 'objection')).toMatchObject({ date: '2027-01-04', concerns: { decided: '2026-11-20', points: [1, 2, 3, 4, 5] } });
    await log('besluit', '2026-11-27');
    const after = JSON.parse((await runCli(['show', ID, '--json'], { home })).stdout);
    const objections = after.deadlines.deadlines.filter((d: { kind: string }) => d.kind === 'objection');
    expect(objections.map((d: { date: string }) => d.date)).toEqual(['2027-01-04', '2027-01-08']);
    expect(objections[1]).toMatchObject({ date: '2027-01-08', basis: expect.stringContaining('6:7') });
    expect(objections[1].concerns).toBeUndefined();
    expect(after.deadlines.deadlines.map((d: { kind: string }) => d.kind)).not.toContain('notice_of_default_from');
    const row = JSON.parse((await runCli(['list', '--json'], { home })).stdout)[0];
    expect(row.next).toEqual({ kind: 'objection', date: '2027-01-04' });
  });
});

describe('woo list and agenda', () => {
  it('marks overdue requests and filters them', async () => {
    await log('received', '2026-10-01');
    await runCli(['new', 'cas-2021', '--yes'], { home });
    const list = await runCli(['list', '--overdue', '--json'], { home });
    const rows = JSON.parse(list.stdout);
    expect(rows.map((r: { id: string }) => r.id)).toEqual([ID]);
    expect(rows[0].statusLabel).toBe('in behandeling, te laat');
    // Nothing lies ahead any more: the next thing is the notice of default that is possible now.
    expect(rows[0].next).toEqual({ kind: 'notice_of_default_from', date: '2026-10-30' });
    expect((await runCli(['list', '--open'], { home })).stdout).toContain('2026-002-politie-cas');
  });

  it('lists coming deadlines and writes an ICS file', async () => {
    await log('received', '2026-11-02');
    const cwd = tempDir('woo-out-');
    const r = await runCli(['agenda', '--ics', 'termijnen.ics'], { home, cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/ma 30 nov 2026 +beslistermijn +2026-001-politie-cas — Nationale Politie/);
    const ics = readFileSync(join(cwd, 'termijnen.ics'), 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261130');
    expect(ics).toContain('BEGIN:VALARM');
    expect(readdirSync(cwd)).toContain('termijnen.ics');
    const soon = JSON.parse((await runCli(['agenda', '--days', '3', '--json'], { home })).stdout);
    expect(soon.items).toEqual([]);
  });

  it('agenda --days must be a number', async () => {
    const r = await runCli(['agenda', '--days', 'veel'], { home });
    expect(r.code).toBe(2);
  });
});

describe('woo deadline', () => {
  it('computes the worked example of woo-law.md 6.3 with the other reading listed', async () => {
    const r = await runCli(['deadline', '--received', '2026-04-16', '--adjourned', '2026-05-11', '--weeks', '2', '--json'], { home });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.deadlines[0]).toMatchObject({ kind: 'decision', date: '2026-06-01', alternatives: [{ date: '2026-05-28' }] });
    expect(JSON.stringify(report)).not.toMatch(/u (heeft|hebt) recht op een dwangsom/i);
    expect(report.notes.join(' ')).toContain('art. 8.2 Woo');
  });

  it('computes a Wob case: the CAS request of 2021', async () => {
    const r = await runCli(['deadline', '--received', '2021-05-10', '--adjourned', '2021-05-18', '--weeks', '4', '--decided', '2021-07-05', '--json'], { home });
    const report = JSON.parse(r.stdout);
    expect(report.regime).toBe('wob');
    expect(report.deadlines.find((d: { kind: string }) => d.kind === 'objection')).toMatchObject({ date: '2021-08-16' });
  });

  it('appeal is possible from the Tuesday two weeks after a notice sent on a Monday', async () => {
    const r = await runCli(['deadline', '--received', '2026-11-02', '--notice-of-default', '2026-12-07', '--json'], { home });
    const appeal = JSON.parse(r.stdout).deadlines.find((d: { kind: string }) => d.kind === 'appeal_from');
    expect(appeal.date).toBe('2026-12-22');
  });

  it.each([
    [[], /--received/],
    [['--received', '2026-02-30'], /Ongeldige ontvangstdatum/],
    [['--received', '2026-11-02', '--suspended', '2026-11-10'], /Ongeldige opschorting/],
    [['--received', '2026-11-02', '--suspended', '2026-11-20:2026-11-10'], /eindigt vóór/],
    [['--received', '2026-11-02', '--weeks', '2'], /--weeks hoort bij --adjourned/],
    [['--received', '2026-11-02', '--regime', 'awb'], /--regime moet een van deze zijn: auto, woo, wob/],
  ])('refuses %j with exit 2', async (args, message) => {
    const r = await runCli(['deadline', ...(args as string[])], { home });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('woo agenda after the deadline', () => {
  it('keeps a step that has become possible on the agenda until it is taken', async () => {
    await log('received', '2026-10-01');
    const r = await runCli(['agenda', '--json'], { home });
    const items = JSON.parse(r.stdout).items;
    expect(items.map((i: { kind: string; overdue: boolean; openNow: boolean }) => [i.kind, i.overdue, i.openNow])).toEqual([
      ['decision', true, false],
      ['notice_of_default_from', false, true],
    ]);
    await log('notice-of-default', '2026-11-02');
    const after = JSON.parse((await runCli(['agenda', '--json'], { home })).stdout).items;
    expect(after.map((i: { kind: string }) => i.kind)).toEqual(['decision', 'appeal_from']);
  });
});

describe('woo log --remove', () => {
  it('takes back a mistaken event, refuses when the rest would be impossible, and drops a removed decision\'s outcomes', async () => {
    await log('received', '2026-11-02');
    await log('third-party-consulted', '2026-11-10');
    await log('third-party-done', '2026-11-17');
    const refused = await runCli(['log', ID, '--remove', 'e2'], { home });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Verwijder eerst e3-[0-9a-z]{4}/);
    expect((await runCli(['log', ID, '--remove', 'e3'], { home })).code).toBe(0);
    expect((await runCli(['log', ID, '--remove', 'e2'], { home })).code).toBe(0);
    await log('decided', '2026-11-20');
    await runCli(['respond', ID, '--points', '1-3', '--outcome', 'public'], { home });
    // Numbers count on from the highest one left, so the decision is e2 again, with a new tail.
    const r = await runCli(['log', ID, '--remove', 'e2'], { home });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('3 vastgelegde uitkomst(en)');
    const stored = JSON.parse(readFileSync(join(home, 'requests', `${ID}.json`), 'utf8'));
    expect(stored.events.map((e: { id: string }) => e.id)).toEqual([expect.stringMatching(/^e1-[0-9a-z]{4}$/)]);
    expect(stored.outcomes).toEqual([]);
    expect((await runCli(['log', ID, '--remove', 'e9'], { home })).code).toBe(1);
    expect((await runCli(['log', ID, '--remove', 'x'], { home })).code).toBe(2);
    expect((await runCli(['log', ID], { home })).code).toBe(2);
  });
});
