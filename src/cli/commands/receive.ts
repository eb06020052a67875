import type { Command } from 'commander';
import { appContext, printJson } from '../context.js';
import type { Io } from '../io.js';
import { examples, lazySchema } from './shared.js';

const optionsSchema = lazySchema((z) => z.object({ yes: z.boolean().default(false), dryRun: z.boolean().default(false), json: z.boolean().default(false) }));

export function registerReceive(program: Command, io: Io): void {
  const cmd = program
    .command('receive <id> <bestand>')
    .description('een brief van het bestuursorgaan inlezen (ontvangstbevestiging, verdaging, precisering, zienswijze, uitstel, doorzending, besluit): gebeurtenissen voorstellen en de brief bewaren')
    .option('--dry-run', 'alleen tonen, niets opslaan')
    .option('-y, --yes', 'alle voorgestelde gebeurtenissen vastleggen zonder te vragen')
    .option('--json', 'uitvoer als JSON')
    .action(async (id: string, file: string, raw) => {
      const o = await optionsSchema.parse(raw);
      const { runReceive, describeReceive } = await import('../../app/receive.js');
      const result = await runReceive({ id, file, cwd: io.cwd, yes: o.yes, dryRun: o.dryRun }, await appContext(io, { prompts: true }));
      if (result.respond) {
        io.stderr('Dit is een besluit: het wordt ingelezen zoals met woo respond --from.\n');
        const { printRespondResult } = await import('./respond.js');
        await printRespondResult(io, result.respond, o);
        if (result.attached) io.stderr('De brief is bewaard bij het verzoek (woo show).\n');
        return;
      }
      for (const w of result.warnings) io.stderr(`Let op: ${w}\n`);
      if (o.json) {
        printJson(io, { kinds: result.reading.kinds, letterDate: result.reading.letterDate ?? null, reference: result.reading.reference ?? null, contact: result.reading.contact ?? null, forwardedTo: result.reading.forwardedTo ?? null, proposed: result.proposed, logged: result.logged, decisionDeadline: result.decisionDeadline, attached: result.attached });
        return;
      }
      io.stdout(`${describeReceive(result)}\n`);
      if (o.dryRun) io.stdout('(--dry-run: niets opgeslagen)\n');
      else io.stdout(`${result.logged.length} gebeurtenis(sen) vastgelegd${result.attached ? '; de brief is bewaard bij het verzoek' : ''}. Bekijk het verzoek met woo show ${id}.\n`);
    });
  examples(cmd, [
    'woo receive 2026-001-politie-cas ontvangstbevestiging.pdf --dry-run',
    'woo receive 2026-001-politie-cas verdaging.eml                 (bevestigen per gebeurtenis)',
    'woo receive 2026-001-politie-cas besluit.pdf --yes              (een besluit gaat door naar woo respond --from)',
  ]);
}
