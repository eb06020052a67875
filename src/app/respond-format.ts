// The parser's proposal as a readable list, for `woo respond --from … --dry-run`.
import type { DecisionProposal } from '../core/decision/index.js';
import { OUTCOME_LABELS } from '../core/schema/outcome.js';

const DATE_LABELS: Record<string, string> = { received: 'ontvangen', acknowledged: 'ontvangstbevestiging', adjourned: 'verdaagd', decided: 'besluit' };

function quote(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}

export function formatProposal(p: DecisionProposal): string {
  const lines: string[] = ['Voorstel per punt:'];
  for (const point of p.points) {
    const extra = [point.reference ? `verwijzing: ${point.reference}` : '', point.grounds.length ? `gronden: ${point.grounds.join(', ')}` : '', point.documents !== undefined ? `${point.documents} documenten` : '']
      .filter(Boolean)
      .join('; ');
    lines.push(`${String(point.point).padStart(3)}. ${OUTCOME_LABELS[point.outcome]}${extra ? ` (${extra})` : ''}`);
    if (point.evidence) lines.push(`     "${quote(point.evidence, 200)}"`);
  }
  const dates = Object.entries(p.dates).map(([k, v]) => `${DATE_LABELS[k] ?? k} ${v}`);
  if (dates.length) lines.push('', `Datums: ${dates.join(', ')}`);
  if (p.unmatched.length) lines.push('', 'Niet aan een punt toegewezen:', ...p.unmatched.map((u) => `  - ${quote(u, 200)}`));
  return lines.join('\n');
}
