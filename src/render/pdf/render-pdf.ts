// Assembles the PDF: A4, sender top right, recipient in the envelope window, the flowing text
// paginated below, page numbers, fixed metadata as PDF/A-2b (./metadata.ts). Loaded lazily by
// ../letter.ts (pdf-lib takes ~50 ms to load, which Markdown and text output should not pay).
import { PDFDocument, rgb, type PDFFont, type PDFPage } from './pdf-lib.js';
import type { IsoDate } from '../../core/dates.js';
import type { LetterModel, Party } from '../../core/letters/model.js';
import { checkCharacters } from './charset.js';
import { embedLetterFonts, type LetterFonts } from './fonts.js';
import { setArchiveMetadata } from './metadata.js';
import { buildFlow, wrapFor } from './flow.js';
import {
  FIRST_PAGE_FRAME,
  FOLD_MARKS,
  MARGIN_LEFT,
  MARGIN_RIGHT,
  NEXT_PAGE_FRAME,
  PAGE_HEIGHT,
  PAGE_NUMBER_BASELINE,
  PAGE_WIDTH,
  RECIPIENT,
  SENDER,
  TYPE,
} from './geometry.js';
import { paginate, type PlacedLine } from './layout.js';

export { UnsupportedCharactersError, type UnsupportedCharacter } from './errors.js';

export interface RenderPdfOptions {
  /** Creation and modification date in the metadata; fixed so that output is reproducible. */
  creationDate: IsoDate;
  /** Replace characters the font lacks with this text instead of throwing (default: throw). */
  replaceUnsupported?: string;
}

const GREY = rgb(0.35, 0.35, 0.35);

export async function renderLetterPdf(model: LetterModel, opts: RenderPdfOptions): Promise<Uint8Array> {
  // updateMetadata: false, or pdf-lib stamps the current time and its own producer.
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = await embedLetterFonts(doc);
  const letter = checkCharacters(model, fonts, opts.replaceUnsupported);

  setArchiveMetadata(doc, letter, opts.creationDate);

  const pages = paginate(buildFlow(letter, fonts), FIRST_PAGE_FRAME, NEXT_PAGE_FRAME);
  pages.forEach((lines, index) => {
    const page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    if (index === 0) drawFirstPageHeader(page, letter, fonts);
    drawLines(page, lines);
    // "pagina X van Y" from the second page on, as Dutch letters number their continuation pages.
    if (index > 0) drawPageNumber(page, `pagina ${index + 1} van ${pages.length}`, fonts.regular);
  });
  return doc.save({ useObjectStreams: true });
}

function drawFirstPageHeader(page: PDFPage, letter: LetterModel, fonts: LetterFonts): void {
  drawParty(page, letter.sender, SENDER, TYPE.sender, fonts);
  drawParty(page, letter.recipient, RECIPIENT, TYPE.address, fonts);
  // Short fold marks in the left margin, so the sheet folds to fit the window envelope.
  for (const y of FOLD_MARKS) {
    page.drawLine({ start: { x: 0, y }, end: { x: 14, y }, thickness: 0.4, color: GREY });
  }
}

/** Name in bold, then the address lines; long lines (e-mail addresses) wrap inside the block. */
function drawParty(
  page: PDFPage,
  party: Party,
  box: { x: number; top: number; width: number },
  type: { size: number; leading: number },
  fonts: LetterFonts,
): void {
  let baseline = box.top - type.size;
  const lines: [string, PDFFont][] = [
    ...wrapFor(party.name, box.width, fonts.bold, type.size).map((t): [string, PDFFont] => [t, fonts.bold]),
    ...party.lines.flatMap((l) => wrapFor(l, box.width, fonts.regular, type.size).map((t): [string, PDFFont] => [t, fonts.regular])),
  ];
  for (const [text, font] of lines) {
    page.drawText(text, { x: box.x, y: baseline, size: type.size, font });
    baseline -= type.leading;
  }
}

function drawLines(page: PDFPage, lines: PlacedLine[]): void {
  for (const { line, top } of lines) {
    // Baseline at about 3/4 of the line box, matching the font's ascent at 1.4× leading.
    const baseline = top - line.height * 0.75;
    for (const run of line.runs) {
      page.drawText(run.text, { x: MARGIN_LEFT + run.x, y: baseline, size: run.size, font: run.font });
    }
  }
}

function drawPageNumber(page: PDFPage, text: string, font: PDFFont): void {
  const size = TYPE.pageNumber.size;
  const x = PAGE_WIDTH - MARGIN_RIGHT - font.widthOfTextAtSize(text, size);
  page.drawText(text, { x, y: PAGE_NUMBER_BASELINE, size, font, color: GREY });
}
