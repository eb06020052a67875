// `woo respond ID --from besluit.pdf`: read the decision letter, propose an outcome per point, let the
// user confirm or correct each, and store the outcomes with the dates the letter gives.
import { UsageError } from '../core/errors.js';
import { parseDecision, type DecisionProposal } from '../core/decision/index.js';
import { decisionEvent, lawOfDecision, mergeOutcomes } from '../core/outcome-record.js';
import { OUTCOME_LABELS, type PointOutcome } from '../core/schema/outcome.js';
import { EVENT_LABELS, type WooEvent } from '../core/schema/event.js';
import type { AppContext } from './context.js';
import { readDecisionText } from './decision-text.js';
import { askPoint, eventsFromDates, type RespondOptions, type RespondResult } from './respond.js';

function recordsFromProposal(proposal: DecisionProposal, decision: WooEvent): PointOutcome[] {
  const records: PointOutcome[] = [];
  for (const p of proposal.points) {
    if (p.outcome === 'unanswered') continue;
    if (decision.points && !decision.points.includes(p.point)) continue;
    const base = { point: p.point, decision: decision.id, grounds: p.grounds, ...(p.reference ? { reference: p.reference } : {}), ...(p.documents !== undefined ? { documents: p.documents } : {}), ...(p.evidence ? { evidence: p.evidence.slice(0, 4000) } : {}) };
    records.push({ ...base, outcome: p.outcome });
    // Further outcomes within the same point (some documents disclosed, some refused) are kept too;
    // grounds stay with the outcome that withholds.
    for (const also of p.alsoOutcomes ?? []) {
      if (also !== 'unanswered' && also !== p.outcome) records.push({ point: p.point, decision: decision.id, outcome: also, grounds: also === 'partial_public' || also === 'not_public' ? p.grounds : [] });
    }
  }
  return records.map((r) => (r.outcome === 'partial_public' || r.outcome === 'not_public' ? r : { ...r, grounds: [] }));
}

export async function runImport(o: RespondOptions, ctx: AppContext): Promise<RespondResult> {
  const request = await ctx.workspace.readRequest(o.id);
  const text = await readDecisionText(o.from!);
  const known = request.events.filter((e) => e.type === 'decided').at(-1);
  // Grounds are read under the law the decision applied; the letter's own date decides when no decision is logged yet.
  const firstPass = parseDecision(text, request.points, { law: known ? lawOfDecision(known.date) : 'woo' });
  const decidedOn = known?.date ?? firstPass.dates.decided;
  const proposal = decidedOn && lawOfDecision(decidedOn) === 'wob' ? parseDecision(text, request.points, { law: 'wob' }) : firstPass;
  if (o.dryRun) return { request, recorded: [], events: [], proposal, warnings: [] };
  if (!ctx.ask && !o.yes) {
    throw new UsageError('Zonder terminal neemt u de voorstellen over met --yes, of bekijkt u ze eerst met --dry-run --json.');
  }
  const found = eventsFromDates(request, proposal, ctx.today);
  const { warnings } = found;
  let events = found.events;
  if (ctx.ask && !o.yes && events.length > 0) {
    ctx.output.err(`Datums in het besluit die nog niet in de tijdlijn staan:\n${events.map((e) => `  ${e.date}  ${EVENT_LABELS[e.type]}`).join('\n')}`);
    if (!(await ctx.ask.confirm({ message: 'Deze datums vastleggen?', default: true }))) events = [];
  }
  const withEvents = { ...request, events: [...request.events, ...events] };
  let decision: WooEvent;
  try {
    decision = decisionEvent(withEvents, o.decision);
  } catch {
    throw new UsageError('De datum van het besluit staat niet (leesbaar) in de brief en er is nog geen besluit vastgelegd.', `Leg het besluit eerst vast: woo log ${request.id} decided <datum>, en lees de brief dan opnieuw in.`);
  }
  let records = recordsFromProposal(proposal, decision);
  if (ctx.ask && !o.yes) {
    const confirmed: PointOutcome[] = [];
    for (const p of proposal.points) {
      const point = request.points.find((x) => x.number === p.point);
      if (!point || (decision.points && !decision.points.includes(p.point))) continue;
      ctx.output.err(`\nPunt ${p.point}: voorstel ${OUTCOME_LABELS[p.outcome]}${p.reference ? ` — ${p.reference}` : ''}${p.grounds.length ? ` — gronden ${p.grounds.join(', ')}` : ''}${p.evidence ? `\n  "${p.evidence.replace(/\s+/g, ' ').slice(0, 300)}"` : ''}`);
      const choice = await ctx.ask.select({
        message: `Punt ${p.point}: voorstel overnemen?`,
        choices: [
          { name: p.outcome === 'unanswered' ? 'Ja (niet beantwoord: niets vastleggen)' : 'Ja, overnemen', value: 'accept' },
          { name: 'Nee, zelf invullen', value: 'edit' },
          { name: 'Overslaan', value: 'skip' },
        ],
      });
      if (choice === 'accept') confirmed.push(...records.filter((r) => r.point === p.point));
      else if (choice === 'edit') {
        const r = await askPoint(ctx.ask, point, decision, lawOfDecision(decision.date), p);
        if (r) confirmed.push(r);
      }
    }
    records = confirmed;
  }
  const saved = await ctx.workspace.updateRequest(o.id, (current) => {
    const next = { ...current, events: [...current.events, ...events.filter((e) => !current.events.some((c) => c.id === e.id))] };
    return { ...next, outcomes: mergeOutcomes(next, decisionEvent(next, decision.id), records, false) };
  });
  const unmatched = proposal.unmatched.map((u) => `Niet aan een punt toegewezen: "${u.replace(/\s+/g, ' ').slice(0, 300)}"`);
  return { request: saved, recorded: records, events, proposal, warnings: [...warnings, ...unmatched] };
}
