// `woo respond ID --from besluit.pdf [--inventory lijst.xlsx]`: read the decision letter (and its
// inventory list), propose an outcome per point with where it came from, show the sentences placed
// nowhere and the document ledger, let the user confirm or correct each point, and store the
// outcomes, the ledger and the dates the letter gives. A suggested split of a point (alsoOutcomes)
// is stored only when the user has seen and chosen it.
import { CannotError, UsageError } from '../core/errors.js';
import { parseDecision, type DecisionProposal, type ProposedPoint } from '../core/decision/index.js';
import { applyLedger } from '../core/ledger.js';
import { decisionEvent, lawOfDecision, mergeOutcomes } from '../core/outcome-record.js';
import { OUTCOME_LABELS, type Outcome, type PointOutcome } from '../core/schema/outcome.js';
import { EVENT_LABELS, type WooEvent } from '../core/schema/event.js';
import type { Point, WooRequest } from '../core/schema/request.js';
import { cleanReference } from '../core/text.js';
import type { Ask } from './ask.js';
import type { AppContext } from './context.js';
import { readDecisionText } from './decision-text.js';
import { wrapParagraph } from '../render/screen.js';
import { formatLedger, ledgerSummary } from './ledger-format.js';
import { formatPointProposal, formatUnplaced } from './respond-format.js';
import { askPoint, eventsFromDates, type RespondOptions, type RespondResult } from './respond.js';

const WITHHELD: readonly Outcome[] = ['partial_public', 'not_public'];

/** The other outcomes the parser suggests for a point, beside its main one. */
function splitOf(p: ProposedPoint): Exclude<Outcome, 'unanswered'>[] {
  return [...new Set((p.alsoOutcomes ?? []).filter((o): o is Exclude<Outcome, 'unanswered'> => o !== 'unanswered' && o !== p.outcome))];
}

/** The records for one point: its main outcome, and the split only when the user chose it. */
function recordsOf(p: ProposedPoint, decision: WooEvent, withSplit: boolean): PointOutcome[] {
  if (p.outcome === 'unanswered') return [];
  const main: PointOutcome = {
    point: p.point,
    decision: decision.id,
    outcome: p.outcome,
    grounds: WITHHELD.includes(p.outcome) ? p.grounds : [],
    ...(p.reference && cleanReference(p.reference) ? { reference: cleanReference(p.reference) } : {}),
    ...(p.documents !== undefined ? { documents: p.documents } : {}),
    ...(p.evidence ? { evidence: p.evidence.slice(0, 4000) } : {}),
  };
  // Grounds stay with the outcomes that withhold.
  const split = withSplit ? splitOf(p).map((outcome) => ({ point: p.point, decision: decision.id, outcome, grounds: WITHHELD.includes(outcome) ? p.grounds : [] })) : [];
  return [main, ...split];
}

async function readProposal(o: RespondOptions, request: WooRequest): Promise<{ proposal: DecisionProposal; warnings: string[] }> {
  const text = await readDecisionText(o.from!);
  const known = request.events.filter((e) => e.type === 'decided').at(-1);
  // Grounds are read under the law the decision applied; the letter's own date decides when no decision is logged yet.
  const firstPass = parseDecision(text, request.points, { law: known ? lawOfDecision(known.date) : 'woo' });
  const decidedOn = known?.date ?? firstPass.dates.decided;
  const law = decidedOn ? lawOfDecision(decidedOn) : 'woo';
  const parsed = law === 'wob' ? parseDecision(text, request.points, { law: 'wob' }) : firstPass;
  // Nothing about any point and no date of a decision: this is no decision letter.
  if (!o.inventory && !parsed.dates.decided && parsed.points.every((p) => p.outcome === 'unanswered')) {
    throw new CannotError(`In ${o.from} staat geen besluit op dit verzoek: geen uitkomst bij een punt en geen datum van een besluit.`, 'Controleer of u het goede bestand koos (het besluit zelf, als PDF met tekstlaag of als tekst); een gescande PDF zonder tekst leest woo niet.');
  }
  // The parser already ties an inventory inside the letter to the points.
  if (!o.inventory) return { proposal: parsed, warnings: [] };
  const { readInventoryFile } = await import('./inventory-file.js');
  const inventory = await readInventoryFile(o.inventory, law, request.points.length);
  const { proposal, notes } = applyLedger(parsed, inventory.documents, request.points.map((p) => p.number));
  return { proposal, warnings: [...inventory.problems.map((p) => `Inventarislijst: ${p}`), ...notes] };
}

type Choice = 'accept' | 'split' | 'edit' | 'skip';

async function confirmPoint(ask: Ask, p: ProposedPoint, point: Point, decision: WooEvent, out: (t: string) => void): Promise<PointOutcome[]> {
  out(['', `Punt ${p.point}: ${point.text.replace(/\s+/g, ' ').slice(0, 66)}${point.text.length > 66 ? '…' : ''}`, ...formatPointProposal(p, '     ', '  voorstel: ')].join('\n'));
  const split = splitOf(p);
  const choice = await ask.select<Choice>({
    message: `Punt ${p.point}: voorstel overnemen?`,
    choices: [
      { name: p.outcome === 'unanswered' ? 'Ja (niet beantwoord: niets vastleggen)' : `Ja, overnemen (${OUTCOME_LABELS[p.outcome]})`, value: 'accept' },
      ...(split.length ? [{ name: `Ja, gesplitst: ${[p.outcome, ...split].map((o) => OUTCOME_LABELS[o]).join(' + ')}`, value: 'split' as const }] : []),
      { name: 'Nee, zelf invullen', value: 'edit' },
      { name: 'Overslaan', value: 'skip' },
    ],
  });
  if (choice === 'accept' || choice === 'split') return recordsOf(p, decision, choice === 'split');
  if (choice === 'edit') {
    const r = await askPoint(ask, point, decision, lawOfDecision(decision.date), p);
    return r ? [r] : [];
  }
  return [];
}

export async function runImport(o: RespondOptions, ctx: AppContext): Promise<RespondResult> {
  const request = await ctx.workspace.readRequest(o.id);
  const read = await readProposal(o, request);
  const { proposal } = read;
  if (o.dryRun) return { request, recorded: [], events: [], proposal, warnings: read.warnings };
  if (!ctx.ask && !o.yes) {
    throw new UsageError('Zonder terminal neemt u de voorstellen over met --yes, of bekijkt u ze eerst met --dry-run --json.');
  }
  const interactive = ctx.ask && !o.yes ? ctx.ask : undefined;
  const found = eventsFromDates(request, proposal, ctx.today);
  const warnings = [...read.warnings, ...found.warnings];
  let events = found.events;
  if (interactive && events.length > 0) {
    ctx.output.err(`Datums in het besluit die nog niet in de tijdlijn staan:\n${events.map((e) => `  ${e.date}  ${EVENT_LABELS[e.type]}`).join('\n')}`);
    if (!(await interactive.confirm({ message: 'Deze datums vastleggen?', default: true }))) events = [];
  }
  const withEvents = { ...request, events: [...request.events, ...events] };
  let decision: WooEvent;
  try {
    decision = decisionEvent(withEvents, o.decision);
  } catch {
    throw new UsageError('De datum van het besluit staat niet (leesbaar) in de brief en er is nog geen besluit vastgelegd.', `Leg het besluit eerst vast: woo log ${request.id} decided <datum>, en lees de brief dan opnieuw in.`);
  }
  const points = proposal.points.filter((p) => request.points.some((x) => x.number === p.point) && (!decision.points || decision.points.includes(p.point)));
  const { unplaced } = proposal;
  let records: PointOutcome[] = [];
  if (interactive) {
    // Everything the user needs to judge the proposal comes before the first question.
    for (const w of read.warnings) ctx.output.err(`Let op: ${w}`);
    if (proposal.documents.length) ctx.output.err(['', 'Documenten (inventarislijst):', `  ${wrapParagraph(`${ledgerSummary(proposal.documents)}.`, 78, '  ')}`, ...formatLedger(proposal.documents, '  ', 30)].join('\n'));
    if (unplaced.length) ctx.output.err(['', ...formatUnplaced(unplaced)].join('\n'));
    for (const p of points) records.push(...(await confirmPoint(interactive, p, request.points.find((x) => x.number === p.point)!, decision, ctx.output.err)));
  } else {
    records = points.flatMap((p) => recordsOf(p, decision, false));
    for (const p of points) {
      const split = splitOf(p);
      if (split.length) warnings.push(`Voor punt ${p.point} stelt de brief ook ${split.map((s) => `"${OUTCOME_LABELS[s]}"`).join(' en ')} voor (een splitsing); alleen "${OUTCOME_LABELS[p.outcome]}" is vastgelegd. Een splitsing legt u vast met woo respond ${request.id} --points ${p.point} --outcome ${split[0]} --add.`);
    }
    warnings.push(...unplaced.map((u) => `Niet aan een punt toegewezen (${u.reason}): "${u.text.replace(/\s+/g, ' ').slice(0, 200)}"`));
  }
  const documents = proposal.documents;
  const saved = await ctx.workspace.updateRequest(o.id, (current) => {
    const added = events.filter((e) => !current.events.some((c) => c.id === e.id));
    const next = { ...current, events: [...current.events, ...added].map((e) => (e.id === decision.id && documents.length ? { ...e, documents } : e)) };
    return { ...next, outcomes: mergeOutcomes(next, decisionEvent(next, decision.id), records, false) };
  });
  // At the terminal the letter's warnings were shown before the questions; only the dates' remain.
  return { request: saved, recorded: records, events, proposal, warnings: interactive ? found.warnings : warnings };
}
