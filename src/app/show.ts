// `woo show ID`: one request with its points, answers, timeline, deadlines and letter.
import { formatDateShort } from '../core/dates.js';
import { pointStates, type PointState } from '../core/outcomes.js';
import { EVENT_LABELS } from '../core/schema/event.js';
import { formatPointList } from '../core/point-spec.js';
import type { WooRequest } from '../core/schema/request.js';
import { renderLetterMarkdown } from '../render/letter-markdown.js';
import type { AppContext } from './context.js';
import { requestLetterModel } from './letters.js';
import { formatDeadlineReport, wrapText } from './deadline-format.js';
import { summarise, type RequestSummary } from './summary.js';

export interface ShowResult {
  request: WooRequest;
  summary: RequestSummary;
  points: PointState[];
  letter: string;
}

export async function runShow(id: string, ctx: AppContext): Promise<ShowResult> {
  const request = await ctx.workspace.readRequest(id);
  const letter = renderLetterMarkdown(await requestLetterModel(request, ctx));
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

export function formatShow(r: ShowResult): string {
  const { request, summary } = r;
  const out: string[] = [];
  out.push(`${request.id} — ${request.title}`);
  out.push(`Bestuursorgaan: ${request.body.name}${request.body.city ? ` (${request.body.city})` : ''}`);
  out.push(`Status:         ${summary.statusLabel}`);
  out.push(`Sjabloon:       ${request.template}; aangemaakt ${formatDateShort(request.created)}`);
  if (request.reference) out.push(`Kenmerk:        ${request.reference}`);
  if (request.period) out.push(`Periode:        ${request.period.from ? formatDateShort(request.period.from) : '…'} t/m ${request.period.to ? formatDateShort(request.period.to) : '…'}`);

  out.push('', 'Punten:');
  const decided = r.points.some((p) => p.outcome !== null);
  for (const p of r.points) {
    const head = `${String(p.point).padStart(3)}. `;
    out.push(`${head}${wrapText(p.text, 88, '     ')}`);
    if (decided) {
      for (const o of p.recorded) {
        const extra = [o.reference ? `verwijzing: ${o.reference}` : '', o.grounds.length ? `gronden: ${o.grounds.join(', ')}` : '', o.documents !== undefined ? `${o.documents} documenten` : '']
          .filter(Boolean)
          .join('; ');
        out.push(`     → ${o.outcome} (${p.label})${extra ? ` — ${extra}` : ''} [besluit ${o.decision}]`);
      }
      if (p.recorded.length === 0) out.push(`     → ${p.label}`);
    }
  }

  out.push('', 'Tijdlijn:');
  if (request.events.length === 0) out.push('  (nog niets vastgelegd; na verzenden: woo log ' + request.id + ' sent <datum>)');
  for (const e of request.events) {
    const extra = [
      e.weeks ? `${e.weeks} weken` : '',
      e.until ? `tot en met ${formatDateShort(e.until)}` : '',
      e.points?.length ? `punten ${formatPointList(e.points)}` : '',
      e.channel ? `via ${e.channel}` : '',
      e.note ?? '',
    ].filter(Boolean);
    out.push(`  ${formatDateShort(e.date).padEnd(16)} ${EVENT_LABELS[e.type]}${extra.length ? ` (${extra.join('; ')})` : ''}  [${e.id}]`);
  }

  if (summary.deadlines) out.push('', formatDeadlineReport(summary.deadlines));
  return out.join('\n');
}
