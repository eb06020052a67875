// `woo show ID`: one request with its points, answers, timeline, deadlines and letter.
import { formatDateShort } from '../core/dates.js';
import { pointStates, type PointState } from '../core/outcomes.js';
import { CHANNEL_LABELS, EVENT_LABELS } from '../core/schema/event.js';
import { eventNumber } from '../core/event-id.js';
import { OUTCOME_LABELS } from '../core/schema/outcome.js';
import { ATTACHMENT_LABELS } from '../core/schema/stored-file.js';
import { formatPointList } from '../core/point-spec.js';
import type { WooRequest } from '../core/schema/request.js';
import { renderLetterMarkdown } from '../render/letter-markdown.js';
import type { AppContext } from './context.js';
import { requestLetterModel } from './letters.js';
import { sentLetter } from './sent-letters.js';
import { LETTER_LABELS } from '../core/letters/model.js';
import { formatDeadlineReport } from './deadline-format.js';
import { wrapParagraph } from '../render/screen.js';
import { formatLedger, ledgerSummary } from './ledger-format.js';
import { summarise, type RequestSummary } from './summary.js';

export interface ShowResult {
  request: WooRequest;
  summary: RequestSummary;
  points: PointState[];
  letter: string;
}

export async function runShow(id: string, ctx: AppContext): Promise<ShowResult> {
  const request = await ctx.workspace.readRequest(id);
  const sent = await sentLetter(ctx, request, 'request', 'md');
  const letter = sent ? (sent.content as string) : renderLetterMarkdown(await requestLetterModel(request, ctx));
  return { request, summary: summarise(request, ctx.today), points: pointStates(request), letter };
}

/** The JSON of `woo show --json`: the stored request plus derived status, deadlines and points. */
export function showJson(r: ShowResult): Record<string, unknown> {
  return {
    ...r.request,
    status: r.summary.status,
    statusLabel: r.summary.statusLabel,
    overdue: r.summary.overdue,
    deadlines: r.summary.deadlines,
    pointStates: r.points.map(({ point, outcome, label, recorded }) => ({ point, outcome, label, recorded })),
    letter: r.letter,
  };
}

/** One line per recorded outcome: point, outcome, reference or grounds, and which decision said it. */
export function formatOutcomeTable(r: ShowResult, width: number): string {
  const decisions = new Map(r.request.events.filter((e) => e.type === 'decided').map((e) => [e.id, e]));
  const rows: string[][] = [];
  for (const p of r.points) {
    const records = p.recorded.length ? p.recorded : [null];
    for (const o of records) {
      const decision = o ? decisions.get(o.decision) : undefined;
      const detail = o
        ? [o.reference ?? '', o.grounds.length ? `gronden ${o.grounds.join(', ')}` : '', o.documents !== undefined ? `${o.documents} doc.` : ''].filter(Boolean).join('; ')
        : '';
      rows.push([String(p.point), o ? OUTCOME_LABELS[o.outcome] : p.label, detail, decision ? `${decision.id} ${formatDateShort(decision.date)}${decision.points?.length ? ' (deel)' : ''}` : '']);
    }
  }
  const w = [4, Math.max(8, ...rows.map((x) => x[1].length)), 0, 0];
  const header = `${'Punt'.padStart(w[0])}  ${'Uitkomst'.padEnd(w[1])}  ${'Besluit'.padEnd(22)}  Verwijzing / gronden`;
  return [
    header,
    ...rows.map((x) => {
      const head = `${x[0].padStart(w[0])}  ${x[1].padEnd(w[1])}  ${x[3].padEnd(22)}  `;
      // References and grounds wrap under their column, or under the outcome when the column is too narrow.
      const indent = width - head.length >= 20 ? head.length : w[0] + 2;
      return `${head}${wrapParagraph(x[2], width, ' '.repeat(indent), head)}`.trimEnd();
    }),
  ].join('\n');
}

/** A kept file and its hash: beside each other when they fit, the hash (64 characters) under the name otherwise. */
function fileLines(name: string, sha256: string, width: number): string[] {
  const line = `${' '.repeat(19)}${name ? `${name}  ` : ''}SHA-256 ${sha256}`;
  if (line.length <= width) return [line];
  const indent = ' '.repeat(Math.max(2, Math.min(19, width - 72)));
  return [...(name ? [`${' '.repeat(19)}${name}`] : []), `${indent}SHA-256 ${sha256}`];
}

export function formatShow(r: ShowResult, width: number): string {
  const { request, summary } = r;
  const out: string[] = [];
  out.push(wrapParagraph(`${request.id} — ${request.title}`, width, '  '));
  out.push(`Bestuursorgaan: ${request.body.name}${request.body.city ? ` (${request.body.city})` : ''}`);
  out.push(`Status:         ${summary.statusLabel}`);
  out.push(`Sjabloon:       ${request.template}; aangemaakt ${formatDateShort(request.created)}`);
  if (request.client) out.push(`Namens:         ${request.client.name} (cliënt; de brieven noemen de machtiging)`);
  if (request.reference) out.push(`Kenmerk:        ${request.reference}`);
  if (request.assignee) out.push(`Behandelaar:    ${request.assignee}`);
  if (request.archived) out.push(`Gearchiveerd:   ${formatDateShort(request.archived)} (woo unarchive ${request.id} zet het terug)`);
  if (request.batch) out.push(`Reeks:          ${request.batch} (woo list --batch ${request.batch})`);
  if (request.period) out.push(`Periode:        ${request.period.from ? formatDateShort(request.period.from) : '…'} t/m ${request.period.to ? formatDateShort(request.period.to) : '…'}`);

  out.push('', 'Punten:');
  for (const p of r.points) out.push(`${String(p.point).padStart(3)}. ${wrapParagraph(p.text, width, '     ')}`);
  if (r.points.some((p) => p.outcome !== null)) out.push('', 'Antwoorden per punt:', formatOutcomeTable(r, width));
  for (const e of request.events) {
    if (e.type !== 'decided' || !e.documents?.length) continue;
    out.push('', `Documenten bij het besluit van ${formatDateShort(e.date)} [${e.id}] (inventarislijst):`, `  ${wrapParagraph(`${ledgerSummary(e.documents)}.`, width, '  ')}`, ...formatLedger(e.documents));
  }

  out.push('', 'Tijdlijn:');
  if (request.events.length === 0) out.push(`  (nog niets vastgelegd; verzenden: woo send ${request.id})`);
  // By date, and in the order logged within a day: the timeline reads as it happened.
  const timeline = [...request.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : eventNumber(a.id) - eventNumber(b.id)));
  for (const e of timeline) {
    const extra = [
      e.weeks ? `${e.weeks} weken` : '',
      e.until ? `tot en met ${formatDateShort(e.until)}` : '',
      e.points?.length ? `punten ${formatPointList(e.points)}` : '',
      e.channel ? CHANNEL_LABELS[e.channel] : '',
      e.note ?? '',
      e.by ? `door ${e.by}` : '',
    ].filter(Boolean);
    out.push(`  ${formatDateShort(e.date).padEnd(16)} ${wrapParagraph(`${EVENT_LABELS[e.type]}${extra.length ? ` (${extra.join('; ')})` : ''}  [${e.id}]`, width, ' '.repeat(19))}`);
  }
  // Changes confirmed after sending (woo edit): the letter as stored is no longer exactly what went out.
  for (const edit of request.edits ?? []) out.push(`  ${formatDateShort(edit.date).padEnd(16)} ${wrapParagraph(`gewijzigd na verzending: ${edit.changed.join(', ')} (woo edit)`, width, ' '.repeat(19))}`);

  if (request.dispatches.length) {
    out.push('', 'Verzonden brieven (precies zoals verzonden bewaard in de werkmap):');
    for (const d of request.dispatches) {
      const state = d.sent ? formatDateShort(d.sent) : 'nog niet verzonden';
      const extra = [d.barcode ? `barcode ${d.barcode}` : '', d.confirmation ? `bevestiging ${d.confirmation}` : '', d.event ? `[${d.event}]` : ''].filter(Boolean).join('; ');
      out.push(`  ${state.padEnd(16)} ${wrapParagraph(`${LETTER_LABELS[d.letter]} ${CHANNEL_LABELS[d.channel]} aan ${d.to}${extra ? ` (${extra})` : ''}`, width, ' '.repeat(19))}`);
      for (const f of d.files.filter((f) => f.role !== 'md')) out.push(...fileLines(f.name, f.sha256, width));
    }
  }

  if (request.attachments.length) {
    out.push('', 'Bewijsstukken (bewaard in de werkmap):');
    for (const a of request.attachments) out.push(`  ${formatDateShort(a.added).padEnd(16)} ${wrapParagraph(`${ATTACHMENT_LABELS[a.kind]}: ${a.name}`, width, ' '.repeat(19))}`, ...fileLines('', a.sha256, width));
  }

  if (summary.deadlines) out.push('', formatDeadlineReport(summary.deadlines, width));
  return out.join('\n');
}
