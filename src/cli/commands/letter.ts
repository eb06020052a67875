import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { EVENT_ID_INPUT } from '../../core/event-id.js';
import { LETTER_FORMATS, LETTER_KINDS, type LetterKind } from '../../core/letters/model.js';
import { appContext } from '../context.js';
import { writeData, type Io } from '../io.js';
import { collect, examples, lazySchema, parseLetterKind } from './shared.js';

/** Dutch names of the letter kinds, accepted as they are for events and outcomes. */
const LETTER_KIND_WORDS: Record<string, LetterKind> = {
  verzoek: 'request',
  'woo-verzoek': 'request',
  ingebrekestelling: 'notice-of-default',
  bezwaar: 'objection',
  bezwaarschrift: 'objection',
  'pro-forma': 'objection-pro-forma',
  'bezwaar-pro-forma': 'objection-pro-forma',
  beroep: 'appeal-for-lateness',
  beroepschrift: 'appeal-for-lateness',
  'beroep-niet-tijdig': 'appeal-for-lateness',
};

const optionsSchema = lazySchema((z) =>
  z.object({
    format: z.enum(LETTER_FORMATS, { error: `kies --format ${LETTER_FORMATS.join(', ')}` }).default('md'),
    output: z.string().optional(),
    force: z.boolean().default(false),
    ground: z.array(z.string()).default([]),
    batch: z.string().optional(),
    decision: z.string().regex(EVENT_ID_INPUT, { error: '--decision verwacht het id van een besluit, zoals e4 (zie woo show)' }).optional(),
    replaceUnsupported: z.boolean().default(false),
    court: z.string().trim().min(1, { error: '--court verwacht een rechtbank, zoals midden-nederland' }).optional(),
  }),
);

export function registerLetter(program: Command, io: Io): void {
  const cmd = program
    .command('letter [id] [soort]')
    .description(`een brief maken: ${LETTER_KINDS.join(' | ')} (standaard: request)`)
    .option('--format <formaat>', 'md, txt, pdf of docx (Word) (standaard md)')
    .option('-o, --output <bestand>', 'naar dit bestand (bij --batch: deze map) schrijven; pdf zonder --output: <id>-<soort>.pdf')
    .option('--ground <punt=tekst>', 'bezwaar: eigen grond bij een punt, of "algemeen=…"; mag vaker', collect)
    .option('--batch <reeks>', 'de brieven van alle verzoeken van een reeks, één bestand per bestuursorgaan')
    .option('--decision <eN>', 'bezwaar: tegen dit (deel)besluit (standaard het laatste); ingebrekestelling en beroep niet tijdig beslissen: over het bezwaar tegen dit besluit')
    .option('--court <rechtbank>', 'beroep niet tijdig beslissen: deze rechtbank (id of naam) in plaats van de bevoegde volgens art. 8:7 Awb')
    .option('--force', 'een bestaand bestand overschrijven; ook maken als de brief te vroeg of te laat is (met waarschuwing)')
    .option('--replace-unsupported', 'pdf: tekens die het lettertype niet heeft (zoals emoji) als ? afdrukken in plaats van te weigeren')
    .action(async (id: string | undefined, kind: string | undefined, raw) => {
      const o = await optionsSchema.parse(raw);
      // With --batch the first argument, if any, is the letter kind.
      const [requestId, kindWord] = o.batch !== undefined ? [undefined, id ?? kind] : [id, kind];
      if (o.batch !== undefined && kind !== undefined) throw new UsageError('Met --batch geeft u geen verzoek-id op, alleen eventueel de soort brief.');
      const letterKind = await parseLetterKind(kindWord, LETTER_KIND_WORDS);
      const { runLetter } = await import('../../app/letter.js');
      const result = await runLetter({ id: requestId, batch: o.batch, kind: letterKind, format: o.format, output: o.output, force: o.force, grounds: o.ground, cwd: io.cwd, ...(o.decision ? { decision: o.decision } : {}), ...(o.court ? { court: o.court } : {}), ...(o.replaceUnsupported ? { replaceUnsupported: '?' } : {}) }, await appContext(io, { prompts: o.output !== undefined || o.format === 'pdf' || o.format === 'docx' || o.batch !== undefined, progress: true }));
      for (const w of result.warnings) io.stderr(`Let op: ${w}\n`);
      if (result.text !== undefined) writeData(io, result.text);
      for (const f of result.files) io.stderr(`Brief geschreven: ${f}\n`);
    });
  examples(cmd, [
    'woo letter 2026-001-politie-cas                        (het verzoek als Markdown op het scherm)',
    'woo letter 2026-001-politie-cas --format pdf           (schrijft 2026-001-politie-cas-verzoek.pdf)',
    'woo letter 2026-001-politie-cas notice-of-default --format pdf',
    'woo letter 2026-001-politie-cas objection --format docx      (als Word-document, om verder te bewerken)',
    'woo letter 2026-001-politie-cas objection --format pdf --ground "3=Het systeem is pas in 2018 gestopt."',
    'woo letter 2026-001-politie-cas objection-pro-forma --format txt --output bezwaar.txt',
    'woo letter 2026-001-politie-cas objection --decision e4             (bezwaar tegen het deelbesluit e4)',
    'woo letter 2026-001-politie-cas appeal-for-lateness --format pdf  (beroep bij de rechtbank, twee weken na de ingebrekestelling)',
    'woo letter 2026-001-politie-cas appeal-for-lateness --court midden-nederland',
    'woo letter --batch 2026-b01-cas --format pdf --output brieven/',
  ]);
}
