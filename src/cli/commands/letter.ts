import type { Command } from 'commander';
import { z } from 'zod';
import { LETTER_KINDS } from '../../core/letters/model.js';
import { appContext } from '../context.js';
import type { Io } from '../io.js';
import { examples } from './shared.js';

const optionsSchema = z.object({
  format: z.enum(['md', 'txt', 'pdf']).default('md'),
  output: z.string().optional(),
  force: z.boolean().default(false),
});

export function registerLetter(program: Command, io: Io): void {
  const cmd = program
    .command('letter <id> [soort]')
    .description(`een brief maken: ${LETTER_KINDS.join(' | ')} (standaard: request)`)
    .option('--format <formaat>', 'md, txt of pdf (standaard md)')
    .option('-o, --output <bestand>', 'naar dit bestand schrijven (pdf zonder --output: <id>-<soort>.pdf)')
    .option('--force', 'ook maken als de brief nu te vroeg zou zijn (met waarschuwing)')
    .action(async (id: string, kind: string | undefined, raw) => {
      const o = optionsSchema.parse(raw);
      const letterKind = z.enum(LETTER_KINDS).parse(kind ?? 'request');
      const { runLetter } = await import('../../app/letter.js');
      const result = await runLetter({ id, kind: letterKind, format: o.format, output: o.output, cwd: io.cwd }, await appContext(io));
      if (result.text !== undefined) io.stdout(result.text);
      else io.stderr(`Brief geschreven: ${result.file}\n`);
    });
  examples(cmd, [
    'woo letter 2026-001-politie-cas                       (Markdown op het scherm)',
    'woo letter 2026-001-politie-cas --format pdf          (schrijft 2026-001-politie-cas-verzoek.pdf)',
    'woo letter 2026-001-politie-cas --format txt --output verzoek.txt',
  ]);
}
