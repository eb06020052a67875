import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { appContext, printJson } from '../context.js';
import { writeData, type Io } from '../io.js';
import { examples, lazySchema } from './shared.js';

const optionsSchema = lazySchema((z) =>
  z.object({
    by: z.enum(['body', 'template', 'year', 'batch', 'document'], { error: 'kies --by body, template, year, batch of document' }).default('body'),
    json: z.boolean().default(false),
    csv: z.boolean().default(false),
    excel: z.boolean().default(false),
  }),
);

export function registerReport(program: Command, io: Io): void {
  const cmd = program
    .command('report')
    .description('tellingen over alle verzoeken: uitkomsten per punt, weigeringsgronden, doorlooptijd, te late besluiten')
    .option('--by <groep>', 'groeperen per body, template, year of batch (standaard body); document: de documenten uit de inventarislijsten')
    .option('--json', 'uitvoer als JSON')
    .option('--csv', 'uitvoer als CSV (RFC 4180: komma\'s, CRLF)')
    .option('--excel', 'uitvoer als CSV voor Nederlandse Excel (puntkomma\'s, UTF-8 met BOM)')
    .action(async (raw) => {
      const o = await optionsSchema.parse(raw);
      const csv = o.csv || o.excel;
      if (o.json && csv) throw new UsageError(`Kies --json of ${o.excel ? '--excel' : '--csv'}, niet allebei.`);
      const dialect = { excel: o.excel };
      if (o.by === 'document') {
        const { runDocumentReport, formatDocumentReport, documentReportCsv } = await import('../../app/report-documents.js');
        const report = await runDocumentReport(await appContext(io));
        for (const p of report.problems) io.stderr(`Let op: ${p}\n`);
        if (o.json) printJson(io, report);
        else if (csv) writeData(io, documentReportCsv(report, dialect));
        else io.stdout(`${formatDocumentReport(report)}\n`);
        return;
      }
      const { runReport } = await import('../../app/report.js');
      const report = await runReport({ by: o.by }, await appContext(io));
      for (const p of report.problems) io.stderr(`Let op: ${p}\n`);
      const { formatReport, reportCsv } = await import('../../app/report-format.js');
      if (o.json) printJson(io, report);
      else if (csv) writeData(io, reportCsv(report, dialect));
      else io.stdout(`${formatReport(report)}\n`);
    });
  examples(cmd, ['woo report', 'woo report --by year', 'woo report --by batch --csv > reeks.csv', 'woo report --excel > verzoeken.csv', 'woo report --by template --json', 'woo report --by document']);
}
