// Recording outcomes per point: one line, imported from a decision letter (text and PDF), and the report.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderLetterPdf } from '../../src/render/pdf/render-pdf.js';
import { runCli, tempDir } from '../helpers/cli.js';

let home: string;
const ID = '2026-001-politie-cas';
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'decisions', 'cas-politie-wob.txt');
const respond = (...args: string[]) => runCli(['respond', ID, ...args], { home });
const stored = () => JSON.parse(readFileSync(join(home, 'requests', `${ID}.json`), 'utf8'));

beforeEach(async () => {
  home = tempDir();
  await runCli(['profile', '--name', 'Jan Jansen', '--city', 'Utrecht', '--email', 'jan@example.nl'], { home });
  await runCli(['new', 'cas-2021', '--yes'], { home });
  await runCli(['log', ID, 'received', '2026-09-01'], { home });
});

describe('woo respond in one line', () => {
  it('records outcomes for a decision, validated by the law, and shows them per point', async () => {
    await runCli(['log', ID, 'decided', '2026-10-05'], { home });
    expect((await respond('--points', '1,11,14', '--outcome', 'already_public', '--reference', 'https://www.politie.nl/wob/korpsstaf/')).code).toBe(0);
    expect((await respond('--points', '3', '--outcome', 'partial_public', '--grounds', '5.1.2e, 5.1 lid 2 sub i', '--documents', '4')).code).toBe(0);
    const outcomes = stored().outcomes;
    expect(outcomes).toHaveLength(4);
    expect(outcomes.find((o: { point: number }) => o.point === 3)).toMatchObject({ outcome: 'partial_public', grounds: ['5.1.2e', '5.1.2i'], documents: 4, decision: expect.stringMatching(/^e2-/) });
    const show = await runCli(['show', ID], { home });
    expect(show.stdout).toMatch(/ {3}3 {2}deels openbaar +e2-[0-9a-z]{4} ma 5 okt 2026 +gronden 5\.1\.2e, 5\.1\.2i; 4 doc\./);
    expect(show.stdout).toMatch(/ {3}2 {2}niet beantwoord/);
    // Recording a point again corrects it.
    await respond('--points', '3', '--outcome', 'public');
    expect(stored().outcomes.filter((o: { point: number }) => o.point === 3)).toEqual([expect.objectContaining({ outcome: 'public', grounds: [] })]);
  });

  it.each([
    [['--points', '1', '--outcome', 'public', '--grounds', '5.1.2e'], /Weigeringsgronden horen alleen bij/],
    [['--points', '1', '--outcome', 'not_public', '--grounds', '5.1.5,5.1.2e'], /vijfde lid.*niet worden gecombineerd/],
    [['--points', '1', '--outcome', 'not_public', '--grounds', 'wob-10.2e'], /komt uit de Wob/],
    [['--points', '1', '--outcome', 'unanswered'], /legt u niet vast/],
    [['--points', '1', '--outcome', 'misschien'], /Onbekende uitkomst/],
    [['--points', '1-40', '--outcome', 'public'], /Punt 40 bestaat niet/],
    [['--points', '1'], /--points en --outcome samen/],
  ])('refuses %j with exit 2', async (args, message) => {
    await runCli(['log', ID, 'decided', '2026-10-05'], { home });
    const r = await respond(...(args as string[]));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(stored().outcomes).toEqual([]);
  });

  it('accepts the Dutch words for outcomes', async () => {
    await runCli(['log', ID, 'decided', '2026-10-05'], { home });
    expect((await respond('--points', '1', '--outcome', 'reeds openbaar', '--reference', 'https://example.org')).code).toBe(0);
    expect((await respond('--points', '2', '--outcome', 'niet aanwezig')).code).toBe(0);
    expect(stored().outcomes.map((o: { outcome: string }) => o.outcome)).toEqual(['already_public', 'nothing_found']);
  });

  it('keeps outcomes with the partial decision that gave them', async () => {
    await runCli(['log', ID, 'decided', '2026-09-20', '--points', '1-5'], { home });
    expect((await respond('--points', '1-5', '--outcome', 'public')).code).toBe(0);
    const outside = await respond('--points', '6', '--outcome', 'public');
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/hoort niet bij deelbesluit e2-/);
    await runCli(['log', ID, 'decided', '2026-10-10'], { home });
    await respond('--points', '6-17', '--outcome', 'nothing_found');
    const json = JSON.parse((await runCli(['show', ID, '--json'], { home })).stdout);
    expect(json.pointStates[0].recorded[0].decision).toMatch(/^e2-/);
    expect(json.pointStates[16].recorded[0].decision).toMatch(/^e3-/);
  });

  it('without a decision or without a terminal says what to do', async () => {
    expect((await respond('--points', '1', '--outcome', 'public')).stderr).toContain('woo log 2026-001-politie-cas decided');
    await runCli(['log', ID, 'decided', '2026-10-05'], { home });
    const r = await respond();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--points en --outcome');
  });
});

describe('woo respond --from', () => {
  it('--dry-run --json proposes per point with evidence, and saves nothing', async () => {
    const r = await respond('--from', FIXTURE, '--dry-run', '--json');
    expect(r.code).toBe(0);
    const proposal = JSON.parse(r.stdout);
    expect(Object.keys(proposal).sort()).toEqual(['dates', 'documents', 'points', 'unmatched', 'unplaced']);
    expect(proposal.points).toHaveLength(17);
    expect(proposal.points[0]).toMatchObject({ point: 1, outcome: 'already_public', reference: 'https://www.politie.nl/wob/korpsstaf/2020/besluit-wob-verzoek-crime-anticipation-system.html', grounds: [] });
    expect(proposal.points[0].evidence).toContain('reeds openbaar');
    // "Voor punt 12 verwijs ik u naar het antwoord op punt 1": a pointer, not a decision of its own.
    expect(proposal.points[11]).toMatchObject({ point: 12, outcome: 'referred', reference: 'punt 1', grounds: [] });
    expect(proposal.points[15]).toMatchObject({ point: 16, outcome: 'unanswered' });
    expect(proposal.dates).toMatchObject({ decided: '2021-07-05' });
    expect(stored().outcomes).toEqual([]);
  });

  it('--yes stores the outcomes and the decision date found in the letter', async () => {
    const fresh = tempDir();
    await runCli(['new', 'cas-2021', '--yes'], { home: fresh });
    const r = await runCli(['respond', ID, '--from', FIXTURE, '--yes'], { home: fresh });
    expect(r.code, r.stderr).toBe(0);
    const request = JSON.parse(readFileSync(join(fresh, 'requests', `${ID}.json`), 'utf8'));
    expect(request.events.map((e: { type: string }) => e.type)).toEqual(['received', 'acknowledged', 'adjourned', 'decided']);
    expect(request.outcomes.filter((o: { outcome: string }) => o.outcome === 'nothing_found').length).toBeGreaterThanOrEqual(8);
    const json = JSON.parse((await runCli(['show', ID, '--json'], { home: fresh })).stdout);
    expect(json.pointStates[15]).toMatchObject({ point: 16, outcome: 'unanswered' });
  });

  it('reads a decision letter that arrives as PDF', async () => {
    const text = readFileSync(FIXTURE, 'utf8');
    const pdf = await renderLetterPdf(
      {
        kind: 'request',
        sender: { name: 'Politie, Korpsstaf', lines: ['Postbus 17107', '2502 CC  Den Haag'] },
        recipient: { name: 'Jan Jansen', lines: ['Utrecht'] },
        place: 'Den Haag',
        date: '2021-07-05',
        subject: 'Besluit op uw Wob-verzoek',
        references: [],
        salutation: 'Geachte heer Jansen,',
        body: text.split(/\n\s*\n/).map((p) => ({ kind: 'paragraph' as const, text: p.replace(/\n/g, ' ') })),
        closing: 'Hoogachtend,',
        signature: 'De korpschef',
        meta: { title: 'Besluit', author: 'Politie', subject: 'Besluit' },
      },
      { creationDate: '2021-07-05' },
    );
    const file = join(home, 'besluit.pdf');
    writeFileSync(file, pdf);
    const r = await respond('--from', file, '--dry-run', '--json');
    expect(r.code, r.stderr).toBe(0);
    const proposal = JSON.parse(r.stdout);
    expect(proposal.points.filter((p: { outcome: string }) => p.outcome === 'already_public').map((p: { point: number }) => p.point)).toEqual(expect.arrayContaining([1, 11, 14]));
  });

  it('refuses a missing file, a binary file and an unconfirmed import without a terminal', async () => {
    expect((await respond('--from', join(home, 'nope.pdf'))).code).toBe(2);
    const bin = join(home, 'x.bin');
    writeFileSync(bin, Buffer.from([0, 1, 2, 3, 0]));
    expect((await respond('--from', bin, '--dry-run')).stderr).toContain('geen PDF- of tekstbestand');
    const r = await respond('--from', FIXTURE);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--yes');
  });
});

describe('woo report', () => {
  it('counts outcomes, grounds, days to decision and late decisions, as table, JSON and CSV', async () => {
    await runCli(['log', ID, 'decided', '2026-10-05'], { home });
    await respond('--points', '1-3', '--outcome', 'already_public', '--reference', 'https://example.org');
    await respond('--points', '4', '--outcome', 'not_public', '--grounds', '5.1.2e');
    await runCli(['new', 'vrij', '--set', 'onderwerp=parkeren', '--body', 'Gemeente Utrecht', '--set', 'eigen_punten=Het parkeerbeleid', '--yes'], { home });
    const json = JSON.parse((await runCli(['report', '--json'], { home })).stdout);
    expect(json.total).toMatchObject({ requests: 2, points: 18, decided: 1, late: 1, days: [34] });
    expect(json.total.outcomes).toMatchObject({ already_public: 3, not_public: 1, unanswered: 13, pending: 1 });
    expect(json.total.grounds).toEqual({ '5.1.2e': 1 });
    const text = (await runCli(['report'], { home })).stdout;
    expect(text).toMatch(/Nationale Politie +1 +17 +1 +34 +0 +1 +0/);
    expect(text).toContain('5.1.2e');
    const csv = (await runCli(['report', '--by', 'year', '--csv'], { home })).stdout.split('\r\n');
    expect(csv[0]).toMatch(/^Jaar,Verzoeken,Punten,Openbaar gemaakt,Deels openbaar,.*,% openbaar gemaakt,.*,Weigeringsgronden$/);
    // One group, no total row among the data: 3 of 18 points already public is 17%.
    expect(csv).toEqual([csv[0], '2026,2,18,0,0,1,3,0,0,0,13,1,0,0,6,17,0,0,0,72,6,1,34,0,1,0,5.1.2e: 1', '']);
    expect((await runCli(['report', '--json', '--excel'], { home })).code).toBe(2);
    expect((await runCli(['report', '--by', 'planeet'], { home })).code).toBe(2);
  });
});
