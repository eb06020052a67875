// Reads an inventory table into the reading. A row that names its point (a point column, or a
// subject in the words of a point) goes to that point; a numbered document row goes to the point
// the letter placed the table under, or is kept to be found where the letter's text names it.
import { emptyEvidence, mergeEvidence } from './aggregate.js';
import { ensure, highestPoint, type Reading } from './reading.js';
import { readInventory } from './tables.js';
import { themePoints } from './themes.js';
import type { ParseOptions, RequestPoint } from './types.js';

/**
 * `introduced`: the letter put the table right under a point's heading or announced it in a
 * paragraph about a point; `target` is that point (or those points), if any.
 */
export function readTable(reading: Reading, rows: string[][], points: RequestPoint[], law: ParseOptions['law'], introduced: boolean, target: number[] | null): void {
  for (const row of readInventory(rows, law, highestPoint(points))) {
    const evidence = emptyEvidence();
    evidence.outcomes = [row.outcome];
    evidence.grounds = row.grounds;
    evidence.decisive = [row.text];
    evidence.sentences = [row.text];
    evidence.documents = 1;
    const named = row.points && row.points.length > 0 ? row.points : row.subject ? themePoints(row.subject, points) : row.points;
    if (named) {
      for (const point of named) mergeEvidence(ensure(reading, point), evidence);
      for (const n of row.documents) reading.documentPoints.set(n, named);
    } else if (row.documents.length > 0 && !introduced) {
      reading.inventory.push(row);
    } else {
      if (target) for (const point of target) mergeEvidence(ensure(reading, point), evidence);
      else mergeEvidence(reading.letterWide, evidence);
    }
  }
}
