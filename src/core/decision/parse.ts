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
import { highestPoint } from './reading.js';
import { segmentLetter, splitSentences } from './segment.js';
import { stripSidebar } from './sidebar.js';
import { readLetterStructure } from './structure.js';
import type { DecisionProposal, LetterPart, ParseOptions, RequestPoint } from './types.js';

/** Letterhead, objection clause and annexes other than the inventory decide nothing; they are left out. */
const SILENT: readonly LetterPart['kind'][] = ['letterhead', 'objection_clause', 'annex_statute', 'annex_other'];

function decidingText(parts: LetterPart[]): string {
  return parts
    .filter((p) => !SILENT.includes(p.kind))
    .map((p) => p.text)
    .join('\n\n');
}

export function parseDecision(text: string, points: RequestPoint[], opts: ParseOptions): DecisionProposal {
  const clean = numberPointLabels(normaliseLetterText(text));
  // Outcomes are read from the parts that decide; dates from the whole letter, letterhead included.
  const body = decidingText(readLetterStructure(stripSidebar(clean)));
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
  const unplaced = unmatched.map((text) => ({ text, reason: 'niet aan een punt te koppelen' }));
  return { points: proposePoints(reading, ordered, opts.law), dates: extractDecisionDates(clean, sentences), documents: [], unplaced, unmatched };
}
