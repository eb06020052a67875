import type { Command } from 'commander';
import { z } from 'zod';
import { appContext } from '../context.js';
import type { Io } from '../io.js';
import { examples } from './shared.js';

const optionsSchema = z.object({ here: z.boolean().default(false) });

export function registerInit(program: Command, io: Io): void {
  const cmd = program
    .command('init')
    .description('werkmap aanmaken voor uw verzoeken')
    .option('--here', 'maak .woo/ in de huidige map (bijvoorbeeld om verzoeken in git te bewaren)')
    .action(async (raw) => {
      const options = optionsSchema.parse(raw);
      const { runInit } = await import('../../app/init.js');
      const result = await runInit({ ...options, cwd: io.cwd }, await appContext(io));
      io.stdout(`${result.created ? 'Werkmap aangemaakt' : 'Werkmap bestaat al'}: ${result.root}\n`);
    });
  examples(cmd, ['woo init', 'woo init --here']);
}
