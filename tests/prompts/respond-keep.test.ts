// `woo respond` at a terminal never loses an answer: grounds are checked inside the prompt, answers
// survive any stop, and a second session starts where the first one ended.
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.js';
import { runNew } from '../../src/app/new.js';
import { runRespond } from '../../src/app/respond.js';
import { inquirerAsk } from '../../src/cli/prompts/inquirer-ask.js';
import { Workspace } from '../../src/store/workspace.js';
import { tempDir } from '../helpers/cli.js';
import { until } from '../helpers/screen.js';

async function setup(): Promise<{ ctx: AppContext; id: string; messages: string[] }> {
  const messages: string[] = [];
  const quiet: AppContext = { workspace: new Workspace({ root: tempDir(), source: 'WOO_HOME' }), today: '2026-11-23', output: { out: () => {}, err: (t) => messages.push(t) } };
  await quiet.workspace.updateProfile(() => ({ name: 'Jan' }));
  const { request } = await runNew({ template: 'vrij', answers: { onderwerp: 'parkeren', bestuursorgaan: 'Gemeente Voorbeeldstad', bestuursorgaan_buiten_lijst: true, eigen_punten: ['Het parkeerbeleid', 'De handhavingscijfers', 'De boetes'], clausules: [] }, yes: true }, quiet);
  await quiet.workspace.updateRequest(request.id, (r) => ({ ...r, events: [{ id: 'e1', type: 'decided', date: '2026-11-20', recorded: '2026-11-20' }] }));
  return { ctx: { ...quiet, ask: inquirerAsk() }, id: request.id, messages };
}

async function step(expected: string, keys: (string | { type: string })[]): Promise<void> {
  await screen.next();
  expect(screen.getScreen()).toContain(expected);
  for (const k of keys) typeof k === 'string' ? screen.keypress(k) : screen.type(k.type);
}

describe('woo respond keeps every answer', () => {
  it('refuses an impossible combination of grounds inside the prompt and asks again', async () => {
    const { ctx, id } = await setup();
    const done = runRespond({ id, add: false, dryRun: false, yes: false }, ctx);
    await step('Punt 1: Het parkeerbeleid', ['enter']); // openbaar gemaakt
    await step('Aantal documenten', ['enter']);
    await step('Notitie', ['enter']);
    await step('Punt 2: De handhavingscijfers', ['down', 'down', 'enter']); // niet openbaar
    // 5.1.2c (8th Woo ground) together with 5.1.5 (16th) is not allowed.
    await step('Weigeringsgronden', [...Array(7).fill('down'), 'space', ...Array(8).fill('down'), 'space', 'enter']);
    expect(await until('vijfde lid')).toContain('Weigeringsgronden');
    screen.keypress('space'); // untick 5.1.5 again
    screen.keypress('enter');
    await step('Aantal documenten', ['enter']);
    await step('Notitie', ['enter']);
    await step('Punt 3: De boetes', ['up', 'enter']); // skip
    const result = await done;
    expect(result.recorded.map((r) => [r.point, r.outcome, r.grounds])).toEqual([[1, 'public', []], [2, 'not_public', ['5.1.2c']]]);
    expect((await ctx.workspace.readRequest(id)).outcomes).toHaveLength(2);
  });

  it('keeps the answers given when a later point fails, and a new session starts at the first open point', async () => {
    const { ctx, id, messages } = await setup();
    const failing: AppContext = { ...ctx, ask: { ...ctx.ask!, checkbox: async () => { throw new Error('kapot'); } } };
    const first = runRespond({ id, add: false, dryRun: false, yes: false }, failing);
    await step('Punt 1: Het parkeerbeleid', ['enter']);
    await step('Aantal documenten', [{ type: '4' }, 'enter']);
    await step('Notitie', ['enter']);
    await step('Punt 2: De handhavingscijfers', ['down', 'enter']); // deels openbaar → grounds fail
    await expect(first).rejects.toThrow('kapot');
    expect((await ctx.workspace.readRequest(id)).outcomes).toEqual([{ point: 1, decision: 'e1', outcome: 'public', grounds: [], documents: 4 }]);

    const second = runRespond({ id, add: false, dryRun: false, yes: false }, ctx);
    await step('Punt 2: De handhavingscijfers', ['down', 'down', 'down', 'down', 'enter']); // niet aanwezig
    // No document count for "niet aanwezig": straight to the note.
    await step('Notitie', ['enter']);
    await step('Punt 3: De boetes', ['enter']);
    await step('Aantal documenten', ['enter']);
    await step('Notitie', ['enter']);
    await second;
    expect(messages.join('')).toContain('Al vastgelegd bij dit besluit (2026-11-20):\n  punt 1: openbaar gemaakt\nVerder bij punt 2');
    expect((await ctx.workspace.readRequest(id)).outcomes.map((o) => [o.point, o.outcome])).toEqual([[1, 'public'], [2, 'nothing_found'], [3, 'public']]);
  });

  it('goes over every point again, with the given answers as defaults, when all are answered', async () => {
    const { ctx, id } = await setup();
    await ctx.workspace.updateRequest(id, (r) => ({ ...r, outcomes: [1, 2, 3].map((point) => ({ point, decision: 'e1', outcome: 'already_public' as const, grounds: [], reference: 'https://example.org' })) }));
    const done = runRespond({ id, add: false, dryRun: false, yes: false }, ctx);
    await step('Punt 1: Het parkeerbeleid', ['enter']); // default: reeds openbaar
    await step('https://example.org', ['enter']);
    await step('Aantal documenten', ['enter']);
    await step('Notitie', ['enter']);
    await step('Punt 2', ['down', 'down', 'down', 'down', 'enter']); // from the default to "overslaan"
    await step('Punt 3', ['down', 'down', 'down', 'down', 'enter']);
    await done;
    expect((await ctx.workspace.readRequest(id)).outcomes.map((o) => [o.point, o.outcome, o.reference])).toEqual([
      [2, 'already_public', 'https://example.org'],
      [3, 'already_public', 'https://example.org'],
      [1, 'already_public', 'https://example.org'],
    ]);
  });
});
