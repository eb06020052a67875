import type { Command } from 'commander';
import { appContext, printJson } from '../context.js';
import type { Io } from '../io.js';
import { addAnswerOptions, answerFields, answersFrom, examples, lazySchema } from './shared.js';

const optionsSchema = lazySchema((z) =>
  z.object({
    ...answerFields(z),
    editor: z.boolean().default(false),
    yes: z.boolean().default(false),
    json: z.boolean().default(false),
  }),
);

export function registerEdit(program: Command, io: Io): void {
  const cmd = addAnswerOptions(
    program.command('edit <id>').description('een verzoek wijzigen: stap voor stap, met de opties van woo new, of als YAML in uw editor'),
    {
      answers: 'gewijzigde antwoorden uit een JSON-bestand',
      set: 'één gewijzigd antwoord; mag vaker',
      body: 'een ander bestuursorgaan',
      client: 'namens deze cliënt (u bent gemachtigd); --client "" haalt de cliënt weg',
    },
  )
    .option('--editor', 'de brief (titel, onderwerp, punten, periode, bestuursorgaan, clausules) als YAML openen in $EDITOR')
    .option('-y, --yes', 'niet om bevestiging vragen, ook niet als het verzoek al verzonden is')
    .option('--json', 'het gewijzigde verzoek als JSON tonen')
    .action(async (id: string, raw) => {
      const o = await optionsSchema.parse(raw);
      const answers = await answersFrom(o);
      const { runEdit } = await import('../../app/edit.js');
      const { editorFor } = await import('../editor.js');
      const result = await runEdit({ id, answers, editor: o.editor, yes: o.yes }, await appContext(io, { prompts: true }), editorFor(io));
      if (o.json) printJson(io, result.request);
      else io.stdout(result.changed.length ? `Gewijzigd bij ${id}: ${result.changed.join(', ')}.\n` : `Niets gewijzigd bij ${id}.\n`);
    });
  examples(cmd, [
    'woo edit 2026-001-politie-cas                (stap voor stap, met de huidige antwoorden als standaard)',
    'woo edit 2026-001-politie-cas --set periode_tot=2026-12-31',
    'woo edit 2026-001-politie-cas --body "Gemeente Utrecht"',
    'woo edit 2026-001-politie-cas --editor       (als YAML in $EDITOR)',
  ]);
}
