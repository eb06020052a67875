import { Option, type Command } from 'commander';
import { BODY_KINDS } from '../../core/bodies/kinds.js';
import { UsageError } from '../../core/errors.js';
import { appContext, printJson } from '../context.js';
import type { Io } from '../io.js';
import { formatSteps, wrapParagraph } from '../../render/screen.js';
import { widthOf } from '../screen-io.js';
import { addAnswerOptions, answerFields, answersFrom, examples, lazySchema, type SchemaOutput } from './shared.js';

const optionsSchema = lazySchema((z) =>
  z.object({
    ...answerFields(z),
    bodies: z.string().optional(),
    bodiesFile: z.string().optional(),
    bodiesKind: z.enum(BODY_KINDS).optional(),
    province: z.string().optional(),
    id: z.string().optional(),
    yes: z.boolean().default(false),
    resume: z.boolean().default(false),
    json: z.boolean().default(false),
  }),
);
type NewFlags = SchemaOutput<typeof optionsSchema>;

function isBatch(o: NewFlags): boolean {
  return o.bodies !== undefined || o.bodiesFile !== undefined || o.bodiesKind !== undefined || o.province !== undefined;
}

async function runBatchCommand(template: string | undefined, o: NewFlags, answers: Record<string, unknown>, io: Io): Promise<void> {
  if (o.body !== undefined || o.id !== undefined) {
    throw new UsageError(`${o.body !== undefined ? '--body' : '--id'} kan niet samen met --bodies, --bodies-file of --bodies-kind: elk verzoek van een reeks krijgt een eigen bestuursorgaan en id.`);
  }
  const { runBatch, batchJson, formatBatch } = await import('../../app/batch.js');
  const bodies = { list: o.bodies?.split(','), file: o.bodiesFile, kind: o.bodiesKind, province: o.province };
  const result = await runBatch({ template, answers, yes: o.yes, resume: o.resume, bodies }, await appContext(io, { prompts: true, progress: !o.json }));
  for (const w of result.warnings) io.stderr(`Let op: ${w}\n`);
  if (o.json) printJson(io, batchJson(result));
  else io.stdout(formatBatch(result, widthOf(io)));
}

export function registerNew(program: Command, io: Io): void {
  const cmd = addAnswerOptions(
    program
      .command('new [sjabloon]')
      .description('een nieuw Woo-verzoek opstellen (stap voor stap, of met een antwoordbestand); ook aan veel bestuursorganen tegelijk'),
    {
      answers: 'antwoorden uit een JSON-bestand (zie woo templates show <sjabloon>)',
      set: 'één antwoord; mag vaker',
      body: 'het bestuursorgaan (hetzelfde als --set bestuursorgaan=...); zoek het met woo bodies',
      client: 'namens deze cliënt (u bent gemachtigd): de brieven zeggen "namens" en noemen de machtiging als bijlage',
    },
  )
    .option('--bodies <ids>', 'reeks: één verzoek per bestuursorgaan, ids of namen gescheiden door komma\'s')
    .option('--bodies-file <bestand>', 'reeks: ids of namen uit een bestand, één per regel (# begint commentaar)')
    .addOption(new Option('--bodies-kind <soort>', 'reeks: alle bestuursorganen van deze soort (zie woo bodies --kind)').choices(BODY_KINDS))
    .option('--province <provincie>', 'met --bodies-kind: alleen deze provincie (alleen als de lijst provincies vastlegt)')
    .option('--id <id>', 'eigen id voor het verzoek (standaard bijvoorbeeld 2026-003-politie-cas)')
    .option('-y, --yes', 'niet om bevestiging vragen')
    .option('--resume', 'verder met het concept dat bewaard bleef toen u stopte of "Nee" koos')
    .option('--json', 'het opgeslagen verzoek als JSON tonen (bij een reeks: {batch, requests: [{id, body}]})')
    .action(async (template: string | undefined, raw) => {
      const options = await optionsSchema.parse(raw);
      const answers = await answersFrom(options);
      if (isBatch(options)) return runBatchCommand(template, options, answers, io);
      const { runNew } = await import('../../app/new.js');
      const ctx = await appContext(io, { prompts: true });
      const result = await runNew({ template, answers, id: options.id, yes: options.yes, resume: options.resume }, ctx);
      for (const w of result.warnings) io.stderr(`Let op: ${w}\n`);
      const { request } = result;
      if (options.json) printJson(io, request);
      else {
        const width = widthOf(io);
        io.stdout(
          `Verzoek opgeslagen: ${request.id}\n` +
            `  ${wrapParagraph(`${request.title} — ${request.body.name}, ${request.points.length} ${request.points.length === 1 ? 'punt' : 'punten'}`, width, '  ')}\n\n` +
            `Volgende stappen:\n${formatSteps(
              [
                [`woo send ${request.id}`, 'klaarmaken voor e-mail, webformulier of post'],
                [`woo send ${request.id} --sent <datum>`, 'vastleggen wanneer u hem verstuurde'],
              ],
              width,
            )}\n`,
        );
      }
    });
  examples(cmd, [
    'woo new                                   (vraagt alles stap voor stap)',
    'woo new algoritme --answers antwoorden.json --yes --json',
    'woo new algoritme --set systeem="Crime Anticipation System" --set afkorting=CAS --body "Nationale Politie" --set periode_van=2015-01-01 --set periode_tot=2021-05-10 --yes',
    'woo new cas-2021 --set periode_tot=2026-11-23 --yes',
    'woo new cas-2021 --client "Stichting Privacy Eerst" --yes          (namens een cliënt, met machtiging)',
    'woo new --resume                          (verder met het bewaarde concept)',
    'woo new vrij --set onderwerp="de herinrichting van het Stationsplein" --body gemeente-utrecht --set eigen_punten="Het projectplan" --yes',
    '',
    'Reeksen (één verzoek per bestuursorgaan, met één reeks-id; zie woo list --batch <reeks>):',
    'woo new algoritme --answers antwoorden.json --bodies gemeente-utrecht,gemeente-zeist,gemeente-houten --yes',
    'woo new algoritme --answers antwoorden.json --bodies-file gemeenten.txt --yes',
    'woo new algoritme --answers antwoorden.json --bodies-kind gemeente --yes --json',
  ]);
}
