// `woo respond ID`: record what the decision said per point — in one line, step by step in the
// terminal, or imported from the decision letter itself (--from).
import { UsageError } from '../core/errors.js';
import { REFUSAL_GROUNDS, groundAppliesUnder, validateGrounds, type Law } from '../core/grounds.js';
import { checkNewEvent } from '../core/law/index.js';
import { decisionEvent, lawOfDecision, mergeOutcomes, parseGrounds, parseOutcome } from '../core/outcome-record.js';
import { parsePointSpec } from '../core/point-spec.js';
import { OUTCOME_LABELS, RECORDABLE_OUTCOMES, type PointOutcome } from '../core/schema/outcome.js';
import type { WooEvent } from '../core/schema/event.js';
import type { Point, WooRequest } from '../core/schema/request.js';
import { cleanReference, cleanText } from '../core/text.js';
import { nextEventId } from '../core/event-id.js';
import type { DecisionProposal, ProposedPoint } from '../core/decision/index.js';
import type { Ask } from './ask.js';
import type { AppContext } from './context.js';

export interface RespondOptions {
  id: string;
  points?: string;
  outcome?: string;
  reference?: string;
  grounds?: string;
  documents?: number;
  note?: string;
  decision?: string;
  add: boolean;
  from?: string;
  /** A separate inventory list (CSV or XLSX) beside the letter given with `from`. */
  inventory?: string;
  dryRun: boolean;
  yes: boolean;
}

export interface RespondResult {
  request: WooRequest;
  recorded: PointOutcome[];
  /** Events added from the dates found in the decision letter. */
  events: WooEvent[];
  /** With --dry-run: the parser's proposal, nothing saved. */
  proposal?: DecisionProposal;
  warnings: string[];
}

const REFERENCE_OUTCOMES = new Set(['already_public', 'referred', 'forwarded']);
const WITHHELD = new Set(['partial_public', 'not_public']);

/** --reference as given: a URL with an escape sequence or control character in it is refused. */
function givenReference(value: string): string | undefined {
  const reference = cleanReference(value);
  if (reference === undefined && value.includes('://')) {
    throw new UsageError('De verwijzing (--reference) bevat stuurtekens; een URL met onzichtbare tekens erin is geen betrouwbaar adres.', 'Typ de URL opnieuw of kopieer hem uit de adresbalk van de browser.');
  }
  return reference;
}

function oneLine(o: RespondOptions, request: WooRequest, decision: WooEvent): PointOutcome[] {
  if (!o.points || !o.outcome) throw new UsageError('Geef --points en --outcome samen op, bijvoorbeeld --points 1-5 --outcome already_public --reference https://….');
  const law = lawOfDecision(decision.date);
  const outcome = parseOutcome(o.outcome);
  const grounds = o.grounds ? parseGrounds(o.grounds.split(/[,;]/).map((g) => g.trim()).filter(Boolean), law) : [];
  const reference = o.reference === undefined ? undefined : givenReference(o.reference);
  return parsePointSpec(o.points, request.points.length).map((point) => ({
    point,
    decision: decision.id,
    outcome,
    grounds,
    ...(reference ? { reference } : {}),
    ...(o.documents !== undefined ? { documents: o.documents } : {}),
    ...(o.note && cleanText(o.note) ? { note: cleanText(o.note) } : {}),
  }));
}

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}

/** Asks one point's outcome; null when skipped. `proposal` pre-fills the answers. */
export async function askPoint(ask: Ask, point: Point, decision: WooEvent, law: Law, proposal?: ProposedPoint & { note?: string }): Promise<PointOutcome | null> {
  const choice = await ask.select<string>({
    message: `Punt ${point.number}: ${clip(point.text, 90)}\n  Uitkomst?`,
    choices: [
      ...RECORDABLE_OUTCOMES.map((o) => ({ name: `${OUTCOME_LABELS[o]} (${o})`, value: o, short: OUTCOME_LABELS[o] })),
      { name: 'overslaan: niets vastleggen voor dit punt', value: 'skip', short: 'overgeslagen' },
    ],
    default: proposal && proposal.outcome !== 'unanswered' ? proposal.outcome : undefined,
  });
  if (choice === 'skip') return null;
  const outcome = parseOutcome(choice);
  const record: PointOutcome = { point: point.number, decision: decision.id, outcome, grounds: [] };
  if (REFERENCE_OUTCOMES.has(outcome)) {
    const reference = await ask.text({ message: 'Verwijzing (URL of document; leeg als er geen is)', default: proposal?.reference });
    const clean = cleanReference(reference);
    if (clean) record.reference = clean;
  }
  if (WITHHELD.has(outcome)) {
    // An impossible combination (5.1 lid 5 with another ground, none at all) is refused in the prompt, which asks again.
    record.grounds = await ask.checkbox({
      message: 'Weigeringsgronden',
      choices: REFUSAL_GROUNDS.filter((g) => groundAppliesUnder(g, law)).map((g) => ({ name: `${g.code.padEnd(10)} ${g.short}`, value: g.code, short: g.code, checked: proposal?.grounds.includes(g.code) ?? false })),
      validate: (codes) => {
        const errors = validateGrounds(outcome, codes, law);
        return errors.length ? errors.join(' ') : true;
      },
    });
  }
  // "Niet aanwezig" means there are no documents to count.
  if (outcome !== 'nothing_found') {
    const documents = await ask.text({
      message: 'Aantal documenten (leeg als onbekend)',
      default: proposal?.documents !== undefined ? String(proposal.documents) : undefined,
      validate: (v) => v.trim() === '' || /^\d+$/.test(v.trim()) || 'Geef een geheel getal.',
    });
    if (documents.trim()) record.documents = Number(documents.trim());
  }
  const note = await ask.text({ message: 'Notitie (optioneel)', default: proposal?.note });
  if (cleanText(note)) record.note = cleanText(note);
  if (proposal?.evidence) record.evidence = proposal.evidence;
  return record;
}

/** The outcomes already recorded for this decision, as the defaults of a point asked again. */
function recordedAsProposal(request: WooRequest, decision: WooEvent, point: number): (ProposedPoint & { note?: string }) | undefined {
  const r = request.outcomes.find((o) => o.decision === decision.id && o.point === point);
  return r && { point, outcome: r.outcome, evidence: r.evidence ?? '', grounds: r.grounds, ...(r.reference ? { reference: r.reference } : {}), ...(r.documents !== undefined ? { documents: r.documents } : {}), ...(r.note ? { note: r.note } : {}) };
}

/**
 * Asks point by point, collecting into `records` so that what was answered survives a Ctrl+C or an
 * error. A resumed session shows the answers so far and starts at the first open point; when every
 * point is answered it goes over all of them again with the answers given as defaults.
 */
async function askAll(ctx: AppContext, request: WooRequest, decision: WooEvent, records: PointOutcome[]): Promise<void> {
  const ask = ctx.ask!;
  const law = lawOfDecision(decision.date);
  const points = request.points.filter((p) => !decision.points || decision.points.includes(p.number));
  const answered = points.filter((p) => request.outcomes.some((o) => o.decision === decision.id && o.point === p.number));
  const open = points.filter((p) => !answered.includes(p));
  if (answered.length > 0) {
    const lines = answered.map((p) => {
      const outcomes = request.outcomes.filter((o) => o.decision === decision.id && o.point === p.number);
      return `  punt ${p.number}: ${outcomes.map((o) => `${OUTCOME_LABELS[o.outcome]}${o.grounds.length ? ` (${o.grounds.join(', ')})` : ''}`).join('; ')}`;
    });
    const next = open.length ? `Verder bij punt ${open[0].number}, het eerste open punt.` : 'Alle punten zijn beantwoord: u loopt ze opnieuw langs, met de gegeven antwoorden als standaard.';
    ctx.output.err(`Al vastgelegd bij dit besluit (${decision.date}):\n${lines.join('\n')}\n${next}\n`);
  }
  for (const point of open.length ? open : points) {
    const r = await askPoint(ask, point, decision, law, recordedAsProposal(request, decision, point.number));
    if (r) records.push(r);
  }
}

export async function runRespond(o: RespondOptions, ctx: AppContext): Promise<RespondResult> {
  if (o.inventory !== undefined && o.from === undefined) {
    throw new UsageError('--inventory hoort bij --from: geef de besluitbrief en de inventarislijst samen op.', `Bijvoorbeeld: woo respond ${o.id} --from besluit.pdf --inventory inventarislijst.xlsx`);
  }
  if (o.from !== undefined) {
    const { runImport } = await import('./respond-import.js');
    return runImport(o, ctx);
  }
  const request = await ctx.workspace.readRequest(o.id);
  const decision = decisionEvent(request, o.decision);
  let records: PointOutcome[] = [];
  if (o.points !== undefined || o.outcome !== undefined) records = oneLine(o, request, decision);
  else if (ctx.ask) {
    try {
      await askAll(ctx, request, decision, records);
    } catch (e) {
      // Stopped halfway, whatever the reason: keep the points already answered, then stop.
      if (records.length > 0 && !o.dryRun) {
        await ctx.workspace.updateRequest(o.id, (current) => ({ ...current, outcomes: mergeOutcomes(current, decisionEvent(current, decision.id), records, o.add) }));
        ctx.output.err(`${records.length} ${records.length === 1 ? 'uitkomst' : 'uitkomsten'} opgeslagen voordat u stopte (punt ${records.map((r) => r.point).join(', ')}).`);
      }
      throw e;
    }
  } else throw new UsageError('Zonder terminal geeft u de uitkomst op met --points en --outcome, of leest u het besluit in met --from besluit.pdf.', `Bijvoorbeeld: woo respond ${request.id} --points 1-5 --outcome already_public --reference https://…`);
  if (o.dryRun) return { request, recorded: records, events: [], warnings: [] };
  const saved = await ctx.workspace.updateRequest(o.id, (current) => ({ ...current, outcomes: mergeOutcomes(current, decisionEvent(current, decision.id), records, o.add) }));
  return { request: saved, recorded: records, events: [], warnings: [] };
}

/** Events for the dates a decision letter mentions that the history does not have yet. */
export function eventsFromDates(request: WooRequest, proposal: DecisionProposal, today: string): { events: WooEvent[]; warnings: string[] } {
  const events: WooEvent[] = [];
  const warnings: string[] = [];
  const wanted: [WooEvent['type'], string | undefined][] = [
    ['received', proposal.dates.received],
    ['acknowledged', proposal.dates.acknowledged],
    ['adjourned', proposal.dates.adjourned],
    ['decided', proposal.dates.decided],
  ];
  for (const [type, date] of wanted) {
    if (!date || request.events.some((e) => e.type === type)) continue;
    const event: WooEvent = { id: nextEventId([...request.events, ...events]), type, date, recorded: today, note: 'overgenomen uit het besluit' };
    const check = checkNewEvent([...request.events, ...events], event, today, { regime: request.regime, committee: request.committee });
    if (check.errors.length) {
      warnings.push(`Datum uit het besluit niet vastgelegd (${type} ${date}): ${check.errors.join(' ')}`);
      continue;
    }
    events.push(event);
  }
  return { events, warnings };
}

