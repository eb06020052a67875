// Dutch text for a deadline report: used by `woo show` and `woo deadline`.
import { formatDateShort } from '../core/dates.js';
import type { DeadlineReport } from '../core/law/index.js';

export const DEADLINE_NAMES: Record<string, string> = {
  decision: 'beslistermijn',
  notice_of_default_from: 'ingebrekestelling vanaf',
  appeal_from: 'beroep mogelijk vanaf',
  objection: 'bezwaartermijn',
  objection_decision: 'beslissing op bezwaar',
  court_appeal: 'beroepstermijn',
  acknowledgement_missing: 'ontvangstbevestiging?',
};

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
  for (const d of report.deadlines) {
    out.push(`  ${(DEADLINE_NAMES[d.kind] ?? d.kind).padEnd(24)} ${formatDateShort(d.date).padEnd(16)} ${d.basis}`);
    out.push(`    ${wrapText(d.explanation, 88, '    ')}`);
    for (const a of d.alternatives) out.push(`    andere lezing: ${formatDateShort(a.date)} — ${wrapText(a.reason, 70, '      ')}`);
  }
  for (const w of report.warnings) out.push(`  Let op: ${wrapText(w, 84, '    ')}`);
  for (const n of report.notes) out.push(`  ${wrapText(n, 90, '  ')}`);
  return out.join('\n');
}
