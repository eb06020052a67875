import { it } from 'vitest';
import { parseDecision } from '/work/main/src/core/decision/index.js';
import { segmentLetter } from '/work/main/src/core/decision/segment.js';
import { normaliseLetterText } from '/work/main/src/core/decision/normalise.js';
// @ts-expect-error js
import { loadFixture } from '/work/main/scripts/decision-accuracy.mjs';
it('dbg', () => {
  const [dir, name] = (process.env.F ?? '').split(':');
  const { text, expected, points } = loadFixture(dir, name);
  if (process.env.SEG) for (const b of segmentLetter(normaliseLetterText(text), points.length)) console.log(JSON.stringify(b).slice(0, 160));
  const p = parseDecision(text, points, { law: expected.law });
  for (const x of p.points) console.log(x.point, x.outcome, x.grounds.join(','), x.reference ?? '', '||', x.evidence.slice(0, 200));
  console.log('UNMATCHED', p.unmatched);
});
