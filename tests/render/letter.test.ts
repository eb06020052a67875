import { readFileSync } from 'node:fs';
import { getMeta } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderLetter } from '../../src/render/letter.js';
import { renderLetterMarkdown } from '../../src/render/letter-markdown.js';
import { renderLetterText } from '../../src/render/letter-text.js';
import { sampleLetter } from './sample-letter.js';

const source = (file: string) => readFileSync(new URL(`../../src/render/${file}`, import.meta.url), 'utf8');

describe('renderLetter', () => {
  it('renders Markdown and text as strings', async () => {
    const model = sampleLetter();
    expect(await renderLetter(model, 'md')).toBe(renderLetterMarkdown(model));
    expect(await renderLetter(model, 'txt')).toBe(renderLetterText(model));
  });

  it('renders a PDF as bytes, dated by the letter', async () => {
    const pdf = await renderLetter(sampleLetter(), 'pdf');
    expect(pdf).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const { info } = await getMeta(new Uint8Array(pdf));
    expect(info).toMatchObject({ CreationDate: 'D:20261123000000Z' });
  });

  it('loads pdf-lib only for PDF output', () => {
    // Static imports of the Markdown/text path must not reach pdf-lib or fontkit.
    for (const file of ['letter.ts', 'letter-markdown.ts', 'letter-text.ts', 'pdf/wrap.ts']) {
      const imports = source(file).match(/^import .* from '.*';$/gm) ?? [];
      for (const line of imports) expect(line, file).not.toMatch(/pdf-lib|fontkit|render-pdf/);
    }
    expect(source('letter.ts')).toContain("await import('./pdf/render-pdf.js')");
  });
});
