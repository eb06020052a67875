// The parser on the real decision letters of ../shared/corpus/decisions (other people's text, read
// where it lies; skipped where it is absent). Scores the labelled letters (scripts/corpus-accuracy.mjs)
// and fails when the share of points read right falls below what was measured; and checks on all
// letters that no sentence that decides something vanishes.
import { describe, expect, it } from 'vitest';
import { parseDecision, readLetterStructure } from '../../../src/core/decision/index.js';
import { numberPointLabels } from '../../../src/core/decision/labels.js';
import { normaliseLetterText } from '../../../src/core/decision/normalise.js';
import { splitSentences } from '../../../src/core/decision/segment.js';
import { stripSidebar } from '../../../src/core/decision/sidebar.js';
// @ts-expect-error -- plain JavaScript helper
import { corpusPresent, formatCorpusReport, labelPoints, loadLabels, loadManifest, readLetter, scoreCorpus } from '../../../scripts/corpus-accuracy.mjs';

/** Measured on the labelled letters; raise these when the parser gets better, never lower them. */
const FLOOR = { outcomes: 97 / 108 };

describe.skipIf(!corpusPresent())('real decision letters', () => {
  it('reads the labelled letters at least as well as measured', () => {
    const result = scoreCorpus(parseDecision);
    console.log(formatCorpusReport(result));
    const [hit, all] = result.outcomes;
    expect(hit / all).toBeGreaterThanOrEqual(FLOOR.outcomes);
  }, 120_000);
});

/**
 * Sentences that decide, withhold, redact, refer or forward, in general words: every one of them in
 * the decision and the reasoning must be in some point's evidence or among the unplaced sentences.
 */
const DECISIVE = /\b(?:niet\s+openbaar|openbaar\s+(?:te\s+maken|gemaakt)|reeds\s+openbaar|geweigerd|weiger\w*|afgewezen|af\s+te\s+wijzen|niet\s+aangetroffen|geen\s+documenten|onleesbaar\s+gemaakt|zwartgelakt|gelakt|doorgezonden|verwijs|met\s+uitzondering\s+van)\b|\bartikel\s+1[01],\s+(?:eerste|tweede)\s+lid\b/i;
const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\d]+/gu, '');

describe.skipIf(!corpusPresent())('nothing a real letter decides vanishes', () => {
  const labels = loadLabels();
  const manifest = loadManifest();
  const entries = [...manifest.values()] as { id: string; regime: 'wob' | 'woo' }[];
  it.each(entries.map((e) => [e.id, e] as const))('%s', (_id, entry) => {
    const label = labels[entry.id];
    const points = label ? labelPoints(label.points) : [1, 2, 3].map((number) => ({ number, text: '' }));
    const text = readLetter(entry);
    const proposal = parseDecision(text, points, { law: entry.regime });
    const haystack = key([...proposal.points.map((p) => p.evidence), ...proposal.unplaced.map((u) => u.text)].join(' '));
    const parts = readLetterStructure(stripSidebar(numberPointLabels(normaliseLetterText(text))));
    const vanished = parts
      .filter((p) => ['decision', 'reasoning', 'other'].includes(p.kind))
      .flatMap((p) => splitSentences(p.text.replace(/\s+/g, ' ')))
      .filter((s) => DECISIVE.test(s))
      .filter((s) => {
        const k = key(s);
        const middle = k.length <= 60 ? k : k.slice(Math.floor((k.length - 60) / 2), Math.floor((k.length - 60) / 2) + 60);
        return !haystack.includes(middle);
      });
    expect(vanished).toEqual([]);
    for (const u of proposal.unplaced) expect(u.reason).not.toBe('');
  });
});
