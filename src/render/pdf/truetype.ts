// A minimal reader for TrueType (glyf-based) font files: just what embedding in a PDF needs.
// pdf-lib normally delegates this to @pdf-lib/fontkit, whose load and shaping took ~0.5 s of a
// 1.2 s `woo letter --format pdf`. We draw Latin, Greek and Cyrillic text without shaping (one
// glyph per code point, no kerning or ligatures), so a cmap lookup and the advance widths are
// all we need. tests/render/truetype.test.ts checks this reader against fontkit for every
// code point and glyph of both DejaVu fonts.

export interface FontMetrics {
  unitsPerEm: number;
  /** head: xMin, yMin, xMax, yMax in font units. */
  bbox: [number, number, number, number];
  /** hhea ascender and descender (descender is negative). */
  ascent: number;
  descent: number;
  /** OS/2 (version 2+ only); undefined when the table is older. */
  capHeight?: number;
  xHeight?: number;
  italicAngle: number;
  isFixedPitch: boolean;
  /** OS/2 sFamilyClass as a whole int16 (class << 8 | subclass), 0 without OS/2. */
  familyClass: number;
  italic: boolean;
}

export class TrueTypeFont {
  readonly data: Uint8Array;
  readonly numGlyphs: number;
  readonly metrics: FontMetrics;
  private readonly view: DataView;
  private readonly tables = new Map<string, { offset: number; length: number }>();
  private readonly longLoca: boolean;
  private readonly numberOfHMetrics: number;
  private readonly lookup: (codePoint: number) => number;
  private readonly glyphCache = new Map<number, number>();

  constructor(data: Uint8Array) {
    this.data = data;
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const version = this.u32(0);
    // 0x00010000 or 'true'; 'OTTO' (CFF outlines) would need a different embedding.
    if (version !== 0x00010000 && version !== 0x74727565) throw new Error('Not a TrueType (glyf) font file.');
    const count = this.u16(4);
    for (let i = 0; i < count; i++) {
      const at = 12 + 16 * i;
      this.tables.set(this.tag(at), { offset: this.u32(at + 8), length: this.u32(at + 12) });
    }
    for (const tag of ['head', 'hhea', 'maxp', 'hmtx', 'loca', 'glyf', 'cmap', 'post']) {
      if (!this.tables.has(tag)) throw new Error(`TrueType font without a '${tag}' table.`);
    }
    const head = this.table('head').offset;
    const hhea = this.table('hhea').offset;
    const post = this.table('post').offset;
    this.numGlyphs = this.u16(this.table('maxp').offset + 4);
    this.longLoca = this.i16(head + 50) === 1;
    this.numberOfHMetrics = this.u16(hhea + 34);
    const os2 = this.tables.get('OS/2');
    const os2Version = os2 ? this.u16(os2.offset) : -1;
    this.metrics = {
      unitsPerEm: this.u16(head + 18),
      bbox: [this.i16(head + 36), this.i16(head + 38), this.i16(head + 40), this.i16(head + 42)],
      ascent: this.i16(hhea + 4),
      descent: this.i16(hhea + 6),
      capHeight: os2 && os2Version >= 2 ? this.i16(os2.offset + 88) : undefined,
      xHeight: os2 && os2Version >= 2 ? this.i16(os2.offset + 86) : undefined,
      italicAngle: this.i16(post + 4) + this.u16(post + 6) / 65536,
      isFixedPitch: this.u32(post + 12) !== 0,
      familyClass: os2 ? this.i16(os2.offset + 30) : 0,
      italic: (this.u16(head + 44) & 2) !== 0,
    };
    this.lookup = this.cmapLookup();
  }

  /** The glyph for a Unicode code point; 0 (.notdef) when the font has none. */
  glyphId(codePoint: number): number {
    let id = this.glyphCache.get(codePoint);
    if (id === undefined) {
      id = this.lookup(codePoint);
      if (id >= this.numGlyphs) id = 0;
      this.glyphCache.set(codePoint, id);
    }
    return id;
  }

  /** hmtx: advance width and left side bearing in font units. */
  horizontalMetrics(glyphId: number): { advance: number; lsb: number } {
    const hmtx = this.table('hmtx').offset;
    const n = this.numberOfHMetrics;
    // Glyphs past numberOfHMetrics repeat the last advance and only store their side bearing.
    const advance = this.u16(hmtx + 4 * (Math.min(glyphId, n - 1)));
    const lsb = glyphId < n ? this.i16(hmtx + 4 * glyphId + 2) : this.i16(hmtx + 4 * n + 2 * (glyphId - n));
    return { advance, lsb };
  }

  /** The glyph's outline record from 'glyf' (empty for glyphs without contours, e.g. space). */
  glyphData(glyphId: number): Uint8Array {
    const loca = this.table('loca').offset;
    const [start, end] = this.longLoca
      ? [this.u32(loca + 4 * glyphId), this.u32(loca + 4 * glyphId + 4)]
      : [this.u16(loca + 2 * glyphId) * 2, this.u16(loca + 2 * glyphId + 2) * 2];
    const glyf = this.table('glyf').offset;
    return this.data.subarray(glyf + start, glyf + end);
  }

  /** Raw bytes of a table, or undefined when the font does not have it. */
  tableData(tag: string): Uint8Array | undefined {
    const t = this.tables.get(tag);
    return t && this.data.subarray(t.offset, t.offset + t.length);
  }

  private table(tag: string): { offset: number; length: number } {
    return this.tables.get(tag)!;
  }

  /**
   * Picks the Unicode subtable: format 12 (full Unicode) if there is one, else format 4 (BMP).
   * Lookups binary-search the table in place; nothing is expanded up front.
   */
  private cmapLookup(): (codePoint: number) => number {
    const cmap = this.table('cmap').offset;
    const subtables: { platform: number; encoding: number; offset: number; format: number }[] = [];
    for (let i = 0; i < this.u16(cmap + 2); i++) {
      const at = cmap + 4 + 8 * i;
      const offset = cmap + this.u32(at + 4);
      subtables.push({ platform: this.u16(at), encoding: this.u16(at + 2), offset, format: this.u16(offset) });
    }
    const unicode = (s: (typeof subtables)[number]) => s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10));
    const f12 = subtables.find((s) => unicode(s) && s.format === 12);
    if (f12) return (cp) => this.format12(f12.offset, cp);
    const f4 = subtables.find((s) => unicode(s) && s.format === 4);
    if (f4) return (cp) => (cp > 0xffff ? 0 : this.format4(f4.offset, cp));
    throw new Error('TrueType font without a Unicode cmap (format 4 or 12).');
  }

  private format12(at: number, cp: number): number {
    let lo = 0;
    let hi = this.u32(at + 12) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const group = at + 16 + 12 * mid;
      if (cp < this.u32(group)) hi = mid - 1;
      else if (cp > this.u32(group + 4)) lo = mid + 1;
      else return this.u32(group + 8) + (cp - this.u32(group));
    }
    return 0;
  }

  private format4(at: number, cp: number): number {
    const segments = this.u16(at + 6) / 2;
    const ends = at + 14;
    const starts = ends + 2 * segments + 2;
    const deltas = starts + 2 * segments;
    const rangeOffsets = deltas + 2 * segments;
    let lo = 0;
    let hi = segments - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (cp > this.u16(ends + 2 * mid)) lo = mid + 1;
      else if (cp < this.u16(starts + 2 * mid)) hi = mid - 1;
      else {
        const delta = this.u16(deltas + 2 * mid);
        const rangeOffset = this.u16(rangeOffsets + 2 * mid);
        if (rangeOffset === 0) return (cp + delta) & 0xffff;
        const glyph = this.u16(rangeOffsets + 2 * mid + rangeOffset + 2 * (cp - this.u16(starts + 2 * mid)));
        return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
      }
    }
    return 0;
  }

  private u16(at: number): number {
    return this.view.getUint16(at);
  }
  private i16(at: number): number {
    return this.view.getInt16(at);
  }
  private u32(at: number): number {
    return this.view.getUint32(at);
  }
  private tag(at: number): string {
    return String.fromCharCode(...this.data.subarray(at, at + 4));
  }
}
