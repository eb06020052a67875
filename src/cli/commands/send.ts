import type { Command } from 'commander';
import { appContext, printJson } from '../context.js';
import type { Io } from '../io.js';
import { collect, examples, lazySchema, parseLetterKind } from './shared.js';

const optionsSchema = lazySchema((z) =>
  z.object({
    channel: z.string().optional(),
    mailto: z.boolean().default(false),
    output: z.string().optional(),
    sent: z.string().optional(),
    barcode: z.string().max(100).optional(),
    confirmation: z.string().max(200).optional(),
    force: z.boolean().default(false),
    ground: z.array(z.string()).default([]),
    json: z.boolean().default(false),
  }),
);

export function registerSend(program: Command, io: Io): void {
  const cmd = program
    .command('send <id> [soort]')
    .description('een brief klaarmaken voor het beste kanaal van het bestuursorgaan (e-mail, webformulier, post), bewaren zoals verzonden en de verzending vastleggen')
    .option('--channel <kanaal>', 'email, webform, post of hand in plaats van het beste kanaal')
    .option('--mailto', 'e-mail: een mailto-link in plaats van een .eml-bestand (zonder bijlage)')
    .option('-o, --output <map>', 'de bestanden in deze map zetten (standaard de huidige map)')
    .option('--sent <datum>', 'het is verzonden op deze dag: vastleggen (zonder terminal)')
    .option('--barcode <code>', 'aangetekend: de barcode op het verzendbewijs')
    .option('--confirmation <nummer>', 'webformulier: het bevestigings- of zaaknummer')
    .option('--ground <punt=tekst>', 'bezwaar: eigen grond bij een punt, of "algemeen=…"; mag vaker', collect, [])
    .option('--force', 'bestaande bestanden overschrijven; ook als de brief al verzonden, te vroeg of te laat is')
    .option('--json', 'uitvoer als JSON')
    .action(async (id: string, kind: string | undefined, raw) => {
      const o = await optionsSchema.parse(raw);
      const letterKind = await parseLetterKind(kind);
      const { runSend } = await import('../../app/send.js');
      const result = await runSend({ id, kind: letterKind, ...o, grounds: o.ground, cwd: io.cwd, now: new Date() }, await appContext(io, { prompts: !o.json && o.sent === undefined }));
      for (const w of [...result.warnings, ...(result.recorded?.warnings ?? [])]) io.stderr(`Let op: ${w}\n`);
      if (o.json) {
        printJson(io, { channel: result.channel, dispatch: result.dispatch, written: result.written, mailto: result.mailto, form: result.form, envelope: result.envelope, event: result.recorded?.event });
        return;
      }
      const { formatSend } = await import('../../app/send-format.js');
      io.stdout(formatSend(result, letterKind));
    });
  examples(cmd, [
    'woo send 2026-001-politie-cas                      (het verzoek: .eml, webformulier of post)',
    'woo send 2026-001-politie-cas --mailto             (een mailto-link)',
    'woo send 2026-001-politie-cas --sent 2026-11-24    (verzonden: vastleggen)',
    'woo send 2026-001-politie-cas --channel post --sent 2026-11-24 --barcode 3SABCD123456789',
    'woo send 2026-001-politie-cas notice-of-default',
    'woo send 2026-001-politie-cas reminder            (om een ontvangstbevestiging vragen)',
  ]);
}
