// The parser's proposal as readable text for an 80-column terminal: per point the outcome, where it
// came from and the sentence it rests on; the sentences placed nowhere, with the reason; the ledger.
import type { DecisionProposal, OutcomeSource, ProposedPoint, UnplacedSentence } from '../core/decision/index.js';
import { OUTCOME_LABELS } from '../core/schema/outcome.js';
import { wrapParagraph } from '../render/screen.js';
import { formatLedger, ledgerSummary } from './ledger-format.js';

const DATE_LABELS: Record<string, string> = { received: 'ontvangen', acknowledged: 'ontvangstbevestiging', adjourned: 'verdaagd', decided: 'besluit' };

export const SOURCE_LABELS: Record<OutcomeSource, string> = {
  own: 'eigen antwoord in de brief',
  documents: 'uit de documenten (inventarislijst)',
  letter_wide: 'besluit over het hele verzoek',
  content_match: 'GOK op inhoud: de brief noemt dit punt niet, controleer het',
};

/** Text wrapped to the 80-column terminal after `indent`; words longer than a line are cut. */
function wrapped(text: string, indent: string): string[] {
  const width = 80 - indent.length;
  return wrapParagraph(text, width, '')
    .split('\n')
    .flatMap((line) => (line.length <= width ? [line] : (line.match(new RegExp(`.{1,${width}}`, 'g')) ?? [])))
    .map((line) => `${indent}${line}`);
}

/** Quoted evidence, wrapped and cut after `maxLines` lines. */
function quoted(text: string, indent: string, maxLines = 6): string[] {
  const lines = wrapped(`"${text.replace(/\s+/g, ' ').trim()}"`, indent);
  return lines.length > maxLines ? [...lines.slice(0, maxLines - 1), `${lines[maxLines - 1].slice(0, 77)} …`] : lines;
}

/** The lines describing one point's proposal (without the question). */
export function formatPointProposal(p: ProposedPoint, indent = '     ', head = `${String(p.point).padStart(3)}. `): string[] {
  const extra = [p.reference ? `verwijzing: ${p.reference}` : '', p.grounds.length ? `gronden: ${p.grounds.join(', ')}` : '', p.documents !== undefined ? `${p.documents} ${p.documents === 1 ? 'document' : 'documenten'}` : '']
    .filter(Boolean)
    .join('; ');
  const lines = [`${head}${OUTCOME_LABELS[p.outcome]}`, ...(extra ? wrapped(extra, indent) : [])];
  if (p.source) lines.push(`${indent}bron: ${SOURCE_LABELS[p.source]}`);
  const split = (p.alsoOutcomes ?? []).filter((o) => o !== p.outcome && o !== 'unanswered');
  if (split.length) lines.push(`${indent}ook voorgesteld (splitsing): ${split.map((o) => OUTCOME_LABELS[o]).join(', ')}`);
  if (p.evidence) lines.push(...quoted(p.evidence, indent));
  return lines;
}

export function formatUnplaced(unplaced: readonly UnplacedSentence[]): string[] {
  if (unplaced.length === 0) return [];
  return [
    `Zinnen over een uitkomst die bij geen punt zijn geplaatst (${unplaced.length}):`,
    ...unplaced.flatMap((u) => [...quoted(u.text, '    ', 4).map((l, i) => (i === 0 ? `  - ${l.slice(4)}` : l)), ...wrapped(`reden: ${u.reason}`, '    ')]),
  ];
}

export function formatProposal(p: DecisionProposal): string {
  const lines: string[] = ['Voorstel per punt:'];
  for (const point of p.points) lines.push(...formatPointProposal(point));
  const dates = Object.entries(p.dates).map(([k, v]) => `${DATE_LABELS[k] ?? k} ${v}`);
  if (dates.length) lines.push('', `Datums: ${dates.join(', ')}`);
  if (p.unplaced.length) lines.push('', ...formatUnplaced(p.unplaced));
  const docs = p.documents;
  if (docs.length) lines.push('', 'Documenten (inventarislijst):', `  ${wrapParagraph(`${ledgerSummary(docs)}.`, 78, '  ')}`, ...formatLedger(docs));
  return lines.join('\n');
}
