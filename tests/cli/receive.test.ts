// One request's whole correspondence taken in with `woo receive`, one letter at a time, with the
// built binary: after each letter the deadlines are the ones the law gives.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBin, tempDir } from '../helpers/cli.js';

const letters = join(import.meta.dirname, '..', 'fixtures', 'correspondence');
const ID = '2026-001-politie-cas';

describe('woo receive', () => {
  let home: string;
  const woo = (...args: string[]) => runBin(args, { home, env: { WOO_TODAY: '2026-12-12' } });
  const deadline = async (kind: string) => JSON.parse((await woo('show', ID, '--json')).stdout).deadlines.deadlines.find((d: { kind: string }) => d.kind === kind)?.date;
  beforeAll(async () => {
    home = tempDir();
    await woo('new', 'cas-2021', '--body', 'Nationale Politie', '--yes');
    await woo('log', ID, 'sent', '2026-11-02', '--channel', 'email');
  });

  it('an acknowledgement with an adjournment: receipt, acknowledgement and two weeks more', async () => {
    const dry = await woo('receive', ID, join(letters, 'ontvangst-verdaging.txt'), '--dry-run', '--json');
    expect(dry.code).toBe(0);
    const proposal = JSON.parse(dry.stdout);
    expect(proposal.kinds.map((k: { kind: string }) => k.kind)).toEqual(['acknowledgement', 'adjournment']);
    expect(proposal.decisionDeadline).toEqual({ before: '2026-11-30', after: '2026-12-15' });
    expect(JSON.parse((await woo('show', ID, '--json')).stdout).attachments ?? []).toEqual([]);
    const r = await woo('receive', ID, join(letters, 'ontvangst-verdaging.txt'), '--yes');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Beslistermijn: 2026-11-30 → 2026-12-15');
    expect(await deadline('decision')).toBe('2026-12-15');
    const stored = JSON.parse(readFileSync(join(home, 'requests', `${ID}.json`), 'utf8'));
    expect(stored.reference).toBe('5123456');
    expect(stored.attachments).toHaveLength(1);
    expect(stored.attachments[0]).toMatchObject({ kind: 'body-letter', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    // The same letter again proposes nothing new.
    const again = JSON.parse((await woo('receive', ID, join(letters, 'ontvangst-verdaging.txt'), '--dry-run', '--json')).stdout);
    expect(again.proposed).toEqual([]);
  });

  it('a third-party consultation suspends the term', async () => {
    const r = await woo('receive', ID, join(letters, 'zienswijze.txt'), '--yes');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('zienswijze derden gevraagd (opschorting)');
    const show = await woo('show', ID);
    expect(show.stdout).toContain('opgeschort sinds za 21 nov 2026');
  });

  it('a decision goes on to the decision import and starts the objection term', async () => {
    const r = await woo('receive', ID, join(letters, 'besluit.txt'), '--yes');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Dit is een besluit');
    expect(await deadline('objection')).toBe('2027-01-21');
    expect(JSON.parse(readFileSync(join(home, 'requests', `${ID}.json`), 'utf8')).attachments).toHaveLength(3);
  });

  it('an adjournment by e-mail is read from the mail itself', async () => {
    const other = tempDir();
    const run = (...args: string[]) => runBin(args, { home: other, env: { WOO_TODAY: '2026-11-30' } });
    await run('new', 'cas-2021', '--body', 'Nationale Politie', '--yes');
    await run('log', ID, 'received', '2026-11-03');
    const mail = join(other, 'verdaging.eml');
    writeFileSync(mail, ['From: Woo-loket <woo@politie.nl>', 'To: jan@example.nl', 'Subject: Uw Woo-verzoek', 'Date: Fri, 27 Nov 2026 10:14:00 +0100', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', 'Beste heer Jansen,', '', 'We hebben meer tijd nodig. We verlengen de beslistermijn daarom met twee weken.', '', 'Vriendelijke groet,', 'Woo-loket', ''].join('\r\n'));
    const r = await run('receive', ID, mail, '--yes', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).logged.map((e: { type: string; date: string; weeks: number }) => [e.type, e.date, e.weeks])).toEqual([['adjourned', '2026-11-27', 2]]);
  });

  it('a letter of no known kind changes nothing (exit 1); without a terminal it asks for --yes', async () => {
    const before = readFileSync(join(home, 'requests', `${ID}.json`), 'utf8');
    const r = await woo('receive', ID, join(letters, 'reclame.txt'), '--yes');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('geen brief van een bestuursorgaan');
    expect(readFileSync(join(home, 'requests', `${ID}.json`), 'utf8')).toBe(before);
    expect((await woo('receive', ID, join(letters, 'precisering.txt'))).code).toBe(2);
    expect((await woo('receive', ID, join(letters, 'bestaat-niet.pdf'))).code).toBe(2);
  });
});
