import type { Command } from 'commander';
import { z } from 'zod';
import { appContext, printJson } from '../context.js';
import type { Io } from '../io.js';
import { collect, examples } from './shared.js';

const optionsSchema = z.object({
  answers: z.string().optional(),
  set: z.array(z.string()).default([]),
  body: z.string().optional(),
  id: z.string().optional(),
  yes: z.boolean().default(false),
  json: z.boolean().default(false),
});

export function registerNew(program: Command, io: Io): void {
  const cmd = program
    .command('new [sjabloon]')
    .description('een nieuw Woo-verzoek opstellen (stap voor stap, of met een antwoordbestand)')
    .option('--answers <bestand>', 'antwoorden uit een JSON-bestand (zie woo templates show <sjabloon>)')
    .option('--set <sleutel=waarde>', 'één antwoord; mag vaker', collect, [])
    .option('--body <naam>', 'het bestuursorgaan (hetzelfde als --set bestuursorgaan=...)')
    .option('--id <id>', 'eigen id voor het verzoek (standaard bijvoorbeeld 2026-003-politie-cas)')
    .option('-y, --yes', 'niet om bevestiging vragen')
    .option('--json', 'het opgeslagen verzoek als JSON tonen')
    .action(async (template: string | undefined, raw) => {
      const options = optionsSchema.parse(raw);
      const { readAnswersFile, parseSetFlags } = await import('../../app/answers-input.js');
      const { runNew } = await import('../../app/new.js');
      const answers = {
        ...(options.answers ? await readAnswersFile(options.answers) : {}),
        ...parseSetFlags(options.set),
        ...(options.body !== undefined ? { bestuursorgaan: options.body } : {}),
      };
      const ctx = await appContext(io, { prompts: true });
      const result = await runNew({ template, answers, id: options.id, yes: options.yes }, ctx);
      for (const w of result.warnings) io.stderr(`Let op: ${w}\n`);
      const { request } = result;
      if (options.json) printJson(io, request);
      else {
        io.stdout(
          `Verzoek opgeslagen: ${request.id}\n` +
            `  ${request.title} — ${request.body.name}, ${request.points.length} punten\n\n` +
            `Volgende stappen:\n` +
            `  woo letter ${request.id} --format pdf     de brief maken\n` +
            `  woo log ${request.id} sent <datum>        vastleggen wanneer u hem verstuurde\n`,
        );
      }
    });
  examples(cmd, [
    'woo new                                   (vraagt alles stap voor stap)',
    'woo new algoritme --answers antwoorden.json --yes --json',
    'woo new algoritme --set systeem="Crime Anticipation System" --set afkorting=CAS --body "Nationale Politie" --set periode_van=2015-01-01 --set periode_tot=2021-05-10 --yes',
    'woo new cas-2021 --set periode_tot=2026-11-23 --yes',
    'woo new vrij --set onderwerp="de herinrichting van het Stationsplein" --body "Gemeente Utrecht" --set eigen_punten="Het projectplan" --yes',
  ]);
}
