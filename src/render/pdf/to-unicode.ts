// The ToUnicode CMap of an embedded font: which text each character code stands for. This is
// what makes copying and text extraction (pdftotext, pdf.js, screen readers) give back exactly
// what the user wrote.

/** `codePoints[cid - 1]` is the code point drawn with character id `cid` (ids start at 1). */
export function toUnicodeCMap(codePoints: readonly number[]): string {
  const hex4 = (n: number) => n.toString(16).padStart(4, '0');
  // UTF-16BE, so characters outside the BMP become a surrogate pair.
  const utf16 = (cp: number) => {
    const s = String.fromCodePoint(cp);
    let out = '';
    for (let i = 0; i < s.length; i++) out += hex4(s.charCodeAt(i));
    return out;
  };
  const entries = codePoints.map((cp, i) => `<${hex4(i + 1)}> <${utf16(cp)}>`);
  const blocks: string[] = [];
  // A bfchar block may hold at most 100 entries (PDF 32000-1, 9.10.3).
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}
