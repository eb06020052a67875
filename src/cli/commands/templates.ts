import type { Command } from 'commander';
import { appContext, printJson } from '../context.js';
import type { Io } from '../io.js';
import { widthOf } from '../screen-io.js';
import { examples, lazySchema } from './shared.js';

const optionsSchema = lazySchema((z) => z.object({ json: z.boolean().default(false) }));

export function registerTemplates(program: Command, io: Io): void {
  const cmd = program
    .command('templates')
    .description('sjablonen voor verzoeken tonen')
    .option('--json', 'uitvoer als JSON')
    .action(async (raw) => {
      const { json } = await optionsSchema.parse(raw);
      const { runTemplateList, formatTemplateList } = await import('../../app/templates-info.js');
      const result = await runTemplateList(await appContext(io));
      for (const p of result.problems) io.stderr(`Let op: eigen sjabloon overgeslagen: ${p}\n`);
      if (json) printJson(io, result.templates);
      else io.stdout(`${formatTemplateList(result.templates, widthOf(io))}\n\nDetails: woo templates show <id>\n`);
    });
  const show = cmd
    .command('show <id>')
    .description('vragen, punten en antwoordsleutels van een sjabloon')
    .option('--json', 'uitvoer als JSON')
    // --json may land on the parent `templates` command, which has the same option.
    .action(async (id: string, _raw, command: Command) => {
      const { json } = await optionsSchema.parse(command.optsWithGlobals());
      const { runTemplateShow, formatTemplateDetail } = await import('../../app/templates-info.js');
      const detail = await runTemplateShow(id, await appContext(io));
      if (json) printJson(io, detail);
      else io.stdout(`${formatTemplateDetail(detail, widthOf(io))}\n`);
    });
  examples(show, ['woo templates show algoritme', 'woo templates show cas-2021 --json']);
  examples(cmd, ['woo templates', 'woo templates show algoritme', 'woo templates show cas-2021 --json']);
}
