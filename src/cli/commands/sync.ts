import { realpathSync } from 'node:fs';
import type { Command } from 'commander';
import { appContext, printJson } from '../context.js';
import type { Io } from '../io.js';
import { examples, lazySchema } from './shared.js';

const optionsSchema = lazySchema((z) => z.object({ setup: z.boolean().default(false), json: z.boolean().default(false) }));

/** How git starts `woo merge-file`: this node and this launcher, quoted for git's shell. */
export function driverCommand(io: Io): string {
  const launcher = io.env.WOO_LAUNCHER ?? realpathSync(process.argv[1] ?? 'woo');
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  return `${quote(process.execPath)} ${quote(launcher)}`;
}

export function registerSync(program: Command, io: Io): void {
  const cmd = program
    .command('sync')
    .description('een gedeelde werkmap bijwerken via git: vastleggen, ophalen, samenvoegen, versturen')
    .option('--setup', 'de werkmap onder git zetten en het samenvoegprogramma van woo aanmelden')
    .option('--json', 'uitvoer als JSON')
    .action(async (raw) => {
      const o = await optionsSchema.parse(raw);
      const { runSync } = await import('../../app/sync.js');
      const result = await runSync({ setup: o.setup, driverCommand: driverCommand(io) }, await appContext(io));
      if (o.json) return printJson(io, result);
      for (const n of result.notes) io.stderr(`Let op: ${n}\n`);
      const lines = [
        result.committed.length ? `Vastgelegd:\n${result.committed.map((l) => `  ${l}`).join('\n')}` : 'Geen eigen wijzigingen om vast te leggen.',
        result.incoming.length ? `Binnengekomen:\n${result.incoming.map((l) => `  ${l}`).join('\n')}` : '',
        result.pushed ? 'Verstuurd naar de gedeelde opslagplaats.' : '',
      ].filter(Boolean);
      io.stdout(`${lines.join('\n')}\n`);
    });
  examples(cmd, ['woo sync --setup                 (eenmalig per werkmap en per machine)', 'woo sync                         (vastleggen, ophalen, samenvoegen, versturen)', 'git remote add origin git@server:redactie/woo.git   (de gedeelde opslagplaats)']);
}
