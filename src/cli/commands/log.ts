import type { Command } from 'commander';
import { formatDateShort } from '../../core/dates.js';
import { UsageError } from '../../core/errors.js';
import { EVENT_ID_INPUT } from '../../core/event-id.js';
import { EVENT_LABELS } from '../../core/schema/event-types.js';
import { appContext, printJson } from '../context.js';
import type { Io } from '../io.js';
import { examples, lazySchema } from './shared.js';

const optionsSchema = lazySchema((z) =>
  z.object({
    weeks: z.coerce.number().int().positive().max(52).optional(),
    until: z.string().optional(),
    points: z.string().optional(),
    channel: z.string().optional(),
    note: z.string().max(4000).optional(),
    reference: z.string().max(200).optional(),
    decision: z.string().regex(EVENT_ID_INPUT, { error: '--decision verwacht het id van een besluit, zoals e4 (zie woo show)' }).optional(),
    committee: z.boolean().optional(),
    remove: z.string().regex(EVENT_ID_INPUT, { error: '--remove verwacht het id van een gebeurtenis, zoals e3 (zie woo show)' }).optional(),
    batch: z.string().optional(),
    json: z.boolean().default(false),
  }),
);

type LogFlags = Awaited<ReturnType<typeof optionsSchema.parse>>;

/** woo log --batch REEKS GEBEURTENIS [DATUM]: the first argument is the event, there is no request id. */
async function logBatch(io: Io, batch: string, event: string, date: string | undefined, extra: string | undefined, o: LogFlags): Promise<void> {
  if (extra !== undefined || o.remove !== undefined || o.reference !== undefined) {
    throw new UsageError('Met --batch geeft u geen verzoek-id, geen --remove en geen --reference op: alleen de gebeurtenis en de datum.', `Bijvoorbeeld: woo log --batch ${batch} sent 2026-11-02 --channel email`);
  }
  const { runLogBatch } = await import('../../app/log.js');
  const { batch: _b, json, remove: _r, ...flags } = o;
  const result = await runLogBatch({ batch, event, date, ...flags }, await appContext(io));
  if (json) {
    printJson(io, { batch, logged: result.logged.map((l) => ({ id: l.request.id, event: l.event, warnings: l.warnings, status: l.summary.status })) });
    return;
  }
  for (const l of result.logged) for (const w of l.warnings) io.stderr(`Let op: ${l.request.id}: ${w}\n`);
  const first = result.logged[0].event;
  const idW = Math.max(...result.logged.map((l) => l.request.id.length));
  io.stdout(
    `Vastgelegd bij ${result.logged.length} verzoeken van reeks ${batch}: ${EVENT_LABELS[first.type]} op ${formatDateShort(first.date)}\n` +
      result.logged.map((l) => `  ${l.request.id.padEnd(idW)}  ${l.summary.statusLabel} [${l.event.id}]`).join('\n') +
      '\n',
  );
}

export function registerLog(program: Command, io: Io): void {
  const cmd = program
    .command('log <id> [gebeurtenis] [datum]')
    .description('een gebeurtenis vastleggen (verzonden, ontvangen, verdaagd, besluit, …); datum standaard vandaag')
    .option('--weeks <n>', 'verdaging: aantal weken dat is aangekondigd; uitspraak (judgment): de termijn die de rechter stelde')
    .option('--until <datum>', 'uitstel (postponed, objection-postponed): laatste dag van het uitstel')
    .option('--points <lijst>', 'deelbesluit: de punten waarover is beslist; forwarded: de doorgezonden punten (bijvoorbeeld 1-5,16)')
    .option('--channel <kanaal>', 'verzonden: email, webform, post of hand (bepaalt de aangenomen ontvangstdatum)')
    .option('--decision <eN>', 'bezwaarfase: het (deel)besluit waar het bezwaar, de ingebrekestelling of het beroep over gaat (id uit woo show)')
    .option('--committee', 'bij objection-lodged: een adviescommissie (art. 7:13 Awb) adviseert over het bezwaar')
    .option('--note <tekst>', 'een notitie bij de gebeurtenis')
    .option('--reference <kenmerk>', 'het kenmerk van het bestuursorgaan (bijvoorbeeld uit de ontvangstbevestiging)')
    .option('--batch <reeks>', 'dezelfde gebeurtenis bij elk verzoek van een reeks, alles of niets (dan geen verzoek-id: woo log --batch REEKS GEBEURTENIS DATUM)')
    .option('--remove <eN>', 'een per vergissing vastgelegde gebeurtenis weer verwijderen (id uit woo show)')
    .option('--json', 'uitvoer als JSON')
    .action(async (id: string, event: string | undefined, date: string | undefined, raw) => {
      const o = await optionsSchema.parse(raw);
      if (o.batch !== undefined) return logBatch(io, o.batch, id, event, date, o);
      if (o.remove !== undefined) {
        if (event !== undefined) throw new UsageError('Geef bij --remove geen gebeurtenis of datum op.');
        const { runUnlog } = await import('../../app/unlog.js');
        const result = await runUnlog({ id, eventId: o.remove }, await appContext(io));
        if (o.json) printJson(io, { removed: result.removed, droppedOutcomes: result.droppedOutcomes, status: result.summary.status, deadlines: result.summary.deadlines });
        else {
          if (result.droppedOutcomes.length) io.stderr(`Let op: ${result.droppedOutcomes.length} vastgelegde uitkomst(en) van dit besluit zijn ook verwijderd.\n`);
          io.stdout(`Verwijderd bij ${id}: ${EVENT_LABELS[result.removed.type]} op ${formatDateShort(result.removed.date)} [${result.removed.id}]\nStatus: ${result.summary.statusLabel}\n`);
        }
        return;
      }
      if (event === undefined) throw new UsageError('Geef de gebeurtenis op, bijvoorbeeld: woo log <id> received 2026-11-02.', 'Of verwijder er een met --remove eN.');
      const { runLog } = await import('../../app/log.js');
      const result = await runLog({ id, event, date, ...o }, await appContext(io));
      if (o.json) {
        printJson(io, { event: result.event, warnings: result.warnings, status: result.summary.status, deadlines: result.summary.deadlines });
        return;
      }
      for (const w of result.warnings) io.stderr(`Let op: ${w}\n`);
      const next = result.summary.next;
      const { DEADLINE_NAMES } = await import('../../app/deadline-format.js');
      io.stdout(
        `Vastgelegd bij ${result.request.id}: ${EVENT_LABELS[result.event.type]} op ${formatDateShort(result.event.date)} [${result.event.id}]\n` +
          `Status: ${result.summary.statusLabel}\n` +
          (next ? `Volgende termijn: ${DEADLINE_NAMES[next.kind]} ${formatDateShort(next.date)} (${next.basis})\n` : ''),
      );
    });
  examples(cmd, [
    'woo log 2026-001-politie-cas sent 2026-11-02 --channel email',
    'woo log 2026-001-politie-cas received 2026-11-02 --reference "WOO-2026-1234"',
    'woo log 2026-001-politie-cas adjourned 2026-11-25 --weeks 2',
    'woo log 2026-001-politie-cas third-party-consulted 2026-11-20',
    'woo log 2026-001-politie-cas postponed 2026-12-01 --until 2027-01-15',
    'woo log 2026-001-politie-cas decided 2026-12-10 --points 1-5     (deelbesluit)',
    'woo log 2026-001-politie-cas forwarded 2026-11-12 --points 4 --note "naar de minister van JenV"   (art. 4.2 Woo)',
    'woo log 2026-001-politie-cas notice-of-default 2026-12-15',
    'woo log 2026-001-politie-cas objection-lodged 2027-01-04 --decision e5 --committee   (de dag van ontvangst; per post de dag van posten, art. 6:9 Awb)',
    'woo log 2026-001-politie-cas objection-grounds-requested 2027-01-20   (gronden pro-forma bezwaar gevraagd)',
    'woo log 2026-001-politie-cas objection-grounds-supplied 2027-02-17',
    'woo log 2026-001-politie-cas judgment 2027-06-01 --weeks 6             (uitspraak: beslis binnen 6 weken)',
    'woo log 2026-001-politie-cas --remove e4                  (vergissing terugdraaien)',
    'woo log --batch 2026-b01-fraudescore sent 2026-11-02 --channel email   (de hele reeks)',
    '',
    'Gebeurtenissen: sent, received, acknowledged, clarification-requested, clarified,',
    'third-party-consulted, third-party-done, postponed, adjourned, forwarded, decided,',
    'notice-of-default, appeal-lodged, judgment, objection-lodged, objection-committee,',
    'objection-adjourned, objection-postponed, objection-grounds-requested,',
    'objection-grounds-supplied, objection-decided, withdrawn',
    '(Nederlandse woorden zoals "verzonden", "besluit" of "uitspraak" mogen ook).',
    'Na een besluit gaan ingebrekestelling en beroep over het openstaande bezwaar; --decision eN kiest het besluit.',
  ]);
}
