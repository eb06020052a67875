// DejaVu Sans (regular + bold) from the dejavu-fonts-ttf package, embedded as subsets.
// DejaVu is the font we checked: pdf-lib 1.17.1's fontkit fork subsets it correctly (other TTFs,
// e.g. Noto Sans, come out with blank glyphs; see engineering.md §2.4). Change fonts only with a
// raster check (tests/render/letter-pdf.test.ts renders a page with pdftoppm).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

export interface LetterFonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Name used in messages about missing characters. */
export const FONT_NAME = 'DejaVu Sans';

const require = createRequire(import.meta.url);

// The font files are read once per process; a CLI run makes one PDF, tests make many.
let files: Promise<[Uint8Array, Uint8Array]> | undefined;

function fontFiles(): Promise<[Uint8Array, Uint8Array]> {
  files ??= Promise.all([
    readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  ]);
  return files;
}

export async function embedLetterFonts(doc: PDFDocument): Promise<LetterFonts> {
  doc.registerFontkit(fontkit);
  const [regular, bold] = await fontFiles();
  return {
    regular: await doc.embedFont(regular, { subset: true }),
    bold: await doc.embedFont(bold, { subset: true }),
  };
}
