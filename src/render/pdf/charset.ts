// Finds (and optionally replaces) characters the embedded fonts cannot draw. Drawing them would
// give glyph 0 (an empty box or nothing); font-embedder.ts refuses to.
import type { LetterBlock, LetterModel, Party } from '../../core/letters/model.js';
import { UnsupportedCharactersError, type UnsupportedCharacter } from './errors.js';
import { fontHasGlyph } from './font-embedder.js';
import { FONT_NAME, type LetterFonts } from './fonts.js';

type FontKey = keyof LetterFonts;

/** Called for every text of the model that is drawn: returns the text to use. */
type TextMapper = (text: string, where: string, font: FontKey) => string;

/** Which font draws which part; must match what layout.ts uses. */
function mapModel(model: LetterModel, f: TextMapper): LetterModel {
  const party = (p: Party, where: string): Party => ({
    name: f(p.name, where, 'bold'),
    lines: p.lines.map((l) => f(l, where, 'regular')),
  });
  const counts = { paragraph: 0, heading: 0, bullets: 0 };
  const block = (b: LetterBlock): LetterBlock => {
    switch (b.kind) {
      case 'paragraph':
        return { ...b, text: f(b.text, `alinea ${++counts.paragraph}`, 'regular') };
      case 'heading':
        return { ...b, text: f(b.text, `kop ${++counts.heading}`, 'bold') };
      case 'numbered':
        return { ...b, items: b.items.map((i) => ({ ...i, text: f(i.text, `punt ${i.number}`, 'regular') })) };
      case 'bullets': {
        const n = ++counts.bullets;
        return { ...b, items: b.items.map((i, k) => f(i, `opsomming ${n}, regel ${k + 1}`, 'regular')) };
      }
    }
  };
  return {
    ...model,
    sender: party(model.sender, 'de afzender'),
    recipient: party(model.recipient, 'de geadresseerde'),
    place: f(model.place, 'de plaats', 'regular'),
    references: model.references.map((r) => ({
      label: f(r.label, 'de kenmerken', 'regular'),
      value: f(r.value, 'de kenmerken', 'regular'),
    })),
    subject: f(model.subject, 'het onderwerp', 'bold'),
    salutation: f(model.salutation, 'de aanhef', 'regular'),
    body: model.body.map(block),
    closing: f(model.closing, 'de afsluiting', 'regular'),
    signature: f(model.signature, 'de ondertekening', 'regular'),
  };
}

// Created on first need: setting up a segmenter costs several milliseconds, and letters
// with only supported characters never need one.
let graphemes: Intl.Segmenter | undefined;

/** Line breaks and tabs are layout, not glyphs: the wrapper turns them into spacing ("\r\n" is one grapheme). */
const LAYOUT = /^[\r\n\t]$/;

/**
 * Checks every drawn text against the font that draws it. Without `replacement` any missing
 * character throws an UnsupportedCharactersError listing all of them; with it, each grapheme
 * that has a missing code point is replaced (and the cleaned model returned).
 */
export function checkCharacters(model: LetterModel, fonts: LetterFonts, replacement?: string): LetterModel {
  const missing = new Map<string, UnsupportedCharacter>();
  const supported = (g: string, font: FontKey) =>
    Array.from(g).every((c) => LAYOUT.test(c) || fontHasGlyph(fonts[font], c.codePointAt(0)!));

  if (replacement !== undefined) {
    for (const font of ['regular', 'bold'] as const) {
      if (!Array.from(replacement).every((c) => supported(c, font))) {
        throw new UnsupportedCharactersError([{ char: replacement, codePoints: codePoints(replacement), where: ['het vervangteken'] }], FONT_NAME);
      }
    }
  }

  const cleaned = mapModel(model, (text, where, font) => {
    // Fast path: when every code point is drawable, so is every grapheme.
    if (supported(text, font)) return text;
    graphemes ??= new Intl.Segmenter('nl', { granularity: 'grapheme' });
    let out = '';
    for (const { segment } of graphemes.segment(text)) {
      if (supported(segment, font)) {
        out += segment;
        continue;
      }
      const entry = missing.get(segment) ?? { char: segment, codePoints: codePoints(segment), where: [] };
      if (!entry.where.includes(where)) entry.where.push(where);
      missing.set(segment, entry);
      out += replacement ?? '';
    }
    return out;
  });
  if (replacement === undefined && missing.size > 0) {
    throw new UnsupportedCharactersError([...missing.values()], FONT_NAME);
  }
  return cleaned;
}

function codePoints(s: string): string[] {
  return Array.from(s).map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
}
