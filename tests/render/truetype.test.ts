// Our TrueType reader and subsetter (src/render/pdf/truetype*.ts) replace fontkit at run time.
// fontkit stays the oracle: same cmap, widths and metrics for every code point and glyph of
// both fonts, and a subset whose glyph outlines are the original ones.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { FONT_FILES } from '../../src/render/pdf/fonts.js';
import { toUnicodeCMap } from '../../src/render/pdf/to-unicode.js';
import { TrueTypeFont } from '../../src/render/pdf/truetype.js';
import { subsetTrueType } from '../../src/render/pdf/truetype-subset.js';

const require = createRequire(import.meta.url);

describe.each(Object.entries(FONT_FILES))('%s font', (_, file) => {
  const bytes = readFileSync(require.resolve(file.path));
  const ours = new TrueTypeFont(bytes);
  const oracle = fontkit.create(bytes);

  it('has the PostScript name we embed it under', () => {
    expect(oracle.postscriptName).toBe(file.postscriptName);
  });

  it('maps every code point to the same glyph as fontkit, and others to glyph 0', () => {
    const set = new Set(oracle.characterSet);
    expect(set.size).toBeGreaterThan(3000);
    // Collect mismatches and compare once: an expect per code point makes this test take seconds.
    const wrong: string[] = [];
    for (const cp of set) if (ours.glyphId(cp) !== oracle.glyphForCodePoint(cp).id) wrong.push(`U+${cp.toString(16)}`);
    for (let cp = 0; cp < 0x30000; cp++) if (!set.has(cp) && ours.glyphId(cp) !== 0) wrong.push(`U+${cp.toString(16)} (not in font)`);
    expect(wrong).toEqual([]);
  });

  it('reads the BMP cmap (format 4) the same way, for fonts without a format 12 table', () => {
    // Hide the format 12 subtables by giving them a non-Unicode platform id.
    const copy = new Uint8Array(bytes);
    const view = new DataView(copy.buffer);
    const cmap = tableOffset(view, 'cmap');
    let hidden = 0;
    for (let i = 0; i < view.getUint16(cmap + 2); i++) {
      const record = cmap + 4 + 8 * i;
      if (view.getUint16(cmap + view.getUint32(record + 4)) === 12) {
        view.setUint16(record, 1); // Macintosh
        view.setUint16(record + 2, 99);
        hidden++;
      }
    }
    expect(hidden).toBeGreaterThan(0);
    const bmpOnly = new TrueTypeFont(copy);
    const wrong = oracle.characterSet.filter((cp) => cp <= 0xffff && bmpOnly.glyphId(cp) !== oracle.glyphForCodePoint(cp).id);
    expect(wrong).toEqual([]);
    expect(bmpOnly.glyphId(0x1d400)).toBe(0); // outside the BMP: not in a format 4 table
  });

  it('has the same advance widths and metrics as fontkit', () => {
    expect(ours.numGlyphs).toBe(oracle.numGlyphs);
    const wrong: number[] = [];
    for (let g = 0; g < ours.numGlyphs; g++) if (ours.horizontalMetrics(g).advance !== oracle.getGlyph(g).advanceWidth) wrong.push(g);
    expect(wrong).toEqual([]);
    const m = ours.metrics;
    expect([m.unitsPerEm, m.ascent, m.descent, m.italicAngle]).toEqual([oracle.unitsPerEm, oracle.ascent, oracle.descent, oracle.italicAngle]);
    expect(m.bbox).toEqual([oracle.bbox.minX, oracle.bbox.minY, oracle.bbox.maxX, oracle.bbox.maxY]);
  });

  it('writes a subset whose glyphs are the original outlines, composite glyphs included', () => {
    // Accented letters are often composites (base + accent); "é" twice tests copies.
    const text = 'Aé ĳ€„”–ŁğşőçßΩЖжё→✓é';
    const glyphs = Array.from(text, (c) => ours.glyphId(c.codePointAt(0)!));
    const isComposite = (g: number) => {
      const d = ours.glyphData(g);
      return d.length > 0 && new DataView(d.buffer, d.byteOffset).getInt16(0) < 0;
    };
    expect(glyphs.some(isComposite), 'the sample has a composite glyph').toBe(true);

    const subset = fontkit.create(Buffer.from(subsetTrueType(ours, glyphs)));
    expect(subset.numGlyphs).toBeGreaterThanOrEqual(glyphs.length + 1);
    expect(subset.getGlyph(0).path.toSVG()).toBe(oracle.getGlyph(0).path.toSVG());
    glyphs.forEach((g, k) => {
      const copy = subset.getGlyph(k + 1);
      const original = oracle.getGlyph(g);
      expect(copy.path.toSVG(), text[k]).toBe(original.path.toSVG());
      expect(copy.advanceWidth).toBe(original.advanceWidth);
    });
  });
});

describe('TrueTypeFont cmap format 4', () => {
  it('follows idRangeOffset into the glyph id array (DejaVu itself only uses idDelta)', () => {
    // A hand-made format 4 table: 'A'..'C' through the glyph id array (+ delta 2, 0 stays 0),
    // 'a'..'b' through idDelta, and the required final 0xFFFF segment.
    const segments = [
      { start: 0x41, end: 0x43, delta: 2, rangeOffset: 2 * 3 },
      { start: 0x61, end: 0x62, delta: 100, rangeOffset: 0 },
      { start: 0xffff, end: 0xffff, delta: 1, rangeOffset: 0 },
    ];
    const glyphIdArray = [5, 0, 7];
    const words = [4, 0, 0, 2 * segments.length, 4, 1, 2];
    words.push(...segments.map((x) => x.end), 0, ...segments.map((x) => x.start));
    words.push(...segments.map((x) => x.delta & 0xffff), ...segments.map((x) => x.rangeOffset), ...glyphIdArray);
    words[1] = 2 * words.length;

    // Append it to a copy of DejaVu Sans and point every Unicode cmap record at it.
    const bytes = readFileSync(require.resolve(FONT_FILES.regular.path));
    const font = new Uint8Array(bytes.length + 2 * words.length);
    font.set(bytes);
    const view = new DataView(font.buffer);
    words.forEach((w, i) => view.setUint16(bytes.length + 2 * i, w));
    const cmap = tableOffset(view, 'cmap');
    for (let i = 0; i < view.getUint16(cmap + 2); i++) view.setUint32(cmap + 4 + 8 * i + 4, bytes.length - cmap);

    const ours = new TrueTypeFont(font);
    expect([0x41, 0x42, 0x43, 0x44, 0x61, 0x62, 0x63].map((cp) => ours.glyphId(cp))).toEqual([7, 0, 9, 0, 197, 198, 0]);
  });
});

describe('toUnicodeCMap', () => {
  it('maps character ids 1, 2, … to UTF-16BE, with surrogate pairs outside the BMP', () => {
    const cmap = toUnicodeCMap([0x41, 0x133, 0x1f600]);
    expect(cmap).toContain('3 beginbfchar\n<0001> <0041>\n<0002> <0133>\n<0003> <d83dde00>\nendbfchar');
  });

  it('writes at most 100 entries per bfchar block', () => {
    const cmap = toUnicodeCMap(Array.from({ length: 250 }, (_, i) => 0x100 + i));
    expect(cmap.match(/\d+ beginbfchar/g)).toEqual(['100 beginbfchar', '100 beginbfchar', '50 beginbfchar']);
  });
});

function tableOffset(view: DataView, tag: string): number {
  for (let i = 0; i < view.getUint16(4); i++) {
    const at = 12 + 16 * i;
    if (String.fromCharCode(...[0, 1, 2, 3].map((k) => view.getUint8(at + k))) === tag) return view.getUint32(at + 8);
  }
  throw new Error(`no ${tag} table`);
}
