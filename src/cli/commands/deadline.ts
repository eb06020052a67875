import type { Command } from 'commander';
import { today } from '../../core/dates.js';
import { printJson } from '../context.js';
import type { Io } from '../io.js';
import { widthOf } from '../screen-io.js';
import { collect, examples, lazySchema } from './shared.js';

const optionsSchema = lazySchema((z) =>
  z.object({
    received: z.string().optional(),
    sent: z.string().optional(),
    channel: z.string().optional(),
    regime: z.enum(['auto', 'woo', 'wob']).default('auto'),
    adjourned: z.string().optional(),
    weeks: z.coerce.number().int().positive().max(52).optional(),
    suspended: z.array(z.string()).default([]),
    decided: z.string().optional(),
    noticeOfDefault: z.string().optional(),
    appealLodged: z.string().optional(),
    judgment: z.string().optional(),
    judgmentWeeks: z.coerce.number().int().positive().max(104).optional(),
    objectionLodged: z.string().optional(),
    committee: z.boolean().default(false),
    objectionAdjourned: z.string().optional(),
    objectionWeeks: z.coerce.number().int().positive().max(52).optional(),
    objectionPostponed: z.string().optional(),
    groundsRequested: z.string().optional(),
    groundsSupplied: z.string().optional(),
    objectionDecided: z.string().optional(),
    json: z.boolean().default(false),
  }),
);

export function registerDeadline(program: Command, io: Io): void {
  const cmd = program
    .command('deadline')
    .description('termijnen berekenen uit losse datums, zonder opgeslagen verzoek')
    .option('--received <datum>', 'dag waarop het bestuursorgaan het verzoek ontving')
    .option('--sent <datum>', 'verzenddatum (als de ontvangst niet bekend is)')
    .option('--channel <kanaal>', 'bij --sent: email, webform, post of hand')
    .option('--regime <regime>', 'auto, woo of wob (standaard auto: naar de ontvangstdatum)')
    .option('--adjourned <datum>', 'dag waarop de verdaging werd meegedeeld')
    .option('--weeks <n>', 'bij --adjourned: aangekondigde weken')
    .option(
      '--suspended <van:tot[:soort]>',
      'opschorting (mag vaker): VAN = dag van de mededeling (de opschorting begint de dag erna), TOT = laatste opgeschorte dag; ' +
        'soort: zienswijze, uitstel, precisering, aanvulling of overig',
      collect,
    )
    .option('--decided <datum>', 'datum van het besluit')
    .option('--notice-of-default <datum>', 'datum van de ingebrekestelling (na --objection-lodged: over de beslissing op bezwaar)')
    .option('--appeal-lodged <datum>', 'datum van het beroep wegens niet tijdig beslissen')
    .option('--judgment <datum>', 'verzenddatum van de uitspraak op dat beroep')
    .option('--judgment-weeks <n>', 'bij --judgment: de termijn die de rechter stelde (standaard twee weken, art. 8:55d Awb)')
    .option('--objection-lodged <datum>', 'datum waarop bezwaar is gemaakt: de dag waarop het bestuursorgaan het ontving; per post de dag waarop u het op de post deed (op tijd als het binnen een week na de termijn binnen is, art. 6:9 lid 2 Awb)')
    .option('--committee', 'bezwaar wordt behandeld door een adviescommissie (art. 7:13 Awb)')
    .option('--objection-adjourned <datum>', 'dag waarop de verdaging van de beslissing op bezwaar werd meegedeeld (art. 7:10 lid 3 Awb)')
    .option('--objection-weeks <n>', 'bij --objection-adjourned: aangekondigde weken (ten hoogste zes)')
    .option('--objection-postponed <datum>', 'laatste dag van verder uitstel met instemming (art. 7:10 lid 4 Awb)')
    .option('--grounds-requested <datum>', 'dag waarop gevraagd is het verzuim te herstellen, zoals de gronden van een pro-forma bezwaar (art. 7:10 lid 2 Awb)')
    .option('--grounds-supplied <datum>', 'dag waarop het verzuim is hersteld of de termijn daarvoor ongebruikt verstreek')
    .option('--objection-decided <datum>', 'datum van de beslissing op bezwaar')
    .option('--json', 'uitvoer als JSON')
    .action(async (raw) => {
      const { json, ...options } = await optionsSchema.parse(raw);
      const { runDeadline } = await import('../../app/deadline.js');
      const report = runDeadline(options, today(io.env));
      if (json) printJson(io, report);
      else {
        const { formatDeadlineReport } = await import('../../app/deadline-format.js');
        io.stdout(`${formatDeadlineReport(report, widthOf(io))}\n`);
      }
    });
  examples(cmd, [
    'woo deadline --received 2026-11-02',
    'woo deadline --received 2026-04-16 --adjourned 2026-05-11 --weeks 2',
    'woo deadline --received 2026-11-02 --suspended 2026-11-10:2026-11-24 --json',
    'woo deadline --received 2026-09-01 --decided 2026-10-20 --objection-lodged 2026-11-20 --committee',
    'woo deadline --received 2026-11-02 --decided 2026-12-10 --objection-lodged 2027-01-15 --grounds-requested 2027-01-20 --grounds-supplied 2027-02-17',
    'woo deadline --received 2026-11-02 --objection-decided 2027-03-01',
    'woo deadline --received 2026-11-02 --notice-of-default 2026-12-07 --appeal-lodged 2026-12-22 --judgment 2027-02-10 --judgment-weeks 6',
    'woo deadline --sent 2026-11-06 --channel post',
  ]);
}
