// Dutch text for a deadline report: used by `woo show` and `woo deadline`.
import { formatDateShort } from '../core/dates.js';
import type { Concerns, DeadlineReport } from '../core/law/index.js';
import { formatPointList } from '../core/point-spec.js';

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

export function wrapText(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join(`\n${indent}`);
}

export function formatDeadlineReport(report: DeadlineReport): string {
  const out: string[] = [
    `Termijnen (${report.regime === 'woo' ? 'Wet open overheid' : 'Wet openbaarheid van bestuur'}); ontvangen ${formatDateShort(report.received)}${report.receivedAssumed ? ' (aangenomen)' : ''}:`,
  ];
  if (report.deadlines.length === 0) out.push('  (geen lopende termijnen)');
  let group: string | undefined;
  for (const d of report.deadlines) {
    const key = d.concerns ? concernsLabel(d.concerns) : undefined;
    if (key && key !== group) out.push(`  Na het ${key}:`);
    else if (!key && group) out.push('  Na het besluit op het hele verzoek:');
    group = key;
    out.push(`  ${(DEADLINE_NAMES[d.kind] ?? d.kind).padEnd(26)} ${formatDateShort(d.date).padEnd(16)} ${d.basis}`);
    out.push(`    ${wrapText(d.explanation, 88, '    ')}`);
    for (const a of d.alternatives) out.push(`    andere lezing: ${formatDateShort(a.date)} — ${wrapText(a.reason, 70, '      ')}`);
  }
  for (const w of report.warnings) out.push(`  Let op: ${wrapText(w, 84, '    ')}`);
  for (const n of report.notes) out.push(`  ${wrapText(n, 90, '  ')}`);
  return out.join('\n');
}
