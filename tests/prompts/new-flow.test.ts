// The interactive `woo new` flow, driven through Inquirer's test screen (real prompts, real workspace).
import { screen } from '@inquirer/testing/vitest';
import { selectTyped } from '../helpers/screen.js';
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.js';
import { runNew } from '../../src/app/new.js';
import { inquirerAsk } from '../../src/cli/prompts/inquirer-ask.js';
import { Workspace } from '../../src/store/workspace.js';
import { tempDir } from '../helpers/cli.js';

function context(): { ctx: AppContext; messages: string[] } {
  const messages: string[] = [];
  const ctx: AppContext = {
    workspace: new Workspace({ root: tempDir(), source: 'WOO_HOME' }),
    today: '2026-11-23',
    output: { out: (t) => messages.push(t), err: (t) => messages.push(t) },
    ask: inquirerAsk(),
  };
  return { ctx, messages };
}

async function answer(expected: string, keys: (string | { type: string })[]): Promise<void> {
  await screen.next();
  expect(screen.getScreen()).toContain(expected);
  for (const k of keys) {
    if (typeof k === 'string') screen.keypress(k);
    else screen.type(k.type);
  }
}

describe('woo new at a terminal', () => {
  it('asks profile, template, questions, points, own points and clauses, previews and saves', async () => {
    const { ctx, messages } = context();
    const done = runNew({ answers: {}, yes: false }, ctx);
    for (const [label, value] of [['Naam', 'Jan Jansen'], ['Adres', 'Dorpsstraat 1'], ['Postcode', '1234ab'], ['Woonplaats', 'Utrecht'], ['E-mailadres', 'jan@example.nl'], ['Telefoonnummer', ''], ['Organisatie', '']]) {
      await answer(label, [{ type: value }, 'enter']);
    }
    await answer('Welk sjabloon?', ['enter']);
    await answer('Naam van het systeem', [{ type: 'Fraudescore' }, 'enter']);
    await answer('Afkorting', ['enter']);
    // The body question is a search over the directory: wait for the results, then take the text as typed.
    await answer('Bestuursorgaan', [{ type: 'Gemeente Voorbeeldstad' }]);
    await selectTyped('Gemeente Voorbeeldstad');
    screen.keypress('enter');
    // Not in the directory: its address is asked (all optional).
    for (const field of ['Adres van het bestuursorgaan', 'Postcode', 'Plaats', 'E-mailadres']) await answer(field, ['enter']);
    // Validation as you type: an impossible date is refused and asked again.
    await answer('Periode vanaf', [{ type: '2026-02-30' }, 'enter']);
    await screen.next();
    expect(screen.getScreen()).toContain('Ongeldige datum');
    for (let i = 0; i < 10; i++) screen.keypress('backspace');
    screen.type('2020-01-01');
    screen.keypress('enter');
    await answer('Periode tot en met', ['enter']); // default: today
    await answer('Hoe het systeem', ['enter']);
    await answer('ras, leeftijd en geslacht', ['down', 'enter']); // Nee
    // Points: 16 standard points pre-ticked; untick the first one.
    await answer('Welke punten', ['space', 'enter']);
    await answer('Eigen punt toevoegen', [{ type: 'Het register van verwerkingen' }, 'enter']);
    await answer('Nog een eigen punt', ['enter']);
    await answer('standaardclausules', ['enter']);
    await answer('Dit verzoek opslaan?', ['enter']);
    const { request } = await done;
    expect(request.id).toBe('2026-001-voorbeeldstad-fraudescore');
    expect(request.period).toEqual({ from: '2020-01-01', to: '2026-11-23' });
    expect(request.points).toHaveLength(16); // 17 standard − point 13 − the unticked one + 1 own
    expect(request.points.at(-1)!.text).toBe('Het register van verwerkingen');
    expect(request.points.map((p) => p.text).join(' ')).not.toMatch(/geslacht/);
    expect(messages.join('')).toContain('Onderwerp: Verzoek op grond van de Wet open overheid');
    expect((await ctx.workspace.readRequest(request.id)).requester.name).toBe('Jan Jansen');
    expect((await ctx.workspace.readProfile()).postcode).toBe('1234 AB');
  });

  it('saves no request when the user declines at the preview, but keeps the draft for --resume', async () => {
    const { ctx, messages } = context();
    await ctx.workspace.updateProfile(() => ({ name: 'Jan' }));
    const given = { periode_van: '2015-01-01', periode_tot: '2021-05-10', bestuursorgaan: 'Nationale Politie', punten: '1-17', eigen_punten: [], clausules: [] };
    const done = runNew({ template: 'cas-2021', answers: given, yes: false }, ctx);
    await answer('Dit verzoek opslaan?', ['down', 'down', 'enter']); // Nee
    await expect(done).rejects.toThrow('Niet opgeslagen');
    expect(await ctx.workspace.requestIds()).toEqual([]);
    expect(messages.join('')).toContain('woo new --resume');
    // Resumed without a terminal: the kept answers make the request.
    const { request } = await runNew({ answers: {}, yes: true, resume: true }, { ...ctx, ask: undefined });
    expect(request.period).toEqual({ from: '2015-01-01', to: '2021-05-10' });
    expect(request.body.name).toBe('Nationale Politie');
    expect(await ctx.workspace.readDraft()).toBeUndefined();
  });

  it('goes back to one question with "Aanpassen" and shows the letter again', async () => {
    const { ctx } = context();
    await ctx.workspace.updateProfile(() => ({ name: 'Jan' }));
    const done = runNew({ template: 'vrij', answers: { bestuursorgaan: 'Gemeente Voorbeeldstad', bestuursorgaan_buiten_lijst: true, periode_van: '2026-01-01', periode_tot: '2026-11-01', clausules: [] }, yes: false }, ctx);
    await answer('Onderwerp', [{ type: 'het parkeerbeleid' }, 'enter']);
    await answer('Eerste punt van uw verzoek (verplicht)', [{ type: 'De nota parkeren' }, 'enter']);
    await answer('Nog een eigen punt', [{ type: 'De handhavingscijfers' }, 'enter']);
    await answer('Nog een eigen punt', ['enter']);
    await answer('Dit verzoek opslaan?', ['down', 'enter']); // Aanpassen
    await answer('Wat wilt u aanpassen?', ['down', 'down', 'down', 'down', 'enter']); // after the four questions: "Eigen punten"
    // The own points given are kept unless unticked; a new one can be added.
    await answer('Welke eigen punten houdt u?', ['space', 'enter']); // drop "De nota parkeren"
    await answer('Nog een eigen punt', [{ type: 'De boetes' }, 'enter']);
    await answer('Nog een eigen punt', ['enter']);
    await answer('Dit verzoek opslaan?', ['enter']);
    const { request } = await done;
    expect(request.points.map((p) => p.text)).toEqual(['De handhavingscijfers', 'De boetes']);
  });

  it('keeps the answers given when the user stops with Ctrl+C, and --resume asks only the rest', async () => {
    const { ctx } = context();
    await ctx.workspace.updateProfile(() => ({ name: 'Jan' }));
    const first = runNew({ template: 'vrij', answers: { bestuursorgaan: 'Gemeente Voorbeeldstad', bestuursorgaan_buiten_lijst: true, periode_van: '2026-01-01', periode_tot: '2026-11-01' }, yes: false }, ctx);
    await answer('Onderwerp', [{ type: 'het parkeerbeleid' }, 'enter']);
    await answer('Eerste punt van uw verzoek', [{ type: '' }]);
    screen.keypress({ name: 'c', ctrl: true });
    await expect(first).rejects.toThrow();
    expect((await ctx.workspace.readDraft())?.answers).toMatchObject({ onderwerp: 'het parkeerbeleid' });
    const second = runNew({ answers: {}, yes: false, resume: true }, ctx);
    await answer('Eerste punt van uw verzoek', [{ type: 'De nota parkeren' }, 'enter']);
    await answer('Nog een eigen punt', ['enter']);
    await answer('standaardclausules', ['enter']);
    await answer('Dit verzoek opslaan?', ['enter']);
    const { request } = await second;
    expect(request.title).toContain('het parkeerbeleid');
  });
});
