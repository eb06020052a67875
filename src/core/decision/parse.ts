// parseDecision: reads a decision letter and proposes, per request point, the outcome, the
// sentences it rests on, the refusal grounds and any reference; plus the letter's dates.
// The pipeline: clean the text, cut it into blocks, walk the blocks tying sentences to points
// (read-blocks.ts), give statements tied to no point to the points nothing else answered
// (letter-wide.ts), then sum up each point (propose.ts). Unsure ties stay unmatched, because a
// wrong outcome is worse than an unanswered point.
import { extractDecisionDates } from './dates.js';
import { numberPointLabels } from './labels.js';
import { applyLetterWideStatements, placeOrphans } from './letter-wide.js';
import { normaliseLetterText } from './normalise.js';
import { restatesRequestList } from './order-alignment.js';
import { postponedPoints } from './postponed.js';
import { proposePoints } from './propose.js';
import { readBlocks } from './read-blocks.js';
import { highestPoint, type Reading } from './reading.js';
import { classifySentence } from './classify.js';
import { segmentLetter, splitSentences } from './segment.js';
import { stripSidebar } from './sidebar.js';
import { DECIDING_PARTS, readLetterStructure } from './structure.js';
import { findPointRefs } from './point-refs.js';
import type { DecisionProposal, Law, LetterPart, Outcome, ParseOptions, ProposedPoint, RequestPoint } from './types.js';
import { letterGrounds, wholeLetterDecision } from './whole-letter.js';
import { unplacedSentences } from './unplaced.js';
import { readLedger } from './inventory-ledger.js';

/** Letterhead, objection clause and annexes other than the inventory decide nothing; they are left out. */
const SILENT: readonly LetterPart['kind'][] = ['letterhead', 'objection_clause', 'annex_statute', 'annex_other'];

function decidingText(parts: LetterPart[]): string {
  return parts
    .filter((p) => !SILENT.includes(p.kind))
    .map((p) => p.text)
    .join('\n\n');
}

const WITHHELD: readonly Outcome[] = ['partial_public', 'not_public'];

/**
 * Points the letter answers itself keep that answer (source 'own'); the others, unless left for a
 * later decision, take the letter's decision on the whole request. Withheld points without grounds
 * of their own get the grounds the letter applies.
 */
/**
 * "De rapporten zijn al gepubliceerd. Notulen zijn niet aangetroffen.": answers of another kind,
 * about a subject of their own, tied to no point. They answer points this parser could not place,
 * so the decision on the whole request does not fill in the unanswered points.
 */
const SUBJECT_OF_ITS_OWN: readonly Outcome[] = ['already_public', 'nothing_found', 'forwarded'];
const ABOUT_DOCUMENTS = /\bdocument(?:en)?\b|\bstukken\b|\binformatie\b|\bnummers?\b|\bgegevens\b|\bverzoek\b/i;

function untiedOtherAnswers(statements: string[], whole: Outcome): boolean {
  return statements.some((s) => !ABOUT_DOCUMENTS.test(s) && classifySentence(s).outcomes.some((o) => o !== whole && SUBJECT_OF_ITS_OWN.includes(o)));
}

function applyWholeLetter(points: ProposedPoint[], parts: LetterPart[], postponed: Set<number>, reading: Reading, law: Law): ProposedPoint[] {
  const named = reading.named;
  const found = wholeLetterDecision(parts);
  // A letter with a decision section says there what holds for the whole request; one without
  // may be answering point by point in sentences this parser could not tie.
  const sectioned = parts.some((p) => p.kind === 'decision');
  const whole = found && (sectioned || !untiedOtherAnswers(reading.letterWide.decisive, found.outcome)) ? found : null;
  let grounds: string[] | undefined;
  const lettersGrounds = () => (grounds ??= letterGrounds(parts, law));
  // A letter that never names a point in what it decides answers the request as a whole; what
  // seemed a point's own answer there is a sentence about some documents, not about that point.
  const perPoint = !whole || namesPoints(parts, highestPoint(points.map((p) => ({ number: p.point, text: '' }))));
  return points.map((p) => {
    if (p.outcome !== 'unanswered' && (perPoint || named.has(p.point))) {
      const withGrounds = WITHHELD.includes(p.outcome) && p.grounds.length === 0 ? { grounds: groundsLeftFor(p.point, lettersGrounds(), points, reading) } : {};
      return { ...p, ...withGrounds, source: 'own' };
    }
    if (!whole || postponed.has(p.point)) return p;
    return { ...p, outcome: whole.outcome, evidence: whole.sentence, grounds: WITHHELD.includes(whole.outcome) ? lettersGrounds() : [], source: 'letter_wide' };
  });
}

/**
 * A point answered on its own without grounds of its own takes the grounds the letter applies,
 * except those it applies only in what it says about other points: "Onderdeel 2 … maak ik niet
 * openbaar (artikel 5.1, tweede lid, onder b)" is point 2's ground, not point 1's.
 */
function groundsLeftFor(point: number, letters: string[], points: ProposedPoint[], reading: Reading): string[] {
  const others = new Set(points.filter((q) => q.point !== point).flatMap((q) => reading.byPoint.get(q.point)?.grounds ?? []));
  const left = letters.filter((code) => !others.has(code) || reading.letterWide.grounds.includes(code));
  return left.length > 0 ? left : letters;
}

function namesPoints(parts: LetterPart[], highest: number): boolean {
  return parts.some((part) => DECIDING_PARTS.includes(part.kind) && splitSentences(part.text.replace(/\s+/g, ' ')).some((s) => findPointRefs(s, highest).groups.some((g) => !g.cross)));
}

export function parseDecision(text: string, points: RequestPoint[], opts: ParseOptions): DecisionProposal {
  const clean = numberPointLabels(normaliseLetterText(text));
  // Outcomes are read from the parts that decide; dates from the whole letter, letterhead included.
  const parts = readLetterStructure(stripSidebar(clean));
  const body = decidingText(parts);
  const ordered = [...points].sort((a, b) => a.number - b.number);
  const blocks = segmentLetter(body, highestPoint(ordered));
  const sentences = blocks.flatMap((b) => (b.kind === 'paragraph' ? splitSentences(b.text) : b.kind === 'item' ? [b.text] : []));
  const reading = readBlocks(blocks, ordered, opts.law);
  // Points left for a later decision stay unanswered here, and take no letter-wide statement.
  const postponed = postponedPoints(sentences, highestPoint(ordered));
  postponed.forEach((p) => reading.byPoint.delete(p));
  const decidedNow = ordered.filter((p) => !postponed.has(p.number));
  placeOrphans(reading, decidedNow, restatesRequestList(blocks, ordered.map((p) => p.number)));
  const unmatched = applyLetterWideStatements(reading, decidedNow);
  const proposed = applyWholeLetter(proposePoints(reading, ordered, opts.law), parts, postponed, reading, opts.law);
  const kept = unmatched.map((text) => ({ text, reason: 'beslissing zonder punt' }));
  const unplaced = unplacedSentences(parts, proposed, kept);
  const documents = readLedger(parts, opts.law);
  return { points: proposed, dates: extractDecisionDates(clean, sentences), documents, unplaced, unmatched };
}
