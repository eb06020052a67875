// PDF/A-2b (ISO 19005-2, level B) as far as it can be read from the file: no validator such as veraPDF
// can be installed here, so each requirement is checked on the structure read back with pdf-lib.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from '../../src/render/pdf/pdf-lib.js';
import { renderLetterPdf } from '../../src/render/pdf/render-pdf.js';
import { hasTool } from './pdf-helpers.js';
import { sampleLetter } from './sample-letter.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- the read-back walks pdf-lib's objects by shape */
type Obj = any;

const OPTS = { creationDate: '2026-11-23' };
/** Metadata with characters outside ASCII and XML's own, which the XMP must carry as the Info does. */
const special = () => sampleLetter({ meta: { title: 'Woo-verzoek über „één” & <meer>', author: 'Anna de Vries', subject: 'Ĳsselmeer – €' } });
let bytes: Uint8Array;
let doc: PDFDocument;
const name = (n: string) => doc.context.obj(n);
const get = (dict: Obj, key: string): Obj => {
  const value = dict.get(name(key));
  return value && 'objectNumber' in value ? doc.context.lookup(value) : value;
};

beforeAll(async () => {
  bytes = await renderLetterPdf(special(), OPTS);
  doc = await PDFDocument.load(bytes, { updateMetadata: false });
});

/** The XMP packet's properties as Python's XML parser reads them (namespace prefix:local name → text). */
function xmpFields(xml: string): Record<string, string> {
  const script = String.raw`
import json, sys, xml.etree.ElementTree as ET
ns = {'http://www.aiim.org/pdfa/ns/id/': 'pdfaid', 'http://purl.org/dc/elements/1.1/': 'dc', 'http://ns.adobe.com/xap/1.0/': 'xmp', 'http://ns.adobe.com/pdf/1.3/': 'pdf'}
root = ET.fromstring(sys.stdin.buffer.read())
out = {}
for desc in root.iter('{http://www.w3.org/1999/02/22-rdf-syntax-ns#}Description'):
    for el in desc:
        uri, local = el.tag[1:].split('}')
        out[ns[uri] + ':' + local] = ''.join(el.itertext()).strip()
print(json.dumps(out))`;
  return JSON.parse(execFileSync('python3', ['-c', script], { input: xml.replace(/<\?xpacket[^>]*\?>/g, '') }));
}

describe('the letter PDF as PDF/A-2b', () => {
  it('starts with a PDF header and a binary comment (6.1.2)', () => {
    expect(Buffer.from(bytes.subarray(0, 9)).toString('latin1')).toBe('%PDF-1.7\n');
    expect(bytes[9]).toBe(0x25);
    for (const b of bytes.subarray(10, 14)) expect(b).toBeGreaterThan(127);
  });

  it('has a document ID in the trailer and no encryption (6.1.3, 6.1.4)', async () => {
    const id = doc.context.trailerInfo.ID as Obj;
    const [a, b] = id.asArray().map((h: Obj) => h.asString());
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(b).toBe(a);
    expect(doc.context.trailerInfo.Encrypt).toBeUndefined();
    const other = await PDFDocument.load(await renderLetterPdf(sampleLetter(), OPTS), { updateMetadata: false });
    expect((other.context.trailerInfo.ID as Obj).asArray()[0].asString()).not.toBe(a);
  });

  it('carries unfiltered XMP with the PDF/A identification that agrees with the Info dictionary (6.6.2)', () => {
    const stream = get(doc.catalog, 'Metadata');
    expect(String(get(stream.dict, 'Type'))).toBe('/Metadata');
    expect(String(get(stream.dict, 'Subtype'))).toBe('/XML');
    expect(get(stream.dict, 'Filter')).toBeUndefined();
    const xml = Buffer.from(stream.contents).toString('utf8');
    expect(xml.startsWith('<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>')).toBe(true);
    expect(xml.endsWith('<?xpacket end="w"?>')).toBe(true);
    const xmp = xmpFields(xml);
    expect(xmp).toMatchObject({ 'pdfaid:part': '2', 'pdfaid:conformance': 'B', 'dc:format': 'application/pdf', 'dc:language': 'nl-NL' });
    expect(xmp['dc:title']).toBe(doc.getTitle());
    expect(xmp['dc:creator']).toBe(doc.getAuthor());
    expect(xmp['dc:description']).toBe(doc.getSubject());
    expect(xmp['dc:title']).toBe('Woo-verzoek über „één” & <meer>');
    expect(xmp['dc:description']).toBe('Ĳsselmeer – €');
    expect(xmp['xmp:CreatorTool']).toBe(doc.getCreator());
    expect(xmp['pdf:Producer']).toBe(doc.getProducer());
    expect(new Date(xmp['xmp:CreateDate']).getTime()).toBe(doc.getCreationDate()!.getTime());
    expect(new Date(xmp['xmp:ModifyDate']).getTime()).toBe(doc.getModificationDate()!.getTime());
  });

  it('has an sRGB output intent with a valid ICC profile of three components (6.2.3)', () => {
    const intents = get(doc.catalog, 'OutputIntents').asArray().map((r: Obj) => ('objectNumber' in r ? doc.context.lookup(r) : r));
    expect(intents.length).toBe(1);
    const intent = intents[0];
    expect(String(get(intent, 'Type'))).toBe('/OutputIntent');
    expect(String(get(intent, 'S'))).toBe('/GTS_PDFA1');
    expect(get(intent, 'OutputConditionIdentifier').decodeText()).toBe('sRGB IEC61966-2.1');
    const profile = get(intent, 'DestOutputProfile');
    expect(get(profile.dict, 'N').asNumber()).toBe(3);
    const icc = inflateSync(Buffer.from(profile.contents));
    // ICC.1 header: size, version 2.x, display class, RGB data, XYZ connection space, the 'acsp' signature.
    expect(icc.readUInt32BE(0)).toBe(icc.length);
    expect(icc[8]).toBe(2);
    expect(icc.toString('latin1', 12, 24)).toBe('mntrRGB XYZ ');
    expect(icc.toString('latin1', 36, 40)).toBe('acsp');
    const count = icc.readUInt32BE(128);
    const tags = new Map<string, { offset: number; size: number }>();
    for (let i = 0; i < count; i++) {
      const at = 132 + 12 * i;
      const tag = { offset: icc.readUInt32BE(at + 4), size: icc.readUInt32BE(at + 8) };
      expect(tag.offset % 4).toBe(0);
      expect(tag.offset + tag.size).toBeLessThanOrEqual(icc.length);
      tags.set(icc.toString('latin1', at, at + 4), tag);
    }
    expect([...tags.keys()].sort()).toEqual(['bTRC', 'bXYZ', 'cprt', 'desc', 'gTRC', 'gXYZ', 'rTRC', 'rXYZ', 'wtpt']);
    const xyz = (sig: string) => [0, 1, 2].map((k) => icc.readInt32BE(tags.get(sig)!.offset + 8 + 4 * k) / 65536);
    // The colorants add up to the D50 white of the connection space: white stays white.
    const sum = [0, 1, 2].map((k) => xyz('rXYZ')[k] + xyz('gXYZ')[k] + xyz('bXYZ')[k]);
    [0.9642, 1, 0.8249].forEach((d50, k) => expect(Math.abs(sum[k] - d50)).toBeLessThan(0.001));
    const trc = tags.get('rTRC')!;
    expect(icc.toString('latin1', trc.offset, trc.offset + 4)).toBe('curv');
    const points = icc.readUInt32BE(trc.offset + 8);
    const curve = Array.from({ length: points }, (_, i) => icc.readUInt16BE(trc.offset + 12 + 2 * i));
    expect(curve[0]).toBe(0);
    expect(curve.at(-1)).toBe(65535);
    for (let i = 1; i < curve.length; i++) expect(curve[i]).toBeGreaterThanOrEqual(curve[i - 1]);
    // sRGB 50 % grey is 21.4 % linear light.
    expect(curve[Math.round((points - 1) / 2)] / 65535).toBeCloseTo(0.214, 2);
  });

  it('embeds every font and draws nothing transparent, no actions, scripts or embedded files (6.2.9, 6.2.11, 6.4, 6.5, 6.6.1, 6.8)', () => {
    const forbidden = ['SMask', 'CA', 'ca', 'BM', 'Group', 'JavaScript', 'JS', 'AA', 'OpenAction', 'EmbeddedFiles', 'Encrypt'];
    let fonts = 0;
    for (const [, object] of doc.context.enumerateIndirectObjects()) {
      const dict: Obj = 'contents' in (object as Obj) ? (object as Obj).dict : object;
      if (typeof dict.get !== 'function') continue;
      for (const key of forbidden) expect(dict.get(name(key)), key).toBeUndefined();
      expect(get(dict, 'Annots')?.asArray() ?? [], 'Annots').toEqual([]);
      if (String(dict.get(name('Type'))) !== '/Font' || String(dict.get(name('Subtype'))) !== '/Type0') continue;
      fonts++;
      const cid = doc.context.lookup(get(dict, 'DescendantFonts').asArray()[0]) as Obj;
      expect(String(get(cid, 'Subtype'))).toBe('/CIDFontType2');
      expect(String(get(cid, 'CIDToGIDMap'))).toBe('/Identity');
      expect(get(get(cid, 'FontDescriptor'), 'FontFile2')).toBeDefined();
    }
    expect(fonts).toBe(2);
  });

  it.skipIf(!hasTool('pdffonts'))('is read by poppler with every font embedded', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'woo-pdfa-')), 'brief.pdf');
    writeFileSync(file, bytes);
    const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBe(2);
    for (const row of rows) expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Metadata Stream: yes[\s\S]*Encrypted:\s+no/);
  });

  it('gives the same bytes for the same letter and date', async () => {
    expect(Buffer.from(await renderLetterPdf(special(), OPTS)).equals(Buffer.from(bytes))).toBe(true);
  });
});
