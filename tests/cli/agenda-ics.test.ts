// woo agenda --ics read back with a strict iCalendar reader: stable unique UIDs, SEQUENCE from the
// history, reminders, steps open now and late decisions on the export day, the other legal reading.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { events, parseIcs, prop, type IcsComponent } from '../helpers/ics.js';

const ID = '2026-001-politie-cas';
let home: string;
let out: string;

async function workspace(name: string): Promise<string> {
  const dir = tempDir();
  await runCli(['profile', '--name', name, '--city', 'Utrecht', '--email', 'jan@example.nl'], { home: dir });
  await runCli(['new', 'cas-2021', '--yes'], { home: dir });
  return dir;
}

async function log(...args: string[]): Promise<void> {
  const r = await runCli(['log', ID, ...args], { home });
  expect(r.code, r.stderr).toBe(0);
}

/** Writes the calendar outside the workspace and reads it back, strictly. */
async function calendar(today = '2026-11-23', ...flags: string[]): Promise<{ text: string; events: Map<string, IcsComponent> }> {
  const file = join(out, `${today}-${flags.join('')}.ics`);
  const r = await runCli(['agenda', '--days', '120', '--ics', file, '--force', ...flags], { home, cwd: out, env: { WOO_TODAY: today } });
  expect(r.code).toBe(0);
  const text = readFileSync(file, 'utf8');
  const list = events(parseIcs(text));
  const byUid = new Map(list.map((e) => [prop(e, 'UID'), e]));
  expect(byUid.size).toBe(list.length);
  return { text, events: byUid };
}

function find(cal: { events: Map<string, IcsComponent> }, prefix: string): IcsComponent {
  const found = [...cal.events.entries()].filter(([uid]) => uid.startsWith(prefix));
  expect(found.length).toBe(1);
  return found[0][1];
}

beforeEach(async () => {
  home = await workspace('Jan Jansen');
  out = tempDir();
  await log('received', '2026-11-02');
});

describe('woo agenda --ics', () => {
  it('gives every deadline of every partial decision its own UID, the same on every export', async () => {
    await log('decided', '2026-11-20', '--points', '1-5');
    await log('decided', '2026-11-21', '--points', '6-10');
    const first = await calendar();
    const objections = [...first.events.keys()].filter((uid) => uid.startsWith('objection.'));
    expect(objections.length).toBe(2);
    expect(objections[0]).not.toBe(objections[1]);
    expect(objections.map((uid) => prop(first.events.get(uid)!, 'DTSTART'))).toEqual(['20270104', '20270104']);
    const summaries = objections.map((uid) => prop(first.events.get(uid)!, 'SUMMARY')).sort();
    expect(summaries).toEqual(['Woo: bezwaartermijn (deelbesluit vr 20 nov 2026) — Nationale Politie (2026-001-politie-cas)', 'Woo: bezwaartermijn (deelbesluit za 21 nov 2026) — Nationale Politie (2026-001-politie-cas)']);
    expect((await calendar()).text).toBe(first.text);

    // A colleague's workspace with a request of the same id: no UID in common.
    const other = home;
    home = await workspace('Piet Pietersen');
    await log('received', '2026-11-02');
    const theirs = await calendar();
    expect([...theirs.events.keys()].filter((uid) => first.events.has(uid))).toEqual([]);
    expect([...theirs.events.keys()].some((uid) => uid.startsWith('decision.2026-001-politie-cas.'))).toBe(true);
    home = other;
  });

  it('raises SEQUENCE when a date moves, derived from the history, and keeps the UID', async () => {
    const before = find(await calendar(), 'decision.');
    expect(prop(before, 'DTSTART')).toBe('20261130');
    expect(prop(before, 'SEQUENCE')).toBe('0');
    await log('adjourned', '2026-11-20', '--weeks', '2');
    const after = await calendar();
    const moved = find(after, 'decision.');
    expect(prop(moved, 'UID')).toBe(prop(before, 'UID'));
    expect(prop(moved, 'DTSTART')).toBe('20261214');
    expect(prop(moved, 'SEQUENCE')).toBe('1');
    // An event that changes no date leaves the sequence alone that day; each later day adds one.
    await log('acknowledged', '2026-11-21');
    expect(prop(find(await calendar(), 'decision.'), 'SEQUENCE')).toBe('1');
    expect(prop(find(await calendar('2026-11-25'), 'decision.'), 'SEQUENCE')).toBe('3');
  });

  it('reminds a week and a day before by default, at 09:00, as --remind says, and never in the past', async () => {
    const triggers = (e: IcsComponent) => e.components.map((a) => prop(a, 'TRIGGER'));
    // 30 Nov is a week after 23 Nov: both reminders still lie ahead.
    expect(triggers(find(await calendar(), 'decision.'))).toEqual(['-P6DT15H', '-PT15H']);
    expect(triggers(find(await calendar('2026-11-23', '--remind', '2,14,0'), 'decision.'))).toEqual(['-P1DT15H', 'PT9H']);
    expect(triggers(find(await calendar('2026-11-23', '--remind', 'geen'), 'decision.'))).toEqual([]);
    const alarm = find(await calendar(), 'decision.').components[0];
    expect(prop(alarm, 'ACTION')).toBe('DISPLAY');
    for (const bad of ['7,x', '-1', '400', '']) {
      const r = await runCli(['agenda', '--ics', join(out, 'x.ics'), '--remind', bad], { home, cwd: out });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--remind|dagen/);
    }
    const alone = await runCli(['agenda', '--remind', '7'], { home, cwd: out });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('geef ook --ics BESTAND');
  });

  it('puts a late decision and a notice of default that is possible now on the export day, rising daily', async () => {
    const day1 = await calendar('2026-12-10');
    const late = find(day1, 'decision.');
    expect(prop(late, 'DTSTART')).toBe('20261210');
    expect(prop(late, 'SUMMARY')).toBe('Woo TE LAAT: beslistermijn — Nationale Politie (2026-001-politie-cas)');
    expect(prop(late, 'DESCRIPTION')).toContain('De termijn liep af op ma 30 nov 2026 (10 dagen geleden) en het bestuursorgaan heeft nog niet beslist.');
    const now = find(day1, 'notice_of_default_from.');
    expect(prop(now, 'SUMMARY')).toBe('Woo NU: ingebrekestelling vanaf — Nationale Politie (2026-001-politie-cas)');
    expect(prop(now, 'DESCRIPTION')).toContain('Mogelijk sinds di 1 dec 2026 en nog niet gedaan.');
    expect(prop(now, 'DESCRIPTION')).toContain('woo letter 2026-001-politie-cas notice-of-default');
    expect(now.components).toEqual([]);
    const day2 = await calendar('2026-12-11');
    expect(prop(find(day2, 'notice_of_default_from.'), 'DTSTART')).toBe('20261211');
    expect(Number(prop(find(day2, 'notice_of_default_from.'), 'SEQUENCE'))).toBe(Number(prop(now, 'SEQUENCE')) + 1);
    expect(prop(find(day2, 'notice_of_default_from.'), 'UID')).toBe(prop(now, 'UID'));
    // Once the notice is sent, the step is taken and the appeal date takes its place.
    await log('notice-of-default', '2026-12-11');
    const after = await calendar('2026-12-12');
    expect([...after.events.keys()].some((uid) => uid.startsWith('notice_of_default_from.'))).toBe(false);
    expect(Number(prop(find(after, 'appeal_from.'), 'DTSTART'))).toBeGreaterThanOrEqual(20261225);
  });

  it('keeps SEQUENCE rising when a late decision gets a later date again (an adjournment logged late)', async () => {
    const late = find(await calendar('2026-12-11'), 'decision.');
    expect(prop(late, 'DTSTART')).toBe('20261211');
    await log('adjourned', '2026-11-20', '--weeks', '2');
    const adjourned = find(await calendar('2026-12-11'), 'decision.');
    expect(prop(adjourned, 'UID')).toBe(prop(late, 'UID'));
    expect(prop(adjourned, 'DTSTART')).toBe('20261214');
    expect(Number(prop(adjourned, 'SEQUENCE'))).toBeGreaterThan(Number(prop(late, 'SEQUENCE')));
  });

  it('prints the article once and shows the other legal reading in the description', async () => {
    await log('clarification-requested', '2026-11-05');
    await log('clarified', '2026-11-12');
    const decision = find(await calendar(), 'decision.');
    const text = prop(decision, 'DESCRIPTION');
    for (const article of ['art. 4.4 lid 1 Woo', 'art. 4:15 lid 1 sub a Awb']) expect(text.split(article).length - 1).toBe(1);
    expect(text).toMatch(/\nAndere lezing: [a-z]{2} \d{1,2} [a-z]{3} 2026; zonder opschorting wegens precisering/);
    expect(text).toContain('\nVerzoek 2026-001-politie-cas: ');
  });
});
