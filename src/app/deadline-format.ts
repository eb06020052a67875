// Dutch text for a deadline report: used by `woo show` and `woo deadline`.
import { formatDateShort } from '../core/dates.js';
import type { Concerns, DeadlineReport } from '../core/law/index.js';
import { formatPointList } from '../core/point-spec.js';
import { wrapParagraph } from '../render/screen.js';

export const DEADLINE_NAMES: Record<string, string> = {
  decision: 'beslistermijn',
  notice_of_default_from: 'ingebrekestelling vanaf',
  appeal_from: 'beroep mogelijk vanaf',
  objection: 'bezwaartermijn',
  objection_decision: 'beslissing op bezwaar',
  objection_notice_of_default_from: 'ingebrekestelling bezwaar',
  objection_appeal_from: 'beroep bezwaar vanaf',
  court_appeal: 'beroepstermijn',
  acknowledgement_missing: 'ontvangstbevestiging?',
  court_ruling: 'uitspraak rechter',
  court_order: 'besluit na uitspraak',
  disclosure: 'documenten verwacht',
};

/** "deelbesluit van vr 20 nov 2026 (punten 1–5) [e3]". */
export function concernsLabel(c: Concerns): string {
  return `deelbesluit van ${formatDateShort(c.decided)} (${c.points.length === 1 ? 'punt' : 'punten'} ${formatPointList(c.points)})${c.ref ? ` [${c.ref}]` : ''}`;
}

/** The deadlines with their articles, each explained in a line or two, wrapped to `width` columns. */
export function formatDeadlineReport(report: DeadlineReport, width: number): string {
  const out: string[] = [
    wrapParagraph(`Termijnen (${report.regime === 'woo' ? 'Wet open overheid' : 'Wet openbaarheid van bestuur'}); ontvangen ${formatDateShort(report.received)}${report.receivedAssumed ? ' (aangenomen)' : ''}:`, width, '  '),
  ];
  if (report.deadlines.length === 0) out.push('  (geen lopende termijnen)');
  let group: string | undefined;
  for (const d of report.deadlines) {
    const key = d.concerns ? concernsLabel(d.concerns) : undefined;
    if (key && key !== group) out.push(`  Na het ${key}:`);
    else if (!key && group) out.push('  Na het besluit op het hele verzoek:');
    group = key;
    const head = `  ${(DEADLINE_NAMES[d.kind] ?? d.kind).padEnd(26)} ${formatDateShort(d.date).padEnd(16)} `;
    // The article beside the date when it fits, else on a line of its own.
    if (head.length + d.basis.length <= width) out.push(`${head}${d.basis}`);
    else out.push(head.trimEnd(), `    ${wrapParagraph(d.basis, width, '    ')}`);
    out.push(`    ${wrapParagraph(d.explanation, width, '    ')}`);
    for (const a of d.alternatives) out.push(`    ${wrapParagraph(`andere lezing: ${formatDateShort(a.date)} — ${a.reason}`, width, '      ', '    ')}`);
  }
  for (const w of report.warnings) out.push(`  ${wrapParagraph(`Let op: ${w}`, width, '    ', '  ')}`);
  for (const n of report.notes) out.push(`  ${wrapParagraph(n, width, '  ')}`);
  return out.join('\n');
}
