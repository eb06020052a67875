// Letters that quote the request back as a list often answer it in plain paragraphs, in the same
// order, naming no point ("Het cameraplan staat op …", "De evaluatie berust niet bij ons", …). When
// neither a number nor the request's own words tie such paragraphs to points, their order does,
// but only when nothing is left to guess: one run of answer paragraphs, exactly as many as the
// points still unanswered, after a restated list of the whole request.
import type { PointEvidence } from './aggregate.js';
import type { Block } from './segment.js';

export interface OrphanParagraph {
  evidence: PointEvidence;
  /** Which stretch between headings the paragraph stood in. */
  section: number;
}

/** Whether the letter restates the request as a list: a numbered item for every point, or one bullet per point. */
export function restatesRequestList(blocks: Block[], pointNumbers: number[]): boolean {
  const items = new Set(blocks.flatMap((b) => (b.kind === 'item' ? [b.point] : [])));
  if (pointNumbers.every((n) => items.has(n))) return true;
  return blocks.some((b) => b.kind === 'paragraph' && (b.text.match(/(?:^|\s)[-–•*]\s+\p{L}/gu) ?? []).length === pointNumbers.length);
}

/** Point → answer paragraph, in order; null when the order does not settle it. */
export function alignByOrder(orphans: OrphanParagraph[], unanswered: number[], restated: boolean): Map<number, PointEvidence> | null {
  if (!restated || orphans.length === 0 || orphans.length !== unanswered.length) return null;
  if (new Set(orphans.map((o) => o.section)).size !== 1) return null;
  return new Map(unanswered.map((point, i) => [point, orphans[i].evidence]));
}
