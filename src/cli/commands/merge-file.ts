import type { Command } from 'commander';
import type { Io } from '../io.js';
import { examples } from './shared.js';

/** Called by git (merge driver), not by people: see `woo sync --setup`. */
export function registerMergeFile(program: Command, io: Io): void {
  const cmd = program
    .command('merge-file <basis> <ons> <hun> [pad]', { hidden: true })
    .description('voegt twee versies van een verzoekbestand samen (wordt door git aangeroepen)')
    .action(async (base: string, ours: string, theirs: string, path: string | undefined) => {
      const { runMergeFile } = await import('../../app/merge-file.js');
      const result = await runMergeFile({ base, ours, theirs, ...(path ? { path } : {}) });
      for (const m of result.messages) io.stderr(`woo: ${m}\n`);
    });
  examples(cmd, ['git config merge.woo.driver "woo merge-file %O %A %B %P"   (dit doet woo sync --setup)']);
}
