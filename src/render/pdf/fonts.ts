// DejaVu Sans (regular + bold) from the dejavu-fonts-ttf package (its LICENSE ships with the
// package), embedded as subsets. DejaVu covers Latin, Greek and Cyrillic with the punctuation a
// letter needs („ ” ‘ ’ – — € ĳ). We read and subset the TTF ourselves (truetype.ts,
// truetype-subset.ts, font-embedder.ts) instead of through fontkit, which cost ~0.5 s a run.
// Change fonts only with the raster check (tests/render/letter-pdf.test.ts renders a page with
// pdftoppm) and tests/render/truetype.test.ts.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { embedTrueTypeFont } from './font-embedder.js';
import type { PDFDocument, PDFFont } from './pdf-lib.js';
import { TrueTypeFont } from './truetype.js';

export interface LetterFonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Name used in messages about missing characters. */
export const FONT_NAME = 'DejaVu Sans';

/** The font files and their PostScript names (used for the PDF font names). */
export const FONT_FILES = {
  regular: { path: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf', postscriptName: 'DejaVuSans' },
  bold: { path: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf', postscriptName: 'DejaVuSans-Bold' },
} as const;

const requireHere = createRequire(import.meta.url);

// The font files are read and parsed once per process; a CLI run makes one PDF, tests make many.
let parsed: Promise<[TrueTypeFont, TrueTypeFont]> | undefined;

export function loadLetterFontFiles(): Promise<[TrueTypeFont, TrueTypeFont]> {
  parsed ??= Promise.all(
    [FONT_FILES.regular, FONT_FILES.bold].map(async (f) => new TrueTypeFont(await readFile(requireHere.resolve(f.path)))),
  ) as Promise<[TrueTypeFont, TrueTypeFont]>;
  return parsed;
}

export async function embedLetterFonts(doc: PDFDocument): Promise<LetterFonts> {
  const [regular, bold] = await loadLetterFontFiles();
  return {
    regular: embedTrueTypeFont(doc, regular, FONT_FILES.regular.postscriptName),
    bold: embedTrueTypeFont(doc, bold, FONT_FILES.bold.postscriptName),
  };
}
