import { describe, expect, it } from 'vitest';
import { renderLetterText, TEXT_WIDTH } from '../../src/render/letter-text.js';
import { sampleLetter } from './sample-letter.js';

describe('renderLetterText', () => {
  it('renders the sample request (golden file)', async () => {
    await expect(renderLetterText(sampleLetter())).toMatchFileSnapshot('__snapshots__/request.txt');
  });

  it('wraps at 78 columns', () => {
    for (const line of renderLetterText(sampleLetter()).split('\n')) {
      expect(Array.from(line).length).toBeLessThanOrEqual(TEXT_WIDTH);
    }
  });

  it('indents numbered items with a hanging indent and right-aligned numbers', () => {
    const txt = renderLetterText(sampleLetter());
    expect(txt).toContain('   1. alle gegevensvelden die worden verzameld en/of een datadictionary voor\n      het Voorspellend');
    expect(txt).toContain('  17. alle risicoanalyses');
  });

  it('leaves a URL longer than a line whole', () => {
    const url = `https://example.org/${'a'.repeat(90)}`;
    const txt = renderLetterText(sampleLetter({ body: [{ kind: 'paragraph', text: `Zie ${url} voor meer.` }] }));
    expect(txt).toContain(`Zie\n${url}\nvoor meer.`);
  });

  it('has the same words as the Markdown, in the same order', async () => {
    const { renderLetterMarkdown } = await import('../../src/render/letter-markdown.js');
    const words = (s: string) =>
      s
        .replace(/\*\*|^#+ |\\/gm, '')
        .replace(/^\s*-\s|^\s*\d+\.\s/gm, ' ')
        .replace(/•/g, ' ')
        .split(/\s+/)
        .filter(Boolean);
    const model = sampleLetter();
    expect(words(renderLetterText(model))).toEqual(words(renderLetterMarkdown(model)));
  });
});
