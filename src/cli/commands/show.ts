import type { Command } from 'commander';
import { appContext, printJson } from '../context.js';
import type { Io } from '../io.js';
import { widthOf } from '../screen-io.js';
import { examples, lazySchema } from './shared.js';

const optionsSchema = lazySchema((z) => z.object({ json: z.boolean().default(false), letter: z.boolean().default(false) }));

export function registerShow(program: Command, io: Io): void {
  const cmd = program
    .command('show <id>')
    .description('één verzoek: punten, antwoorden, tijdlijn, termijnen en brief')
    .option('--letter', 'ook de tekst van de brief tonen')
    .option('--json', 'uitvoer als JSON (met de termijnen)')
    .action(async (id: string, raw) => {
      const o = await optionsSchema.parse(raw);
      const { runShow, formatShow, showJson } = await import('../../app/show.js');
      const result = await runShow(id, await appContext(io));
      if (o.json) printJson(io, showJson(result));
      else io.stdout(`${formatShow(result, widthOf(io))}\n${o.letter ? `\nBrief:\n\n${result.letter}` : `\nBrief: woo show ${id} --letter\nAls pdf: woo letter ${id} --format pdf\n`}`);
    });
  examples(cmd, ['woo show 2026-001-politie-cas', 'woo show 2026-001-politie-cas --letter', 'woo show 2026-001-politie-cas --json']);
}
