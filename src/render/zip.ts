// A ZIP archive (PKWARE APPNOTE 6.3: local headers, deflated data, central directory), enough for
// a dossier of a few files. UTF-8 names (flag bit 11); no ZIP64, so each file stays under 4 GB.
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** Path inside the archive, with "/" between folders. */
  name: string;
  bytes: Uint8Array;
  /** The file's date, 'YYYY-MM-DD' (DOS time has no zone; noon avoids off-by-one readers). */
  date: string;
}

function dosDateTime(date: string): { time: number; day: number } {
  const [y, m, d] = date.split('-').map(Number);
  return { time: 12 << 11, day: ((Math.max(1980, y) - 1980) << 9) | (m << 5) | d };
}

/** The fields a local header (APPNOTE 4.3.7) and a central directory header (4.3.12) share, in the same order. */
interface SharedFields {
  method: number;
  time: number;
  day: number;
  crc: number;
  packed: number;
  size: number;
  nameLength: number;
}

/** A header of `length` bytes with its signature and, from `at`, the shared fields. */
function header(length: number, signature: number, at: number, f: SharedFields): Buffer {
  const b = Buffer.alloc(length);
  b.writeUInt32LE(signature, 0);
  b.writeUInt16LE(20, at); // version needed: 2.0 (deflate)
  b.writeUInt16LE(0x0800, at + 2); // UTF-8 names
  b.writeUInt16LE(f.method, at + 4);
  b.writeUInt16LE(f.time, at + 6);
  b.writeUInt16LE(f.day, at + 8);
  b.writeUInt32LE(f.crc, at + 10);
  b.writeUInt32LE(f.packed, at + 14);
  b.writeUInt32LE(f.size, at + 18);
  b.writeUInt16LE(f.nameLength, at + 22);
  return b;
}

export function buildZip(entries: readonly ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = Buffer.from(entry.bytes.buffer, entry.bytes.byteOffset, entry.bytes.byteLength);
    const deflated = deflateRawSync(data);
    const [method, body] = deflated.length < data.length ? [8, deflated] : [0, data];
    const fields = { method, ...dosDateTime(entry.date), crc: crc32(data), packed: body.length, size: data.length, nameLength: name.length };
    const local = header(30, 0x04034b50, 4, fields);
    locals.push(local, name, body);
    const central = header(46, 0x02014b50, 6, fields);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0 (so the mode below is read)
    central.writeUInt32LE(((0o100600 << 16) >>> 0), 38); // regular file, rw for the owner only
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
