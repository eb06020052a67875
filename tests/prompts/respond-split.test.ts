// Importing a decision at a terminal: a suggested split of a point is offered as its own choice and
// stored only when chosen; the letter's unplaced sentences come before the first question.
import { screen } from '@inquirer/testing/vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.js';
import { runNew } from '../../src/app/new.js';
import { runRespond } from '../../src/app/respond.js';
import { inquirerAsk } from '../../src/cli/prompts/inquirer-ask.js';
import { Workspace } from '../../src/store/workspace.js';
import { tempDir } from '../helpers/cli.js';

const LETTER = [
  'Datum 20 november 2026',
  '',
  'Ad 1',
  'De notulen bij punt 1 zijn reeds openbaar, zie https://example.org/notulen. Documenten over de evaluatie zijn niet aangetroffen.',
  '',
  'Ad 2',
  'De documenten bij punt 2 maak ik openbaar.',
  '',
].join('\n');

async function importAt(choiceForPoint1: string[]): Promise<{ recorded: { point: number; outcome: string }[]; shown: string }> {
  let shown = '';
  const quiet: AppContext = { workspace: new Workspace({ root: tempDir(), source: 'WOO_HOME' }), today: '2026-11-23', output: { out: () => {}, err: (t) => void (shown += t) } };
  await quiet.workspace.updateProfile(() => ({ name: 'Jan' }));
  const { request } = await runNew({ template: 'vrij', answers: { onderwerp: 'parkeren', bestuursorgaan: 'Gemeente Voorbeeldstad', bestuursorgaan_buiten_lijst: true, eigen_punten: ['De notulen en de evaluatie', 'Het parkeerbeleid'], clausules: [] }, yes: true }, quiet);
  await quiet.workspace.updateRequest(request.id, (r) => ({ ...r, events: [{ id: 'e1', type: 'decided', date: '2026-11-20', recorded: '2026-11-20' }] }));
  const letter = join(tempDir(), 'besluit.txt');
  writeFileSync(letter, LETTER);
  const done = runRespond({ id: request.id, from: letter, add: false, dryRun: false, yes: false }, { ...quiet, ask: inquirerAsk() });
  await screen.next();
  expect(screen.getScreen()).toContain('Punt 1: voorstel overnemen?');
  expect(screen.getScreen()).toContain('Ja, gesplitst: reeds openbaar + niet aanwezig / niet vastgelegd');
  for (const k of choiceForPoint1) screen.keypress(k);
  await screen.next();
  expect(screen.getScreen()).toContain('Punt 2: voorstel overnemen?');
  expect(screen.getScreen()).not.toContain('gesplitst');
  screen.keypress('enter');
  const result = await done;
  return { recorded: result.recorded, shown };
}

describe('a suggested split at the terminal', () => {
  it('is stored when the user chooses it', async () => {
    const { recorded, shown } = await importAt(['down', 'enter']);
    expect(recorded.map((r) => [r.point, r.outcome])).toEqual([[1, 'already_public'], [1, 'nothing_found'], [2, 'public']]);
    expect(shown).toContain('ook voorgesteld (splitsing): niet aanwezig / niet vastgelegd');
  });

  it('is not stored when the user takes the proposal as it is', async () => {
    const { recorded } = await importAt(['enter']);
    expect(recorded.map((r) => [r.point, r.outcome])).toEqual([[1, 'already_public'], [2, 'public']]);
  });
});
