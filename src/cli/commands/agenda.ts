import type { Command } from 'commander';
import { z } from 'zod';
import { appContext, printJson } from '../context.js';
import type { Io } from '../io.js';
import { examples } from './shared.js';

const optionsSchema = z.object({
  days: z.coerce
    .number({ error: '--days moet een getal zijn, bijvoorbeeld --days 30' })
    .int({ error: '--days moet een geheel aantal dagen zijn, bijvoorbeeld --days 30' })
    .min(0, { error: '--days is het aantal dagen vooruit en kan niet negatief zijn; gebruik bijvoorbeeld --days 30 (0 is alleen vandaag)' })
    .max(3660, { error: '--days kan hoogstens 3660 zijn (tien jaar vooruit)' })
    .default(30),
  ics: z.string().optional(),
  force: z.boolean().default(false),
  all: z.boolean().default(false),
  json: z.boolean().default(false),
});

export function registerAgenda(program: Command, io: Io): void {
  const cmd = program
    .command('agenda')
    .description('komende termijnen van alle verzoeken; ook als agendabestand (ICS)')
    .option('--days <n>', 'hoeveel dagen vooruit (standaard 30)')
    .option('--ics <bestand>', 'schrijf de termijnen als agendabestand (.ics) voor uw agenda')
    .option('--force', 'een bestaand agendabestand overschrijven')
    .option('--all', 'ook gearchiveerde verzoeken')
    .option('--json', 'uitvoer als JSON')
    .action(async (raw) => {
      const o = optionsSchema.parse(raw);
      const { runAgenda, formatAgenda } = await import('../../app/agenda.js');
      const result = await runAgenda({ days: o.days, ics: o.ics, force: o.force, cwd: io.cwd, all: o.all }, await appContext(io, { prompts: Boolean(o.ics) }));
      for (const p of result.problems) io.stderr(`Let op: ${p}\n`);
      if (o.json) printJson(io, result);
      else io.stdout(`${formatAgenda(result)}\n`);
      if (result.icsFile) io.stderr(`Agendabestand geschreven: ${result.icsFile}\n`);
    });
  examples(cmd, ['woo agenda', 'woo agenda --days 90', 'woo agenda --days 365 --ics woo-termijnen.ics', 'woo agenda --json']);
}
