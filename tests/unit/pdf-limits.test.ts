// The zip-bomb check: Flate streams are unpacked within a budget before pdf.js sees the file.
import { describe, expect, it } from 'vitest';
import { inflatesBeyond } from '../../src/app/pdf-text.js';
import { minimalPdf, textPage } from '../helpers/minimal-pdf.js';

const MB = 1024 * 1024;

describe('inflatesBeyond', () => {
  it('finds a content stream that unpacks to 40 MB from a few dozen kB', () => {
    const bomb = minimalPdf([`${textPage('Besluit')}\n${'0 0 m 1 1 l S\n'.repeat(3_000_000)}`]);
    expect(bomb.length).toBeLessThan(200_000);
    expect(inflatesBeyond(bomb, 10 * MB)).toBe(true);
  });

  it('counts all streams together', () => {
    const pages = Array.from({ length: 20 }, () => '0 0 m 1 1 l S\n'.repeat(100_000));
    expect(inflatesBeyond(minimalPdf(pages), 10 * MB)).toBe(true);
    expect(inflatesBeyond(minimalPdf(pages.slice(0, 2)), 10 * MB)).toBe(false);
  });

  it('lets an ordinary letter through, and ignores a stream that is no Flate data', () => {
    expect(inflatesBeyond(minimalPdf([textPage('Punt 1 maak ik openbaar.'), textPage('Hoogachtend')]), MB)).toBe(false);
    expect(inflatesBeyond(Buffer.from('%PDF-1.4\n1 0 obj\n<< /Filter /FlateDecode >>\nstream\nniet ingepakt\nendstream\nendobj\n'), MB)).toBe(false);
  });
});
