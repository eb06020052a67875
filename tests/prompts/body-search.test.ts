// The body question of `woo new` as a search prompt over the directory, driven through Inquirer's test screen.
import { screen } from '@inquirer/testing/vitest';
import { selectTyped, until } from '../helpers/screen.js';
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.js';
import { runBatch } from '../../src/app/batch.js';
import { runNew } from '../../src/app/new.js';
import { inquirerAsk } from '../../src/cli/prompts/inquirer-ask.js';
import { Workspace } from '../../src/store/workspace.js';
import { tempDir } from '../helpers/cli.js';

async function context(): Promise<AppContext> {
  const ctx: AppContext = {
    workspace: new Workspace({ root: tempDir(), source: 'WOO_HOME' }),
    today: '2026-11-23',
    output: { out: () => {}, err: () => {} },
    ask: inquirerAsk(),
  };
  await ctx.workspace.updateProfile(() => ({ name: 'Jan Jansen' }));
  return ctx;
}

// Everything but the body, so that the body search is the only question.
const VRIJ = { onderwerp: 'de herinrichting van het Stationsplein', periode_van: '2020-01-01', periode_tot: '2026-11-01', eigen_punten: ['Het projectplan'], clausules: [] };

describe('the body search prompt', () => {
  it('finds a body despite a typo and fills in its address', async () => {
    const ctx = await context();
    const done = runNew({ template: 'vrij', answers: VRIJ, yes: true }, ctx);
    await until('Bestuursorgaan (typ om te zoeken)');
    screen.type('amstrdam');
    const shown = await until('Gebruik “amstrdam” zoals getypt');
    // The likely body comes first, so Enter on a typo picks it; the typed text is offered last.
    expect(shown).toMatch(/❯ Gemeente Amsterdam \(Amsterdam\)/);
    screen.keypress('enter');
    const { request, warnings } = await done;
    expect(request.body).toMatchObject({ id: 'gemeente-amsterdam', name: 'Gemeente Amsterdam', city: 'Amsterdam' });
    expect(request.body.postcode).toMatch(/^\d{4} [A-Z]{2}$/);
    expect(warnings).toEqual([]);
  });

  it('keeps a body that is not in the directory as typed, and asks its address', async () => {
    const ctx = await context();
    const done = runNew({ template: 'vrij', answers: VRIJ, yes: true }, ctx);
    await until('Bestuursorgaan');
    screen.type('Stichting Buurtbudget');
    await selectTyped('Stichting Buurtbudget');
    screen.keypress('enter');
    // Then its address, so that the letter has one.
    await until('Adres van het bestuursorgaan');
    screen.type('Postbus 12');
    screen.keypress('enter');
    await until('Postcode');
    screen.type('3511ab');
    screen.keypress('enter');
    await until('Plaats');
    screen.type('Utrecht');
    screen.keypress('enter');
    await until('E-mailadres');
    screen.keypress('enter');
    const { request } = await done;
    expect(request.body).toEqual({ name: 'Stichting Buurtbudget', address: 'Postbus 12', postcode: '3511 AB', city: 'Utrecht' });
  });

  it('offers the template default (Nationale Politie) before anything is typed', async () => {
    const ctx = await context();
    const done = runNew({ template: 'cas-2021', answers: { periode_van: '2015-01-01', periode_tot: '2021-05-10', punten: '1-17', eigen_punten: [], clausules: [] }, yes: true }, ctx);
    await until('❯ Nationale Politie (Den Haag)');
    expect(screen.getScreen()).not.toContain('zoals getypt'); // an exact match needs no "as typed" choice
    screen.keypress('enter');
    const { request } = await done;
    expect(request.body).toMatchObject({ id: 'nationale-politie', address: 'Postbus 17107', postcode: '2502 CC', city: 'Den Haag' });
  });

  it('shows a body outside the Woo but does not let it be chosen', async () => {
    const ctx = await context();
    const done = runNew({ template: 'vrij', answers: VRIJ, yes: true }, ctx);
    await until('Bestuursorgaan');
    screen.type('Ministerie van Justitie (Curaçao)');
    const shown = await until('(valt niet onder de Woo)');
    expect(shown).not.toContain('❯ Ministerie van Justitie (Curaçao)');
    for (let i = 0; i < 40; i++) screen.keypress('backspace');
    screen.type('Gemeente Utrecht');
    await until('❯ Gemeente Utrecht');
    screen.keypress('enter');
    expect((await done).request.body.id).toBe('gemeente-utrecht');
  });
});

describe('a batch at a terminal', () => {
  it('asks no body, previews the first letter and saves nothing when declined', async () => {
    const ctx = await context();
    const done = runBatch({ template: 'vrij', answers: VRIJ, yes: false, bodies: { list: ['gemeente-utrecht', 'gemeente-zeist'] } }, ctx);
    const shown = await until('Deze 2 verzoeken opslaan');
    expect(shown).toContain('hierboven de brief aan Gemeente Utrecht');
    screen.keypress('down'); // past "Aanpassen" to "Nee"
    screen.keypress('down');
    screen.keypress('enter');
    await expect(done).rejects.toThrow('Niet opgeslagen');
    expect(await ctx.workspace.requestIds()).toEqual([]);
  });
});
