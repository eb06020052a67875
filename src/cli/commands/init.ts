import type { Command } from 'commander';
import { appContext } from '../context.js';
import type { Io } from '../io.js';
import { examples, lazySchema } from './shared.js';
import { driverCommand } from './sync.js';

const optionsSchema = lazySchema((z) => z.object({ here: z.boolean().default(false), git: z.boolean().default(false) }));

export function registerInit(program: Command, io: Io): void {
  const cmd = program
    .command('init')
    .description('werkmap aanmaken voor uw verzoeken')
    .option('--here', 'maak .woo/ in de huidige map (bijvoorbeeld om verzoeken in git te bewaren)')
    .option('--git', 'de werkmap meteen onder git zetten om met collega\'s te delen (zoals woo sync --setup)')
    .action(async (raw) => {
      const options = await optionsSchema.parse(raw);
      const { runInit } = await import('../../app/init.js');
      const ctx = await appContext(io);
      const result = await runInit({ ...options, cwd: io.cwd }, ctx);
      io.stdout(`${result.created ? 'Werkmap aangemaakt' : 'Werkmap bestaat al'}: ${result.root}\n`);
      if (options.git) {
        const { runSync } = await import('../../app/sync.js');
        const synced = await runSync({ setup: true, driverCommand: driverCommand(io) }, { ...ctx, workspace: result.workspace });
        for (const n of synced.notes) io.stderr(`Let op: ${n}\n`);
        io.stdout('Gedeeld via git: voeg de gedeelde opslagplaats toe met git remote add origin <url> en werk bij met woo sync.\n');
      }
    });
  examples(cmd, ['woo init', 'woo init --here', 'woo init --here --git   (gedeelde werkmap voor een redactie)']);
}
