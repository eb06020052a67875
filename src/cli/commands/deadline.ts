import type { Command } from 'commander';
import { z } from 'zod';
import { today } from '../../core/dates.js';
import { printJson } from '../context.js';
import type { Io } from '../io.js';
import { collect, examples } from './shared.js';

const optionsSchema = z.object({
  received: z.string().optional(),
  sent: z.string().optional(),
  channel: z.string().optional(),
  regime: z.enum(['auto', 'woo', 'wob']).default('auto'),
  adjourned: z.string().optional(),
  weeks: z.coerce.number().int().positive().max(52).optional(),
  suspended: z.array(z.string()).default([]),
  decided: z.string().optional(),
  noticeOfDefault: z.string().optional(),
  objectionLodged: z.string().optional(),
  committee: z.boolean().default(false),
  objectionDecided: z.string().optional(),
  json: z.boolean().default(false),
});

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
    .option('--suspended <van:tot>', 'opschorting (mag vaker), bijvoorbeeld 2026-11-10:2026-11-24', collect)
    .option('--decided <datum>', 'datum van het besluit')
    .option('--notice-of-default <datum>', 'datum van de ingebrekestelling')
    .option('--objection-lodged <datum>', 'datum waarop bezwaar is gemaakt')
    .option('--committee', 'bezwaar wordt behandeld door een adviescommissie (art. 7:13 Awb)')
    .option('--objection-decided <datum>', 'datum van de beslissing op bezwaar')
    .option('--json', 'uitvoer als JSON')
    .action(async (raw) => {
      const { json, ...options } = optionsSchema.parse(raw);
      const { runDeadline } = await import('../../app/deadline.js');
      const report = runDeadline(options, today(io.env));
      if (json) printJson(io, report);
      else {
        const { formatDeadlineReport } = await import('../../app/deadline-format.js');
        io.stdout(`${formatDeadlineReport(report)}\n`);
      }
    });
  examples(cmd, [
    'woo deadline --received 2026-11-02',
    'woo deadline --received 2026-04-16 --adjourned 2026-05-11 --weeks 2',
    'woo deadline --received 2026-11-02 --suspended 2026-11-10:2026-11-24 --json',
    'woo deadline --received 2026-09-01 --decided 2026-10-20 --objection-lodged 2026-11-20 --committee',
    'woo deadline --sent 2026-11-06 --channel post',
  ]);
}
