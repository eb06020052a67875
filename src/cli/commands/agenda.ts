import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { appContext, printJson } from '../context.js';
import type { Io } from '../io.js';
import { widthOf } from '../screen-io.js';
import { examples, lazySchema } from './shared.js';

// Every bad --days gets the allowed range: 0 (today only) up to ten years ahead.
const DAYS_RANGE = '--days is het aantal dagen vooruit: een geheel getal van 0 (alleen vandaag) tot en met 3660 (tien jaar), bijvoorbeeld --days 30';

const optionsSchema = lazySchema((z) =>
  z.object({
    days: z.coerce
      .number({ error: DAYS_RANGE })
      .int({ error: DAYS_RANGE })
      .min(0, { error: DAYS_RANGE })
      .max(3660, { error: DAYS_RANGE })
      .default(30),
    ics: z.string().optional(),
    force: z.boolean().default(false),
    remind: z
      .string()
      .transform((value, ctx) => {
        if (/^(geen|none)$/i.test(value.trim())) return [];
        const days = value.split(',').map((d) => d.trim());
        if (days.some((d) => !/^\d{1,3}$/.test(d) || Number(d) > 365)) {
          ctx.addIssue({ code: 'custom', message: `--remind ${value} is geen lijst van dagen: geef hele dagen vooraf tussen 0 en 365, gescheiden door komma's, bijvoorbeeld --remind 7,2 (of --remind geen)` });
          return z.NEVER;
        }
        return [...new Set(days.map(Number))].sort((a, b) => b - a);
      })
      .optional(),
    all: z.boolean().default(false),
    json: z.boolean().default(false),
  }),
);

export function registerAgenda(program: Command, io: Io): void {
  const cmd = program
    .command('agenda')
    .description('komende termijnen van alle verzoeken; ook als agendabestand (ICS)')
    .option('--days <n>', 'hoeveel dagen vooruit (standaard 30)')
    .option('--ics <bestand>', 'schrijf de termijnen als agendabestand (.ics) voor uw agenda')
    .option('--force', 'een bestaand agendabestand overschrijven')
    .option('--remind <dagen>', 'herinneringen in het agendabestand, in dagen vooraf om 9.00 uur (standaard 7,1; geen: zonder)')
    .option('--all', 'ook gearchiveerde verzoeken')
    .option('--json', 'uitvoer als JSON')
    .action(async (raw) => {
      const o = await optionsSchema.parse(raw);
      if (o.remind && !o.ics) throw new UsageError('--remind geldt voor het agendabestand: geef ook --ics BESTAND, bijvoorbeeld woo agenda --ics woo.ics --remind 7,2.');
      const { runAgenda, formatAgenda } = await import('../../app/agenda.js');
      const result = await runAgenda({ days: o.days, ics: o.ics, remind: o.remind, force: o.force, cwd: io.cwd, all: o.all }, await appContext(io, { prompts: Boolean(o.ics) }));
      for (const p of result.problems) io.stderr(`Let op: ${p}\n`);
      if (o.json) printJson(io, result);
      else io.stdout(`${formatAgenda(result, widthOf(io))}\n`);
      if (result.icsFile) io.stderr(`Agendabestand geschreven: ${result.icsFile}\n`);
    });
  examples(cmd, ['woo agenda', 'woo agenda --days 90', 'woo agenda --days 365 --ics woo-termijnen.ics', 'woo agenda --ics woo-termijnen.ics --remind 14,7,2', 'woo agenda --json']);
}
