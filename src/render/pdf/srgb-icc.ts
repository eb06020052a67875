// A small sRGB colour profile (ICC.1 version 2.1, display class), built here rather than shipped as a
// binary: the D50-adapted sRGB primaries and white point of IEC 61966-2-1 with its tone curve as a
// 1024-entry table. PDF/A needs one for its output intent (ISO 19005-2, 6.2.3).

/** ICC s15Fixed16Number. */
const fixed = (v: number) => Math.round(v * 65536);

const WHITE_D65 = [0.950455, 1, 1.089050];
const D50 = [0.9642, 1, 0.8249];
/** The sRGB primaries adapted to D50 with the Bradford transform, as in the profile of IEC 61966-2-1. */
const RED = [0.436066, 0.222488, 0.013916];
const GREEN = [0.385147, 0.716873, 0.097076];
const BLUE = [0.143066, 0.060608, 0.714096];
const CURVE_POINTS = 1024;

function xyzTag(xyz: number[]): Buffer {
  const b = Buffer.alloc(20);
  b.write('XYZ ', 0, 'latin1');
  xyz.forEach((v, i) => b.writeInt32BE(fixed(v), 8 + 4 * i));
  return b;
}

/** textDescriptionType: the ASCII description, with empty Unicode and ScriptCode parts. */
function descriptionTag(text: string): Buffer {
  const ascii = Buffer.from(`${text}\0`, 'latin1');
  const b = Buffer.alloc(12 + ascii.length + 4 + 4 + 2 + 1 + 67);
  b.write('desc', 0, 'latin1');
  b.writeUInt32BE(ascii.length, 8);
  ascii.copy(b, 12);
  return b;
}

function textTag(text: string): Buffer {
  return Buffer.concat([Buffer.from('text\0\0\0\0', 'latin1'), Buffer.from(`${text}\0`, 'latin1')]);
}

/** The sRGB transfer function: linear near black, a 2.4 power above. */
function curveTag(): Buffer {
  const b = Buffer.alloc(12 + 2 * CURVE_POINTS);
  b.write('curv', 0, 'latin1');
  b.writeUInt32BE(CURVE_POINTS, 8);
  for (let i = 0; i < CURVE_POINTS; i++) {
    const x = i / (CURVE_POINTS - 1);
    const y = x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    b.writeUInt16BE(Math.round(y * 65535), 12 + 2 * i);
  }
  return b;
}

const pad4 = (b: Buffer) => (b.length % 4 === 0 ? b : Buffer.concat([b, Buffer.alloc(4 - (b.length % 4))]));

let profile: Uint8Array | undefined;

export function srgbProfile(): Uint8Array {
  if (profile) return profile;
  const curve = curveTag();
  // The three tone curves are the same: one copy of the data, shared by three tags (ICC.1 7.3).
  const tags: [string, Buffer][] = [
    ['desc', descriptionTag('sRGB IEC61966-2.1')],
    ['cprt', textTag('No copyright, use freely')],
    ['wtpt', xyzTag(WHITE_D65)],
    ['rXYZ', xyzTag(RED)],
    ['gXYZ', xyzTag(GREEN)],
    ['bXYZ', xyzTag(BLUE)],
    ['rTRC', curve],
    ['gTRC', curve],
    ['bTRC', curve],
  ];
  const table = Buffer.alloc(4 + 12 * tags.length);
  table.writeUInt32BE(tags.length, 0);
  const data: Buffer[] = [];
  const placed = new Map<Buffer, number>();
  let offset = 128 + table.length;
  tags.forEach(([signature, body], i) => {
    if (!placed.has(body)) {
      placed.set(body, offset);
      const padded = pad4(body);
      data.push(padded);
      offset += padded.length;
    }
    table.write(signature, 4 + 12 * i, 'latin1');
    table.writeUInt32BE(placed.get(body)!, 8 + 12 * i);
    table.writeUInt32BE(body.length, 12 + 12 * i);
  });
  const header = Buffer.alloc(128);
  header.writeUInt32BE(offset, 0);
  header.writeUInt32BE(0x02100000, 8); // version 2.1.0
  header.write('mntrRGB XYZ ', 12, 'latin1');
  // Creation date: fixed, so every PDF embeds the same bytes.
  [2026, 1, 1, 0, 0, 0].forEach((v, i) => header.writeUInt16BE(v, 24 + 2 * i));
  header.write('acsp', 36, 'latin1');
  D50.forEach((v, i) => header.writeInt32BE(fixed(v), 68 + 4 * i));
  profile = Buffer.concat([header, table, ...data]);
  return profile;
}
