import { describe, expect, it } from 'vitest';
import { breakLongWord, columns, wrapText } from '../../src/render/pdf/wrap.js';

describe('wrapText', () => {
  it('wraps greedily on words and collapses whitespace', () => {
    expect(wrapText('een  twee drie\tvier vijf', 9, columns)).toEqual(['een twee', 'drie vier', 'vijf']);
    expect(wrapText('   ', 10, columns)).toEqual([]);
  });

  it('leaves long words whole unless asked to break them', () => {
    expect(wrapText('a abcdefghijkl b', 5, columns)).toEqual(['a', 'abcdefghijkl', 'b']);
    expect(wrapText('a abcdefghijkl b', 5, columns, { breakLongWords: true })).toEqual(['a', 'abcde', 'fghij', 'kl b']);
  });

  it('breaks URLs after / ? & = before falling back to characters', () => {
    const pieces = breakLongWord('https://example.org/woo/besluiten?jaar=2026&id=17', 22, columns);
    expect(pieces.join('')).toBe('https://example.org/woo/besluiten?jaar=2026&id=17');
    expect(pieces).toEqual(['https://example.org/', 'woo/besluiten?jaar=', '2026&id=17']);
    for (const p of pieces) expect(columns(p)).toBeLessThanOrEqual(22);
  });

  it('never splits a surrogate pair and always makes progress', () => {
    expect(breakLongWord('😀😀😀', 1, columns)).toEqual(['😀', '😀', '😀']);
    expect(breakLongWord('abc', 0, columns)).toEqual(['a', 'b', 'c']);
  });
});

describe('wrapText with long words', () => {
  it('starts a long URL on the current line when a useful piece fits there', () => {
    const lines = wrapText('Zie https://example.org/woo/besluiten?jaar=2026 nu', 24, columns, { breakLongWords: true });
    expect(lines).toEqual(['Zie https://example.org/', 'woo/besluiten?jaar=2026', 'nu']);
  });
});

describe('wrapText and no-break spaces', () => {
  it('does not break at a no-break space', () => {
    expect(wrapText('zie art. 5.1\u00A0lid 2', 14, columns)).toEqual(['zie art.', '5.1\u00A0lid 2']);
  });
});
