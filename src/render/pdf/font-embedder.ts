// Embeds a TrueType font in a pdf-lib document without fontkit. It plugs into pdf-lib as a font
// "embedder": a subclass of pdf-lib's CustomFontEmbedder (PDFFont accepts only that class or the
// standard-font one) that overrides every method, so nothing of fontkit is ever called. Pages
// draw with the ordinary page.drawText(text, { font }) and pdf-lib writes the font on save.
//
// Encoding: every distinct code point gets its own character id (CID) 1, 2, 3 … in the order
// it is first drawn, and the subset font holds one glyph per CID (CIDToGIDMap /Identity). So
// the ToUnicode map is exact even where the font draws two code points with the same glyph.
// There is no shaping: no ligatures, no kerning (pdf-lib never wrote kerning into the page
// anyway, it only measured with it), which Dutch and other European text does not need.
// Default-ignorable code points (soft hyphen, zero-width space/joiners, direction marks,
// variation selectors) are not drawn and take no room, as text shapers do; fontkit made them
// a space-wide gap, and DejaVu's own soft-hyphen glyph is a visible hyphen.
import { deflateSync } from 'node:zlib';
import {
  CustomFontEmbedder,
  PDFFont,
  PDFHexString,
  PDFString,
  type PDFContext,
  type PDFDocument,
  type PDFRef,
} from './pdf-lib.js';
import { toUnicodeCMap } from './to-unicode.js';
import type { FontMetrics, TrueTypeFont } from './truetype.js';
import { subsetTrueType } from './truetype-subset.js';

class SubsetFontEmbedder extends CustomFontEmbedder {
  private readonly cids = new Map<number, number>();
  /** codePoints[cid - 1]: the code point drawn with that CID. */
  private readonly codePoints: number[] = [];
  /** Advance widths in 1/1000 em (PDF glyph space), per code point. */
  private readonly advances = new Map<number, number>();

  constructor(
    readonly program: TrueTypeFont,
    /** PostScript name, e.g. "DejaVuSans-Bold". */
    postscriptName: string,
  ) {
    // The base class only reads these two fields of its fontkit font (for `scale` and
    // `fontName`); its fontkit-based methods are all overridden below.
    const fontLike = { unitsPerEm: program.metrics.unitsPerEm, postscriptName };
    super(fontLike as unknown as CustomFontEmbedder['font'], program.data);
  }

  override encodeText(text: string): PDFHexString {
    let hex = '';
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (isIgnorable(cp)) continue;
      let cid = this.cids.get(cp);
      if (cid === undefined) {
        // checkCharacters (charset.ts) rejects or replaces these before anything is drawn.
        if (this.program.glyphId(cp) === 0) throw new Error(`${this.fontName} has no glyph for U+${cp.toString(16).toUpperCase()}.`);
        this.codePoints.push(cp);
        cid = this.codePoints.length;
        this.cids.set(cp, cid);
      }
      hex += cid.toString(16).padStart(4, '0');
    }
    return PDFHexString.of(hex);
  }

  /** Sum of advance widths: exactly where the PDF viewer places the glyphs (the W array). */
  override widthOfTextAtSize(text: string, size: number): number {
    let total = 0;
    for (const ch of text) total += this.advance(ch.codePointAt(0)!);
    return (total * size) / 1000;
  }

  override heightOfFontAtSize(size: number, options: { descender?: boolean } = {}): number {
    const { ascent, descent } = this.program.metrics;
    let height = (ascent - descent) * this.scale;
    if (options.descender === false) height -= Math.abs(descent) * this.scale;
    return (height / 1000) * size;
  }

  override sizeOfFontAtHeight(height: number): number {
    const { ascent, descent } = this.program.metrics;
    return (1000 * height) / ((ascent - descent) * this.scale);
  }

  override async embedIntoContext(context: PDFContext, ref: PDFRef = context.nextRef()): Promise<PDFRef> {
    const glyphs = this.codePoints.map((cp) => this.program.glyphId(cp));
    const program = subsetTrueType(this.program, glyphs);
    // "ABCDEF+Name" marks a subset (PDF 32000-1, 9.6.4); the tag is derived from the content so
    // that the same letter gives the same bytes.
    const baseFont = `${subsetTag(this.fontName, this.codePoints)}+${this.fontName}`;
    const m = this.program.metrics;
    const s = this.scale;

    const fontFile = context.register(
      context.stream(deflateSync(program), { Filter: 'FlateDecode', Length1: program.length }),
    );
    const descriptor = context.register(
      context.obj({
        Type: 'FontDescriptor',
        FontName: baseFont,
        Flags: fontFlags(m),
        FontBBox: m.bbox.map((v) => v * s),
        ItalicAngle: m.italicAngle,
        Ascent: m.ascent * s,
        Descent: m.descent * s,
        CapHeight: (m.capHeight || m.ascent) * s,
        XHeight: (m.xHeight || 0) * s,
        StemV: 0,
        FontFile2: fontFile,
      }),
    );
    const cidFont = context.register(
      context.obj({
        Type: 'Font',
        Subtype: 'CIDFontType2',
        BaseFont: baseFont,
        CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
        FontDescriptor: descriptor,
        W: this.codePoints.length > 0 ? [1, this.codePoints.map((cp) => this.advance(cp))] : [],
        CIDToGIDMap: 'Identity',
      }),
    );
    const toUnicode = context.register(
      context.stream(deflateSync(Buffer.from(toUnicodeCMap(this.codePoints), 'latin1')), { Filter: 'FlateDecode' }),
    );
    context.assign(
      ref,
      context.obj({
        Type: 'Font',
        Subtype: 'Type0',
        BaseFont: baseFont,
        Encoding: 'Identity-H',
        DescendantFonts: [cidFont],
        ToUnicode: toUnicode,
      }),
    );
    return ref;
  }

  private advance(cp: number): number {
    let width = this.advances.get(cp);
    if (width === undefined) {
      width = isIgnorable(cp) ? 0 : this.program.horizontalMetrics(this.program.glyphId(cp)).advance * this.scale;
      this.advances.set(cp, width);
    }
    return width;
  }
}

const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
const isIgnorable = (cp: number) => cp >= 0xad && IGNORABLE.test(String.fromCodePoint(cp));

const embedders = new WeakMap<PDFFont, SubsetFontEmbedder>();

/**
 * Adds `font` to `doc` as a subset font. The glyphs are collected as text is drawn and written
 * when the document is saved, like pdf-lib's own doc.embedFont(bytes, { subset: true }).
 */
export function embedTrueTypeFont(doc: PDFDocument, font: TrueTypeFont, postscriptName: string): PDFFont {
  const embedder = new SubsetFontEmbedder(font, postscriptName);
  const pdfFont = PDFFont.of(doc.context.nextRef(), doc, embedder);
  // doc.save() embeds the fonts in this (internal) list, as it does for doc.embedFont().
  // pdf-lib is pinned at 1.17.1; fail loudly should that field ever move.
  const fonts = (doc as unknown as { fonts?: unknown }).fonts;
  if (!Array.isArray(fonts)) throw new Error('pdf-lib: PDFDocument.fonts not found; check the pdf-lib version.');
  fonts.push(pdfFont);
  embedders.set(pdfFont, embedder);
  return pdfFont;
}

/** Whether a font made by embedTrueTypeFont has a glyph for the code point. */
export function fontHasGlyph(font: PDFFont, codePoint: number): boolean {
  const embedder = embedders.get(font);
  if (!embedder) throw new Error('fontHasGlyph: not a font from embedTrueTypeFont.');
  return embedder.program.glyphId(codePoint) !== 0;
}

/** FontDescriptor flags as pdf-lib derives them (symbolic: the font has its own encoding). */
function fontFlags(m: FontMetrics): number {
  const familyClass = m.familyClass >> 8;
  let flags = 1 << 2; // symbolic
  if (m.isFixedPitch) flags |= 1 << 0;
  if (familyClass >= 1 && familyClass <= 7) flags |= 1 << 1; // serif
  if (familyClass === 10) flags |= 1 << 3; // script
  if (m.italic) flags |= 1 << 6;
  return flags;
}

/** Six capital letters from an FNV-1a hash of the font name and the code points used. */
function subsetTag(name: string, codePoints: readonly number[]): string {
  let hash = 0x811c9dc5;
  const mix = (n: number) => {
    hash ^= n;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  };
  for (const c of name) mix(c.codePointAt(0)!);
  for (const cp of codePoints) mix(cp);
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26);
  }
  return tag;
}
