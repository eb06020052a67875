import type { Command } from 'commander';
import { appContext, printJson } from '../context.js';
import type { Io } from '../io.js';
import { bodyAnswers, collect, examples, lazySchema } from './shared.js';

const optionsSchema = lazySchema((z) =>
  z.object({
    answers: z.string().optional(),
    set: z.array(z.string()).default([]),
    body: z.string().optional(),
    bodyUnlisted: z.boolean().default(false),
    bodyAddress: z.string().optional(),
    bodyPostcode: z.string().optional(),
    bodyCity: z.string().optional(),
    bodyEmail: z.string().optional(),
    client: z.string().optional(),
    editor: z.boolean().default(false),
    yes: z.boolean().default(false),
    json: z.boolean().default(false),
  }),
);

export function registerEdit(program: Command, io: Io): void {
  const cmd = program
    .command('edit <id>')
    .description('een verzoek wijzigen: stap voor stap, met de opties van woo new, of als YAML in uw editor')
    .option('--answers <bestand>', 'gewijzigde antwoorden uit een JSON-bestand')
    .option('--set <sleutel=waarde>', 'één gewijzigd antwoord; mag vaker', collect)
    .option('--body <naam of id>', 'een ander bestuursorgaan')
    .option('--body-unlisted', 'het bestuursorgaan staat bewust niet in de lijst (anders wordt een onbekende naam geweigerd)')
    .option('--body-address <adres>', 'bestuursorgaan buiten de lijst: straat en huisnummer of postbus')
    .option('--body-postcode <postcode>', 'bestuursorgaan buiten de lijst: postcode')
    .option('--body-city <plaats>', 'bestuursorgaan buiten de lijst: plaats')
    .option('--body-email <e-mail>', 'bestuursorgaan buiten de lijst: e-mailadres voor Woo-verzoeken')
    .option('--client <naam>', 'namens deze cliënt (u bent gemachtigd); --client "" haalt de cliënt weg')
    .option('--editor', 'de brief (titel, onderwerp, punten, periode, bestuursorgaan, clausules) als YAML openen in $EDITOR')
    .option('-y, --yes', 'niet om bevestiging vragen, ook niet als het verzoek al verzonden is')
    .option('--json', 'het gewijzigde verzoek als JSON tonen')
    .action(async (id: string, raw) => {
      const o = await optionsSchema.parse(raw);
      const { readAnswersFile, parseSetFlags } = await import('../../app/answers-input.js');
      const answers = {
        ...(o.answers ? await readAnswersFile(o.answers) : {}),
        ...parseSetFlags(o.set),
        ...(o.body !== undefined ? { bestuursorgaan: o.body } : {}),
        ...bodyAnswers(o),
      };
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
