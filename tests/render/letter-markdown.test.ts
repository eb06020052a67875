import { describe, expect, it } from 'vitest';
import { escapeLine, renderLetterMarkdown } from '../../src/render/letter-markdown.js';
import { sampleLetter } from './sample-letter.js';

describe('renderLetterMarkdown', () => {
  it('renders the sample request (golden file)', async () => {
    await expect(renderLetterMarkdown(sampleLetter())).toMatchFileSnapshot('__snapshots__/request.md');
  });

  it('ends with exactly one newline and is deterministic', () => {
    const md = renderLetterMarkdown(sampleLetter());
    expect(md.endsWith('\n')).toBe(true);
    expect(md.endsWith('\n\n')).toBe(false);
    expect(renderLetterMarkdown(sampleLetter())).toBe(md);
  });

  it('keeps address lines apart with hard breaks', () => {
    const md = renderLetterMarkdown(sampleLetter());
    expect(md).toContain('Gemeente Voorbeeldstad  \nt.a.v. de Woo-coördinator  \nPostbus 1234  \n1000 AA Voorbeeldstad\n');
    expect(md).toContain('Amsterdam, 23 november 2026\n');
    expect(md).toContain('**Onderwerp:** Woo-verzoek over het Voorspellend Meldingen Systeem\n');
  });

  it('keeps the own numbers of points and starts a new list where they jump', () => {
    const md = renderLetterMarkdown(
      sampleLetter({
        body: [
          {
            kind: 'numbered',
            items: [
              { number: 3, text: 'derde punt' },
              { number: 4, text: 'vierde punt\nmet een tweede regel' },
              { number: 12, text: 'twaalfde punt' },
            ],
          },
        ],
      }),
    );
    expect(md).toContain('3. derde punt\n4. vierde punt  \n   met een tweede regel\n\n<!-- -->\n\n12. twaalfde punt\n');
  });

  it('does not let user text turn into headings or lists', () => {
    const md = renderLetterMarkdown(
      sampleLetter({
        body: [
          { kind: 'paragraph', text: '# geen kop\n1. geen lijst\n- geen opsomming\n> geen citaat\n2026) geen lijst' },
          { kind: 'numbered', items: [{ number: 1, text: 'tekst\n2. geen sublijst' }] },
        ],
      }),
    );
    expect(md).toContain('\\# geen kop  \n1\\. geen lijst  \n\\- geen opsomming  \n\\> geen citaat  \n2026\\) geen lijst\n');
    expect(md).toContain('1. tekst  \n   2\\. geen sublijst\n');
  });

  it('escapes only the start of a line', () => {
    expect(escapeLine('artikel 5.1, lid 2 - zie *hierboven*')).toBe('artikel 5.1, lid 2 - zie *hierboven*');
    expect(escapeLine('---')).toBe('\\---');
    expect(escapeLine('```js')).toBe('\\```js');
    expect(escapeLine('<script>')).toBe('\\<script>');
    expect(escapeLine('10.000 documenten')).toBe('10.000 documenten');
  });
});
