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
import type { DecisionProposal, ParseOptions, RequestPoint } from './types.js';

export function parseDecision(text: string, points: RequestPoint[], opts: ParseOptions): DecisionProposal {
  const clean = numberPointLabels(normaliseLetterText(text));
  const ordered = [...points].sort((a, b) => a.number - b.number);
  const blocks = segmentLetter(clean, highestPoint(ordered));
  const sentences = blocks.flatMap((b) => (b.kind === 'paragraph' ? splitSentences(b.text) : b.kind === 'item' ? [b.text] : []));
  const reading = readBlocks(blocks, ordered, opts.law);
  // Points left for a later decision stay unanswered here, and take no letter-wide statement.
  const postponed = postponedPoints(sentences, highestPoint(ordered));
  postponed.forEach((p) => reading.byPoint.delete(p));
  const decidedNow = ordered.filter((p) => !postponed.has(p.number));
  placeOrphans(reading, decidedNow, restatesRequestList(blocks, ordered.map((p) => p.number)));
  const unmatched = applyLetterWideStatements(reading, decidedNow);
  return { points: proposePoints(reading, ordered, opts.law), dates: extractDecisionDates(clean, sentences), unmatched };
}
