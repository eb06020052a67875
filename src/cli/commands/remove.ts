import type { Command } from 'commander';
import { appContext } from '../context.js';
import type { Io } from '../io.js';
import { examples, lazySchema } from './shared.js';

export function registerRemove(program: Command, io: Io): void {
  const rm = program
    .command('rm <id>')
    .description('een verzoek definitief verwijderen (vraagt eerst om bevestiging)')
    .option('-y, --yes', 'niet om bevestiging vragen (nodig zonder terminal)')
    .action(async (id: string, raw) => {
      const o = await lazySchema((z) => z.object({ yes: z.boolean().default(false) })).parse(raw);
      const { runRemove } = await import('../../app/remove.js');
      const removed = await runRemove({ id, yes: o.yes }, await appContext(io, { prompts: true }));
      io.stdout(`Verwijderd: ${removed.id} (${removed.title} — ${removed.body.name})\n`);
    });
  examples(rm, ['woo rm 2026-001-politie-cas', 'woo rm 2026-001-politie-cas --yes']);

  for (const [name, archive] of [['archive', true], ['unarchive', false]] as const) {
    const cmd = program
      .command(`${name} <id>`)
      .description(archive ? 'een verzoek archiveren: het verdwijnt uit woo list en woo agenda (behalve met --all)' : 'een gearchiveerd verzoek terugzetten')
      .action(async (id: string) => {
        const { runArchive } = await import('../../app/remove.js');
        const request = await runArchive({ id, archive }, await appContext(io));
        io.stdout(archive ? `Gearchiveerd: ${request.id}. Terugzetten: woo unarchive ${request.id}; zien: woo list --all\n` : `Teruggezet: ${request.id}\n`);
      });
    examples(cmd, [`woo ${name} 2026-001-politie-cas`]);
  }
}
