import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Our pdf-lib build: the raster check mixes its own document with our fonts (instanceof checks).
import { PDFDocument } from '../../src/render/pdf/pdf-lib.js';
import { getMeta } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CannotError } from '../../src/core/errors.js';
import type { LetterModel } from '../../src/core/letters/model.js';
import { renderLetterText } from '../../src/render/letter-text.js';
import { embedLetterFonts } from '../../src/render/pdf/fonts.js';
import { FIRST_PAGE_FRAME, MARGIN_LEFT, MARGIN_RIGHT, PAGE_HEIGHT, PAGE_WIDTH, RECIPIENT, WINDOW } from '../../src/render/pdf/geometry.js';
import { renderLetterPdf, UnsupportedCharactersError } from '../../src/render/pdf/render-pdf.js';
import { hasTool, PAGE_NUMBER, pageTexts, pdfWords, textItems } from './pdf-helpers.js';
import { longLetter, sampleLetter, SAMPLE_POINTS } from './sample-letter.js';

const OPTS = { creationDate: '2026-11-23' };
const render = (model: LetterModel) => renderLetterPdf(model, OPTS);

function shortLetter(): LetterModel {
  const base = sampleLetter();
  return sampleLetter({
    body: [base.body[0], { kind: 'numbered', items: SAMPLE_POINTS.slice(0, 3).map((text, i) => ({ number: i + 1, text })) }],
  });
}

const SPECIAL = 'ë ï é ĳ ł ğ ş ő ç ß € „ ” ‘ ’ – —';

let sample: Uint8Array;
let long: Uint8Array;
let dir: string;
beforeAll(async () => {
  [sample, long] = await Promise.all([render(sampleLetter()), render(longLetter(60))]);
  dir = mkdtempSync(join(tmpdir(), 'woo-pdf-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('renderLetterPdf: content', () => {
  it('is an A4 PDF', async () => {
    const doc = await PDFDocument.load(sample);
    for (const page of doc.getPages()) {
      expect(page.getWidth()).toBeCloseTo(595.28, 2);
      expect(page.getHeight()).toBeCloseTo(841.89, 2);
    }
  });

  it('contains every word of the text rendering, in the same order', async () => {
    // List markers differ ("1." / "-" in text, "1." / "•" in the PDF); everything else is the same.
    const strip = (words: string[]) => words.filter((w) => !/^(\d+\.|-|•)$/.test(w));
    const model = sampleLetter();
    expect(strip(await pdfWords(sample))).toEqual(strip(renderLetterText(model).split(/\s+/).filter(Boolean)));
  });

  it('contains every paragraph and point whole', async () => {
    const text = (await pdfWords(sample)).join(' ');
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const point of SAMPLE_POINTS) expect(text).toContain(norm(point));
    for (const block of sampleLetter().body) {
      if (block.kind === 'paragraph' || block.kind === 'heading') expect(text).toContain(norm(block.text));
    }
  });

  it('prints and extracts Dutch and European characters', async () => {
    const pdf = await render(sampleLetter({ body: [{ kind: 'paragraph', text: SPECIAL }], subject: `Onderwerp ${SPECIAL}` }));
    const text = (await pageTexts(pdf)).join('\n');
    for (const ch of SPECIAL.split(' ')) expect(text).toContain(ch);
  });
});

describe('renderLetterPdf: invisible characters', () => {
  it('draws no soft hyphen or zero-width space and gives them no width', async () => {
    // Text pasted from a word processor often has soft hyphens; DejaVu's glyph for one is a
    // visible hyphen, and fontkit used to leave a space-wide gap.
    const pdf = await render(sampleLetter({ body: [{ kind: 'paragraph', text: 'Het open\u00ADbaar\u200Bheids\u00ADbeginsel.' }] }));
    expect((await pageTexts(pdf)).join('\n')).toContain('Het openbaarheidsbeginsel.');
    const fonts = await embedLetterFonts(await PDFDocument.create());
    expect(fonts.regular.widthOfTextAtSize('open\u00ADbaar\u200B', 10)).toBe(fonts.regular.widthOfTextAtSize('openbaar', 10));
  });
});

describe('renderLetterPdf: layout', () => {
  it('fits a short letter on one page, without a page number', async () => {
    const pages = await pageTexts(await render(shortLetter()));
    expect(pages).toHaveLength(1);
    expect(pages[0]).not.toMatch(PAGE_NUMBER);
  });

  it('numbers the pages of a long letter from page 2 on as "pagina X van Y"', async () => {
    const pages = await pageTexts(long);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(pages[0]).not.toMatch(PAGE_NUMBER);
    pages.forEach((text, i) => {
      if (i > 0) expect(text).toContain(`pagina ${i + 1} van ${pages.length}`);
    });
  });

  it('keeps all text inside the margins of the page', async () => {
    const items = await textItems(long);
    expect(items.length).toBeGreaterThan(100);
    for (const item of items) {
      expect(item.x).toBeGreaterThanOrEqual(MARGIN_LEFT - 0.01);
      expect(item.x + item.width).toBeLessThanOrEqual(PAGE_WIDTH - MARGIN_RIGHT + 0.01);
      expect(item.y).toBeLessThanOrEqual(PAGE_HEIGHT - 10);
      // Only the page number sits below the text frame.
      if (!PAGE_NUMBER.test(item.str)) expect(item.y).toBeGreaterThanOrEqual(FIRST_PAGE_FRAME.bottom);
    }
  });

  it('breaks a URL longer than the line instead of letting it run off the page', async () => {
    const url = `https://example.org/woo/${'besluiten/'.repeat(12)}overzicht?jaar=2026&id=17`;
    const items = await textItems(await render(sampleLetter({ body: [{ kind: 'paragraph', text: `Zie ${url}.` }] })));
    for (const item of items) expect(item.x + item.width).toBeLessThanOrEqual(PAGE_WIDTH - MARGIN_RIGHT + 0.01);
    expect(items.map((i) => i.str).join('')).toContain(url);
  });

  it('places the recipient in the envelope window (DIN 5008: 20 mm left, 45 mm top, 90 × 45 mm)', async () => {
    const items = (await textItems(sample)).filter((i) => i.page === 1);
    const recipient = sampleLetter().recipient;
    for (const line of [recipient.name, ...recipient.lines]) {
      const item = items.find((i) => i.str === line);
      expect(item, line).toBeDefined();
      expect(item!.x).toBe(RECIPIENT.x);
      expect(item!.x + item!.width).toBeLessThanOrEqual(WINDOW.x + WINDOW.width);
      expect(item!.y).toBeLessThanOrEqual(WINDOW.top);
      expect(item!.y).toBeGreaterThanOrEqual(WINDOW.top - WINDOW.height);
    }
  });

  it('never leaves the closing and signature alone on a page, and never adds an empty page', async () => {
    // Letters of growing length move the end of the body over every point of a page break.
    const model = sampleLetter();
    const filler = Array.from({ length: 40 }, (_, i) => ({ number: i + 1, text: SAMPLE_POINTS[i % SAMPLE_POINTS.length] }));
    for (let n = 8; n <= 34; n++) {
      const pages = await pageTexts(await render({ ...model, body: [model.body[0], { kind: 'numbered', items: filler.slice(0, n) }] }));
      const last = pages[pages.length - 1]
        .replace(PAGE_NUMBER, '')
        .replace(model.closing, '')
        .replace(model.signature, '')
        .trim();
      // At least the last two lines of the body are on the last page with the closing.
      expect(last.split('\n').length, `${n} points`).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('renderLetterPdf: characters the font lacks', () => {
  const model = sampleLetter({
    body: [
      { kind: 'paragraph', text: 'Een alinea met een emoji 🦄.' },
      { kind: 'numbered', items: [{ number: 3, text: 'Een punt met 中文 en nog eens 🦄.' }] },
    ],
  });

  it('throws a Dutch error naming each character and where it is', async () => {
    const error = await render(model).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedCharactersError);
    expect(error).toBeInstanceOf(CannotError);
    const e = error as UnsupportedCharactersError;
    expect(e.exitCode).toBe(1);
    expect(e.message).toContain('"🦄" (U+1F984) in alinea 1, punt 3');
    expect(e.message).toContain('"中" (U+4E2D) in punt 3');
    expect(e.characters.map((c) => c.char)).toEqual(['🦄', '中', '文']);
    expect(e.hint).toMatch(/--format md/);
  });

  it('replaces them when asked to', async () => {
    const pdf = await renderLetterPdf(model, { ...OPTS, replaceUnsupported: '?' });
    const text = (await pageTexts(pdf)).join('\n');
    expect(text).toContain('Een punt met ?? en nog eens ?.');
  });
});

describe('renderLetterPdf: file', () => {
  it('sets the metadata', async () => {
    const { info } = await getMeta(new Uint8Array(sample));
    expect(info).toMatchObject({
      Title: 'Woo-verzoek over het Voorspellend Meldingen Systeem',
      Author: 'Anna de Vries',
      Subject: 'Verzoek om openbaarmaking op grond van de Wet open overheid',
      Language: 'nl-NL',
      Creator: 'woo',
      Producer: 'woo',
      CreationDate: 'D:20261123000000Z',
      ModDate: 'D:20261123000000Z',
    });
  });

  it('is reproducible: the same model gives the same bytes', async () => {
    const again = await render(sampleLetter());
    expect(Buffer.from(again).equals(Buffer.from(sample))).toBe(true);
  });

  it.runIf(hasTool('pdffonts'))('embeds its fonts as subsets with a ToUnicode map (pdffonts: emb, sub, uni yes)', () => {
    const file = join(dir, 'fonts.pdf');
    writeFileSync(file, sample);
    const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBe(2);
    expect(rows.map((r) => r.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
    for (const row of rows) expect(row).toMatch(/^[A-Z]{6}\+DejaVuSans(-Bold)? +CID TrueType +Identity-H +yes +yes +yes /);
  });
  it.skipIf(hasTool('pdffonts'))('embeds its fonts — SKIPPED: pdffonts (poppler-utils) is not installed', () => {});
});

describe('fonts: subsetting draws every glyph (raster check)', () => {
  // A broken subset can render blank glyphs while the text still extracts fine (pdf-lib's
  // fontkit did that for some fonts, engineering.md §2.4; we now write subsets ourselves in
  // truetype-subset.ts), so look at the pixels: each character gets its own band, and every
  // band must have ink.
  const chars = [...SPECIAL.split(' '), 'A', 'g', '1', '•', 'Ω', 'Ж', 'ё', '→'];
  const hasPdftoppm = hasTool('pdftoppm');

  it.runIf(hasPdftoppm)('every special character has ink in regular and bold', async () => {
    const doc = await PDFDocument.create();
    const fonts = await embedLetterFonts(doc);
    const band = 20;
    const page = doc.addPage([100, band * chars.length]);
    chars.forEach((ch, i) => {
      const y = page.getHeight() - (i + 1) * band + 5;
      page.drawText(ch, { x: 10, y, size: 12, font: fonts.regular });
      page.drawText(ch, { x: 60, y, size: 12, font: fonts.bold });
    });
    const file = join(dir, 'glyphs.pdf');
    writeFileSync(file, await doc.save());
    execFileSync('pdftoppm', ['-r', '72', '-gray', '-singlefile', file, join(dir, 'glyphs')]);
    const { width, pixels } = readPgm(readFileSync(join(dir, 'glyphs.pgm')));
    chars.forEach((ch, i) => {
      for (const [x0, x1] of [[0, 50], [50, 100]]) {
        let ink = 0;
        for (let y = i * band; y < (i + 1) * band; y++) {
          for (let x = x0; x < x1; x++) if (pixels[y * width + x] < 128) ink++;
        }
        expect(ink, `"${ch}" at x ${x0}`).toBeGreaterThan(0);
      }
    });
  });
  it.skipIf(hasPdftoppm)('raster check — SKIPPED: pdftoppm (poppler-utils) is not installed', () => {});
});

/** Parses a binary greyscale PGM (P5) as written by pdftoppm -gray. */
function readPgm(data: Buffer): { width: number; height: number; pixels: Uint8Array } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  return { width, height, pixels: data.subarray(header[0].length, header[0].length + width * height) };
}
