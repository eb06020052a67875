// A letter of a megabyte is read in time linear in its length: shapes that once made the sentence
// splitter quadratic (sentences that never end, lines in lower case) finish like any letter.
// (No time is asserted; a quadratic reading of these inputs takes hours and ends the test by its limit.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDecision } from '../../../src/core/decision/index.js';
import { splitSentences } from '../../../src/core/decision/segment.js';

const points = (n: number) => Array.from({ length: n }, (_, i) => ({ number: i + 1, text: `het onderwerp van punt ${i + 1}` }));
const MB = 1_000_000;

describe('a letter of a megabyte', () => {
  it('splits 50,000 lower-case "sentences" after full stops without rescanning', () => {
    const text = Array.from({ length: 50_000 }, (_, i) => `punt ${i} is openbaar.`).join(' ').slice(0, MB);
    // None ends a sentence (the next word is lower case): one sentence of a megabyte.
    expect(splitSentences(text)).toHaveLength(1);
  });

  it('parses a megabyte of lower-case lines', () => {
    const text = Array.from({ length: 60_000 }, (_, i) => `punt ${i % 17} is openbaar.`).join('\n').slice(0, MB);
    const proposal = parseDecision(text, points(17), { law: 'woo' });
    expect(proposal.points).toHaveLength(17);
  });

  it('parses a real decision repeated to a megabyte', () => {
    const letter = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'decisions', 'cas-politie-wob.txt'), 'utf8');
    const proposal = parseDecision(letter.repeat(Math.ceil(MB / letter.length)).slice(0, MB), points(17), { law: 'wob' });
    expect(proposal.points.find((p) => p.point === 1)?.outcome).toBe('already_public');
  });
});
