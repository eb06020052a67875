import type { Command } from 'commander';
import { appContext, printJson } from '../context.js';
import type { Io } from '../io.js';
import { examples, lazySchema } from './shared.js';

const optionsSchema = lazySchema((z) => z.object({ output: z.string().optional(), force: z.boolean().default(false), json: z.boolean().default(false) }));

export function registerExport(program: Command, io: Io): void {
  const cmd = program
    .command('export <id>')
    .description('het hele dossier als één ZIP: het verzoek, de brieven zoals verzonden, de bewijsstukken en een samenvatting met tijdlijn en SHA-256')
    .option('-o, --output <bestand>', 'naar dit bestand (standaard <id>-dossier.zip)')
    .option('--force', 'een bestaand bestand overschrijven')
    .option('--json', 'uitvoer als JSON')
    .action(async (id: string, raw) => {
      const o = await optionsSchema.parse(raw);
      const { runExport } = await import('../../app/export.js');
      const result = await runExport({ id, output: o.output, force: o.force, cwd: io.cwd }, await appContext(io, { prompts: true }));
      if (o.json) printJson(io, result);
      else io.stdout(`Dossier geschreven: ${result.file}\n${result.entries.map((e) => `  ${e.name}`).join('\n')}\n`);
    });
  examples(cmd, ['woo export 2026-001-politie-cas', 'woo export 2026-001-politie-cas --output dossier-cas.zip']);
}
