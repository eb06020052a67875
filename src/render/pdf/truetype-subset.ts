// Writes a TrueType font program that holds only the given glyphs, renumbered 1, 2, 3 … in
// the caller's order (glyph 0 stays .notdef), for embedding as a PDF FontFile2. Composite glyphs
// (many accented letters in DejaVu are "base + accent") pull in their components, which are
// appended after the requested glyphs.
//
// Only the tables a PDF viewer rasterises with are written (the set fontkit's subsetter writes
// too; a CIDFontType2 needs no cmap). 'loca' is always written in the long format with every
// glyph padded to 4 bytes: the short format without padding is what makes pdf-lib's fontkit
// subsets render blank glyphs for some fonts (engineering.md §2.4).
import type { TrueTypeFont } from './truetype.js';

const TABLES = ['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep'] as const;

// Composite glyph flags (OpenType 'glyf' spec).
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/**
 * `glyphIds` are original glyph ids; the subset's glyph k + 1 is `glyphIds[k]`. The same id may
 * appear more than once (the glyph is then copied).
 */
export function subsetTrueType(font: TrueTypeFont, glyphIds: readonly number[]): Uint8Array {
  const order = [0, ...glyphIds];
  // Where each original glyph went, for rewriting component references.
  const newId = new Map<number, number>();
  order.forEach((g, k) => {
    if (!newId.has(g)) newId.set(g, k);
  });

  const glyphs: Uint8Array[] = [];
  for (let k = 0; k < order.length; k++) {
    const data = font.glyphData(order[k]);
    glyphs.push(data.length >= 10 && readI16(data, 0) < 0 ? remapComponents(data, newId, order) : data);
  }

  // glyf + long loca, each glyph padded to a 4-byte boundary.
  const loca = new DataView(new ArrayBuffer(4 * (order.length + 1)));
  let size = 0;
  glyphs.forEach((g, k) => {
    loca.setUint32(4 * k, size);
    size += pad4(g.length);
  });
  loca.setUint32(4 * order.length, size);
  const glyf = new Uint8Array(size);
  glyphs.reduce((at, g) => (glyf.set(g, at), at + pad4(g.length)), 0);

  // Every glyph gets its own hmtx entry (numberOfHMetrics = glyph count).
  const hmtx = new DataView(new ArrayBuffer(4 * order.length));
  order.forEach((g, k) => {
    const { advance, lsb } = font.horizontalMetrics(g);
    hmtx.setUint16(4 * k, advance);
    hmtx.setInt16(4 * k + 2, lsb);
  });

  const head = copy(font.tableData('head')!);
  new DataView(head.buffer).setUint32(8, 0); // checkSumAdjustment, set below
  new DataView(head.buffer).setInt16(50, 1); // indexToLocFormat: long
  const hhea = copy(font.tableData('hhea')!);
  new DataView(hhea.buffer).setUint16(34, order.length);
  const maxp = copy(font.tableData('maxp')!);
  new DataView(maxp.buffer).setUint16(4, order.length);

  const tables: Record<(typeof TABLES)[number], Uint8Array | undefined> = {
    'cvt ': font.tableData('cvt '),
    fpgm: font.tableData('fpgm'),
    glyf,
    head,
    hhea,
    hmtx: new Uint8Array(hmtx.buffer),
    loca: new Uint8Array(loca.buffer),
    maxp,
    prep: font.tableData('prep'),
  };
  return writeSfnt(tables);
}

/** Copies a composite glyph with each component's glyph index replaced by its new id. */
function remapComponents(data: Uint8Array, newId: Map<number, number>, order: number[]): Uint8Array {
  const out = copy(data);
  const view = new DataView(out.buffer);
  let at = 10; // after numberOfContours and the bounding box
  for (;;) {
    const flags = view.getUint16(at);
    const component = view.getUint16(at + 2);
    let id = newId.get(component);
    if (id === undefined) {
      id = order.length;
      order.push(component); // the caller's loop picks it up (and its own components)
      newId.set(component, id);
    }
    view.setUint16(at + 2, id);
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
    if (!(flags & MORE_COMPONENTS)) return out; // any instructions that follow are copied as they are
  }
}

/** The sfnt container: table directory sorted by tag, 4-byte aligned tables, checksums. */
function writeSfnt(tables: Record<string, Uint8Array | undefined>): Uint8Array {
  const entries = Object.entries(tables)
    .filter((e): e is [string, Uint8Array] => e[1] !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const n = entries.length;
  let offset = 12 + 16 * n;
  const total = entries.reduce((sum, [, t]) => sum + pad4(t.length), offset);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const log2 = Math.floor(Math.log2(n));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, n);
  view.setUint16(6, 16 * 2 ** log2); // searchRange
  view.setUint16(8, log2); // entrySelector
  view.setUint16(10, 16 * n - 16 * 2 ** log2); // rangeShift
  let headOffset = 0;
  entries.forEach(([tag, data], i) => {
    const at = 12 + 16 * i;
    for (let c = 0; c < 4; c++) view.setUint8(at + c, tag.charCodeAt(c));
    out.set(data, offset);
    view.setUint32(at + 4, checksum(out, offset, data.length));
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, data.length);
    if (tag === 'head') headOffset = offset;
    offset += pad4(data.length);
  });
  view.setUint32(headOffset + 8, (0xb1b0afba - checksum(out, 0, out.length)) >>> 0);
  return out;
}

function checksum(data: Uint8Array, start: number, length: number): number {
  const view = new DataView(data.buffer, data.byteOffset);
  let sum = 0;
  const end = start + pad4(length); // tables are zero-padded, so reading the padding is safe
  for (let at = start; at < end; at += 4) sum = (sum + view.getUint32(at)) >>> 0;
  return sum;
}

const pad4 = (n: number) => (n + 3) & ~3;

function copy(data: Uint8Array): Uint8Array {
  return new Uint8Array(data);
}

function readI16(data: Uint8Array, at: number): number {
  return new DataView(data.buffer, data.byteOffset, data.byteLength).getInt16(at);
}
