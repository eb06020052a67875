// `woo respond` at a terminal: per point step by step, and confirming an imported proposal.
import { screen } from '@inquirer/testing/vitest';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.js';
import { runNew } from '../../src/app/new.js';
import { runRespond } from '../../src/app/respond.js';
import { inquirerAsk } from '../../src/cli/prompts/inquirer-ask.js';
import { Workspace } from '../../src/store/workspace.js';
import { tempDir } from '../helpers/cli.js';

async function setup(): Promise<{ ctx: AppContext; id: string }> {
  const quiet: AppContext = { workspace: new Workspace({ root: tempDir(), source: 'WOO_HOME' }), today: '2026-11-23', output: { out: () => {}, err: () => {} } };
  await quiet.workspace.updateProfile(() => ({ name: 'Jan' }));
  const { request } = await runNew({ template: 'vrij', answers: { onderwerp: 'parkeren', bestuursorgaan: 'Gemeente Voorbeeldstad', bestuursorgaan_buiten_lijst: true, eigen_punten: ['Het parkeerbeleid', 'De handhavingscijfers'], clausules: [] }, yes: true }, quiet);
  await quiet.workspace.updateRequest(request.id, (r) => ({ ...r, events: [{ id: 'e1', type: 'decided', date: '2026-11-20', recorded: '2026-11-20' }] }));
  return { ctx: { ...quiet, ask: inquirerAsk() }, id: request.id };
}

async function step(expected: string, keys: (string | { type: string })[]): Promise<void> {
  await screen.next();
  expect(screen.getScreen()).toContain(expected);
  for (const k of keys) typeof k === 'string' ? screen.keypress(k) : screen.type(k.type);
}

describe('woo respond at a terminal', () => {
  it('asks outcome, grounds, documents and note per point', async () => {
    const { ctx, id } = await setup();
    const done = runRespond({ id, add: false, dryRun: false, yes: false }, ctx);
    // Point 1: "deels openbaar" is the second choice; then grounds 5.1.2e (the 10th Woo ground).
    await step('Punt 1: Het parkeerbeleid', ['down', 'enter']);
    await step('Weigeringsgronden', [...Array(9).fill('down'), 'space', 'enter']);
    await step('Aantal documenten', [{ type: '3' }, 'enter']);
    await step('Notitie', ['enter']);
    // Point 2: skip (last choice).
    await step('Punt 2: De handhavingscijfers', ['up', 'enter']);
    const result = await done;
    expect(result.recorded).toEqual([{ point: 1, decision: 'e1', outcome: 'partial_public', grounds: ['5.1.2e'], documents: 3 }]);
    expect((await ctx.workspace.readRequest(id)).outcomes).toHaveLength(1);
  });

  it('confirms or corrects each proposal of an imported decision', async () => {
    const { ctx, id } = await setup();
    const letter = join(tempDir(), 'besluit.txt');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(letter, 'Datum 20 november 2026\n\nAd 1\nDe gevraagde informatie is reeds openbaar, zie https://example.org/parkeren.\n\nAd 2\nDocumenten als bedoeld onder punt 2 zijn niet aangetroffen.\n');
    const done = runRespond({ id, from: letter, add: false, dryRun: false, yes: false }, ctx);
    await step('Punt 1: voorstel overnemen?', ['enter']);
    await step('Punt 2: voorstel overnemen?', ['down', 'enter']); // correct it by hand
    await step('Punt 2: De handhavingscijfers', ['down', 'down', 'enter']); // from the proposal (nothing_found) to forwarded
    await step('Verwijzing', [{ type: 'Politie' }, 'enter']);
    await step('Aantal documenten', ['enter']);
    await step('Notitie', ['enter']);
    const result = await done;
    expect(result.recorded.map((r) => [r.point, r.outcome, r.reference])).toEqual([
      [1, 'already_public', 'https://example.org/parkeren'],
      [2, 'forwarded', 'Politie'],
    ]);
  });

  it('asks before adding the dates it found in the letter to the timeline', async () => {
    const { ctx, id } = await setup();
    await ctx.workspace.updateRequest(id, (r) => ({ ...r, events: [] }));
    const { writeFileSync } = await import('node:fs');
    const letter = join(tempDir(), 'besluit.txt');
    writeFileSync(letter, 'Datum 20 november 2026\n\nUw verzoek is op 1 oktober 2026 door ons ontvangen.\n\nAd 1\nDe gevraagde informatie maak ik openbaar.\n\nAd 2\nDeze documenten zijn niet aangetroffen.\n');
    const done = runRespond({ id, from: letter, add: false, dryRun: false, yes: false }, ctx);
    await step('Deze datums vastleggen?', ['enter']);
    await step('Punt 1: voorstel overnemen?', ['enter']);
    await step('Punt 2: voorstel overnemen?', ['enter']);
    const result = await done;
    expect(result.events.map((e) => [e.type, e.date])).toEqual([['received', '2026-10-01'], ['decided', '2026-11-20']]);
    expect(result.recorded.map((r) => r.outcome)).toEqual(['public', 'nothing_found']);
  });
});

describe('stopping halfway', () => {
  it('keeps the points already answered when the user presses Ctrl+C', async () => {
    const { ctx, id } = await setup();
    const done = runRespond({ id, add: false, dryRun: false, yes: false }, ctx);
    await step('Punt 1: Het parkeerbeleid', ['enter']); // openbaar gemaakt
    await step('Aantal documenten', ['enter']);
    await step('Notitie', ['enter']);
    await step('Punt 2: De handhavingscijfers', [{ type: '' }]);
    screen.keypress({ name: 'c', ctrl: true });
    await expect(done).rejects.toThrow();
    expect((await ctx.workspace.readRequest(id)).outcomes).toEqual([{ point: 1, decision: 'e1', outcome: 'public', grounds: [] }]);
  });
});
