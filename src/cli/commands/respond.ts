import type { Command } from 'commander';
import { appContext, printJson } from '../context.js';
import type { Io } from '../io.js';
import type { RespondResult } from '../../app/respond.js';
import { examples, lazySchema } from './shared.js';

const optionsSchema = lazySchema((z) =>
  z.object({
    points: z.string().optional(),
    outcome: z.string().optional(),
    reference: z.string().max(2000).optional(),
    grounds: z.string().optional(),
    documents: z.coerce.number().int().nonnegative().optional(),
    note: z.string().max(4000).optional(),
    decision: z.string().optional(),
    add: z.boolean().default(false),
    from: z.string().optional(),
    inventory: z.string().optional(),
    dryRun: z.boolean().default(false),
    yes: z.boolean().default(false),
    json: z.boolean().default(false),
  }),
);

export function registerRespond(program: Command, io: Io): void {
  const cmd = program
    .command('respond <id>')
    .description('vastleggen wat het besluit per punt zei (stap voor stap, in één regel, of uit de besluitbrief)')
    .option('--points <lijst>', 'de punten, bijvoorbeeld 1-5,16,17')
    .option('--outcome <uitkomst>', 'public, partial_public, not_public, already_public, nothing_found, referred of forwarded')
    .option('--reference <verwijzing>', 'URL of document waarnaar het besluit verwijst')
    .option('--grounds <lijst>', 'weigeringsgronden, bijvoorbeeld 5.1.2e,5.1.2i (Wob: wob-10.2e)')
    .option('--documents <n>', 'aantal documenten')
    .option('--note <tekst>', 'notitie')
    .option('--decision <eN>', 'het besluit (gebeurtenis-id uit woo show); standaard het laatste')
    .option('--add', 'naast eerdere uitkomsten van dit besluit voor deze punten (meerdere uitkomsten binnen één punt)')
    .option('--from <bestand>', 'het besluit inlezen (.pdf of .txt) en per punt een uitkomst voorstellen')
    .option('--inventory <bestand>', 'de inventarislijst bij het besluit (.csv of .xlsx): de beoordeling per document')
    .option('--dry-run', 'alleen tonen, niets opslaan')
    .option('-y, --yes', 'alle voorstellen overnemen zonder te vragen')
    .option('--json', 'uitvoer als JSON')
    .action(async (id: string, raw) => {
      const o = await optionsSchema.parse(raw);
      const { runRespond } = await import('../../app/respond.js');
      const result = await runRespond({ id, ...o }, await appContext(io, { prompts: true }));
      await printRespondResult(io, result, o);
    });
  examples(cmd, [
    'woo respond 2026-001-politie-cas                                  (stap voor stap per punt)',
    'woo respond 2026-001-politie-cas --points 2,3,7 --outcome already_public --reference https://www.politie.nl/wob/korpsstaf/',
    'woo respond 2026-001-politie-cas --points 4 --outcome partial_public --grounds 5.1.2e,5.1.2i --documents 12',
    'woo respond 2026-001-politie-cas --from besluit.pdf --dry-run --json',
    'woo respond 2026-001-politie-cas --from besluit.pdf               (voorstellen bevestigen of corrigeren)',
    'woo respond 2026-001-politie-cas --from besluit.txt --yes',
    'woo respond 2026-001-politie-cas --from besluit.pdf --inventory inventarislijst.xlsx',
  ]);
}

/** How a respond result is shown; `woo receive` uses it too when the letter is a decision. */
export async function printRespondResult(io: Io, result: RespondResult, o: { json: boolean; dryRun: boolean }): Promise<void> {
  for (const w of result.warnings) io.stderr(`Let op: ${w}\n`);
  if (o.json) {
    printJson(io, o.dryRun && result.proposal ? result.proposal : o.dryRun ? { points: result.recorded } : { recorded: result.recorded, events: result.events, proposal: result.proposal ?? null });
    return;
  }
  if (o.dryRun) {
    const { formatProposal } = await import('../../app/respond-format.js');
    io.stdout(`${result.proposal ? formatProposal(result.proposal) : `${result.recorded.length} uitkomst(en) zouden worden vastgelegd.`}\n(--dry-run: niets opgeslagen)\n`);
    return;
  }
  for (const e of result.events) io.stdout(`Gebeurtenis uit het besluit vastgelegd: ${e.type} ${e.date} [${e.id}]\n`);
  const documents = result.proposal?.documents?.length ?? 0;
  io.stdout(`${result.recorded.length} uitkomst(en)${documents ? ` en ${documents} ${documents === 1 ? 'document' : 'documenten'} (inventarislijst)` : ''} vastgelegd bij ${result.request.id}.\nBekijk ze met woo show ${result.request.id}.\n`);
}
