// `woo edit` and `woo rm` at a terminal: the stored answers are the defaults; a sent request and a
// removal ask first.
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.js';
import { runEdit } from '../../src/app/edit.js';
import { runNew } from '../../src/app/new.js';
import { runRemove } from '../../src/app/remove.js';
import { inquirerAsk } from '../../src/cli/prompts/inquirer-ask.js';
import { Workspace } from '../../src/store/workspace.js';
import { tempDir } from '../helpers/cli.js';
import { until } from '../helpers/screen.js';

async function setup(): Promise<{ ctx: AppContext; id: string }> {
  const quiet: AppContext = { workspace: new Workspace({ root: tempDir(), source: 'WOO_HOME' }), today: '2026-11-23', output: { out: () => {}, err: () => {} } };
  await quiet.workspace.updateProfile(() => ({ name: 'Jan' }));
  const answers = { onderwerp: 'parkeren', bestuursorgaan: 'Gemeente Voorbeeldstad', bestuursorgaan_buiten_lijst: true, periode_van: '2026-01-01', periode_tot: '2026-11-01', eigen_punten: ['Het parkeerbeleid', 'De handhavingscijfers'], clausules: [] };
  const { request } = await runNew({ template: 'vrij', answers, yes: true }, quiet);
  return { ctx: { ...quiet, ask: inquirerAsk() }, id: request.id };
}

async function step(expected: string, keys: (string | { type: string })[]): Promise<void> {
  await screen.next();
  expect(screen.getScreen()).toContain(expected);
  for (const k of keys) typeof k === 'string' ? screen.keypress(k) : screen.type(k.type);
}

describe('woo edit at a terminal', () => {
  it('asks every question again with the stored answer as default, and asks before changing a sent request', async () => {
    const { ctx, id } = await setup();
    await ctx.workspace.updateRequest(id, (r) => ({ ...r, events: [{ id: 'e1', type: 'sent', date: '2026-11-20', recorded: '2026-11-20' }] }));
    const done = runEdit({ id, answers: {}, editor: false, yes: false }, ctx);
    await step('Onderwerp', ['enter']); // keeps "parkeren"
    await step('Bestuursorgaan', []);
    expect(await until('❯ Gebruik “Gemeente Voorbeeldstad” zoals getypt')).toBeTruthy(); // the stored body first
    screen.keypress('enter');
    for (const field of ['Adres van het bestuursorgaan', 'Postcode', 'Plaats', 'E-mailadres']) await step(field, ['enter']);
    await step('Periode vanaf', ['enter']);
    await step('Periode tot en met', ['enter']);
    await step('Welke eigen punten houdt u?', ['down', 'space', 'enter']); // drop the second
    await step('Nog een eigen punt', ['enter']);
    await step('standaardclausules', ['enter']);
    await step('Deze wijzigingen opslaan?', ['enter']);
    await step('verzonden', ['enter']); // the default is the safe answer: Nee
    await expect(done).rejects.toThrow('Niet gewijzigd');
    expect((await ctx.workspace.readRequest(id)).points).toHaveLength(2);
  });
});

describe('woo rm at a terminal', () => {
  it('asks before removing, with "Nee" as the default', async () => {
    const { ctx, id } = await setup();
    const kept = runRemove({ id, yes: false }, ctx);
    await step('verwijderen?', ['enter']);
    await expect(kept).rejects.toThrow('Niet verwijderd');
    const removed = runRemove({ id, yes: false }, ctx);
    await step('verwijderen?', ['up', 'enter']);
    await removed;
    expect(await ctx.workspace.requestIds()).toEqual([]);
  });
});
