// The Word rendering of the letter model: a valid package, the same text as the other renderings,
// styles for the parts of a letter, points that keep their numbers, and the same bytes every time.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderLetter } from '../../src/render/letter.js';
import { tempDir } from '../helpers/cli.js';
import { readDocx } from '../helpers/docx.js';
import { hasTool, pageTexts, pdfWords } from './pdf-helpers.js';
import { SAMPLE_POINTS, sampleLetter } from './sample-letter.js';

describe('renderLetter docx', () => {
  it('writes a package that unzip and an XML parser read, every part typed and every relationship resolved', async () => {
    const docx = await renderLetter(sampleLetter(), 'docx');
    expect(Buffer.from(docx.subarray(0, 4))).toEqual(Buffer.from('PK\x03\x04', 'latin1'));
    const report = readDocx(docx);
    expect(report.parts).toEqual(['[Content_Types].xml', '_rels/.rels', 'docProps/core.xml', 'word/document.xml', 'word/_rels/document.xml.rels', 'word/styles.xml', 'word/numbering.xml', 'word/footer1.xml', 'word/footer2.xml']);
    expect(report.untyped).toEqual([]);
    expect(report.missingTargets).toEqual([]);
    expect(report.core).toMatchObject({ created: '2026-11-23T00:00:00Z', modified: '2026-11-23T00:00:00Z', language: 'nl-NL' });
  });

  it('carries the letter with a style for each part: address blocks, subject, heading, numbered points, bullets', async () => {
    const model = sampleLetter();
    const { paragraphs, styles, nums } = readDocx(await renderLetter(model, 'docx'));
    const styled = (style: string) => paragraphs.filter((p) => p.style === style).map((p) => p.text);
    expect(styled('Sender')).toEqual([model.sender.name, ...model.sender.lines]);
    expect(paragraphs.find((p) => p.style === 'Sender')!.bold).toBe(true);
    expect(styled('Recipient')).toEqual([model.recipient.name, ...model.recipient.lines]);
    expect(paragraphs.map((p) => p.text)).toContain('Amsterdam, 23 november 2026');
    expect(styled('Reference')).toEqual(['Ons kenmerk: WOO-2026-007']);
    expect(styled('Subject')).toEqual(['Onderwerp: Woo-verzoek over het Voorspellend Meldingen Systeem']);
    expect(styled('Heading2')).toEqual(['Periode en vorm']);
    expect(styled('ListNumber')).toEqual(SAMPLE_POINTS);
    expect(styled('ListBullet')).toEqual(['per e-mail aan anna.devries@example.org;', 'of via een downloadlink.']);
    expect(styles).toMatchObject({ Heading2: 'heading 2', ListNumber: 'List Number', ListBullet: 'List Bullet', Sender: 'Afzender', Recipient: 'Geadresseerde', Subject: 'Onderwerp' });
    const numId = paragraphs.find((p) => p.style === 'ListNumber')!.numId!;
    expect(nums[numId]).toEqual(['1', 1]);
    expect(paragraphs.at(-1)!.text).toBe(model.signature);
  });

  it('numbers the pages from the second on, and keeps the numbers of points that skip', async () => {
    const model = sampleLetter({ body: [{ kind: 'numbered', items: [1, 2, 3, 7, 8].map((number) => ({ number, text: `punt ${number}` })) }] });
    const { paragraphs, nums, footers, fields } = readDocx(await renderLetter(model, 'docx'));
    const points = paragraphs.filter((p) => p.style === 'ListNumber');
    expect(points.map((p) => [p.text, nums[p.numId!][1]])).toEqual([['punt 1', 1], ['punt 2', 1], ['punt 3', 1], ['punt 7', 7], ['punt 8', 7]]);
    expect(new Set(points.map((p) => p.numId)).size).toBe(2);
    expect(footers).toEqual(['pagina 2 van 2', '']);
    expect(fields).toEqual(['PAGE', 'NUMPAGES']);
  });

  it('keeps user text as text: markup characters escaped, line breaks and tabs Word\'s own, control characters left out', async () => {
    const model = sampleLetter({ subject: 'A & B <script>"x"</script>', body: [{ kind: 'paragraph', text: 'regel één\nregel\ttwee\u0007\u001b[2J\n\nnieuwe alinea\ud800' }] });
    const { paragraphs } = readDocx(await renderLetter(model, 'docx'));
    const texts = paragraphs.map((p) => p.text);
    expect(texts).toContain('Onderwerp: A & B <script>"x"</script>');
    expect(texts).toContain('regel één\nregel\ttwee[2J');
    expect(texts).toContain('nieuwe alinea');
  });

  it('gives the same bytes for the same letter', async () => {
    const a = await renderLetter(sampleLetter(), 'docx');
    const b = await renderLetter(sampleLetter(), 'docx');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  // LibreOffice is not in CI; where it is installed (apt-get install libreoffice-writer-nogui) it opens the
  // document as Word would and prints every word of the text letter, with page numbers from page 2 on.
  it.skipIf(!hasTool('soffice', '--version'))('opens in LibreOffice with every word of the letter and its page numbers', async () => {
    const dir = tempDir('woo-docx-lo-');
    const model = sampleLetter();
    writeFileSync(join(dir, 'brief.docx'), await renderLetter(model, 'docx'));
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'brief.docx')], { stdio: 'ignore' });
    const pdf = new Uint8Array(readFileSync(join(dir, 'brief.pdf')));
    // Bullets are • in Word and the PDF, - in plain text: compare the words, not the markers.
    const words = (list: string[]) => list.filter((w) => w !== '•' && w !== '-');
    expect(words(await pdfWords(pdf))).toEqual(words((await renderLetter(model, 'txt')).split(/\s+/)).filter(Boolean));
    const pages = await pageTexts(pdf);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]).not.toMatch(/pagina \d/);
    pages.slice(1).forEach((text, i) => expect(text).toContain(`pagina ${i + 2} van ${pages.length}`));
  });
});
