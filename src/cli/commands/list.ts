import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { appContext, printJson } from '../context.js';
import type { Io } from '../io.js';
import { widthOf } from '../screen-io.js';
import { examples, lazySchema } from './shared.js';

const optionsSchema = lazySchema((z) =>
  z.object({
    open: z.boolean().default(false),
    overdue: z.boolean().default(false),
    all: z.boolean().default(false),
    batch: z.string().optional(),
    mine: z.boolean().default(false),
    byAssignee: z.boolean().default(false),
    json: z.boolean().default(false),
  }),
);

export function registerList(program: Command, io: Io): void {
  const cmd = program
    .command('list')
    .description('alle verzoeken met status en volgende termijn')
    .option('--open', 'alleen verzoeken waarop nog een besluit moet komen')
    .option('--overdue', 'alleen verzoeken waarvan de beslistermijn is verstreken')
    .option('--all', 'alle verzoeken, ook de gearchiveerde')
    .option('--batch <id>', 'alleen de verzoeken van één reeks')
    .option('--mine', 'alleen de verzoeken die aan u zijn toegewezen (woo assign)')
    .option('--by-assignee', 'gegroepeerd per behandelaar')
    .option('--json', 'uitvoer als JSON')
    .action(async (raw) => {
      const o = await optionsSchema.parse(raw);
      if ([o.open, o.overdue, o.all].filter(Boolean).length > 1) throw new UsageError('Kies één van --open, --overdue en --all.');
      const { runList, formatList, formatByAssignee } = await import('../../app/list.js');
      const result = await runList({ filter: o.open ? 'open' : o.overdue ? 'overdue' : o.all ? 'all' : 'current', batch: o.batch, mine: o.mine }, await appContext(io));
      for (const p of result.problems) io.stderr(`Let op: ${p.message}\n`);
      if (o.json) printJson(io, result.rows);
      else io.stdout(`${(o.byAssignee ? formatByAssignee : formatList)(result.rows, widthOf(io))}\n`);
    });
  examples(cmd, ['woo list', 'woo list --open', 'woo list --overdue --json', 'woo list --mine', 'woo list --by-assignee']);
}
