import type { Command } from 'commander';
import { formatDateShort } from '../../core/dates.js';
import { ATTACHMENT_KINDS, ATTACHMENT_LABELS } from '../../core/schema/attachment-kinds.js';
import { appContext, printJson } from '../context.js';
import type { Io } from '../io.js';
import { examples, lazySchema } from './shared.js';

const optionsSchema = lazySchema((z) => z.object({ as: z.string().optional(), json: z.boolean().default(false) }));

export function registerAttach(program: Command, io: Io): void {
  const cmd = program
    .command('attach <id> <bestand>')
    .description('bewijs van ontvangst bij een verzoek bewaren (met SHA-256): ontvangstbevestiging, bewijs van aflevering, bevestiging van het webformulier')
    .option('--as <soort>', `wat het is: ${ATTACHMENT_KINDS.join(', ')}`)
    .option('--json', 'uitvoer als JSON')
    .action(async (id: string, file: string, raw) => {
      const o = await optionsSchema.parse(raw);
      const { runAttach } = await import('../../app/attach.js');
      const result = await runAttach({ id, file, as: o.as, cwd: io.cwd }, await appContext(io));
      const a = result.attachment;
      if (o.json) printJson(io, { attachment: a, duplicate: result.duplicate });
      else if (result.duplicate) io.stdout(`Dit bestand is al bewaard bij ${result.request.id} als ${ATTACHMENT_LABELS[a.kind]} (${formatDateShort(a.added)}).\n`);
      else io.stdout(`Bewaard bij ${result.request.id}: ${ATTACHMENT_LABELS[a.kind]} ${a.name}\nSHA-256: ${a.sha256}\n`);
    });
  examples(cmd, [
    'woo attach 2026-001-politie-cas ontvangstbevestiging.pdf --as acknowledgement',
    'woo attach 2026-001-politie-cas track-and-trace.png --as delivery-receipt',
    'woo attach 2026-001-politie-cas formulier-bevestiging.eml --as form-confirmation',
  ]);
}
