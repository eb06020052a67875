import type { Command } from 'commander';
import { appContext, printJson } from '../context.js';
import type { Io } from '../io.js';
import { examples, lazySchema } from './shared.js';

const optionsSchema = lazySchema((z) => z.object({ json: z.boolean().default(false), none: z.boolean().default(false) }));

export function registerAssign(program: Command, io: Io): void {
  const cmd = program
    .command('assign <id> [naam]')
    .description('een verzoek toewijzen aan een collega (behandelaar)')
    .option('--none', 'de toewijzing weghalen')
    .option('--json', 'uitvoer als JSON')
    .action(async (id: string, name: string | undefined, raw) => {
      const o = await optionsSchema.parse(raw);
      const { runAssign } = await import('../../app/assign.js');
      const request = await runAssign({ id, name, none: o.none }, await appContext(io));
      if (o.json) return printJson(io, { id: request.id, assignee: request.assignee ?? null });
      io.stdout(request.assignee ? `${request.id} is toegewezen aan ${request.assignee}.\n` : `${request.id} is aan niemand toegewezen.\n`);
    });
  examples(cmd, ['woo assign 2026-001-politie-cas "An de Vries"', 'woo assign 2026-001-politie-cas --none', 'woo list --mine']);
}
