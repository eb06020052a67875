import { describe, expect, it } from 'vitest';
import { fitToWidth, formatSteps, screenWidth, wrapParagraph } from '../../src/render/screen.js';

const widest = (text: string) => Math.max(...text.split('\n').map((l) => Array.from(l).length));

describe('screen width', () => {
  it('takes the terminal, else $COLUMNS, else 80, and never less than 40', () => {
    expect(screenWidth(132, { COLUMNS: '60' })).toBe(132);
    expect(screenWidth(undefined, { COLUMNS: '100' })).toBe(100);
    expect(screenWidth(undefined, { COLUMNS: 'breed' })).toBe(80);
    expect(screenWidth(0, {})).toBe(80);
    expect(screenWidth(20, {})).toBe(40);
  });
});

describe('wrapParagraph', () => {
  it('wraps at word boundaries to the whole width, counting the prefixes', () => {
    const text = 'vanaf deze dag kunt u een ingebrekestelling sturen (woo letter 2026-001-politie-cas notice-of-default)';
    const out = `${' '.repeat(16)}${wrapParagraph(text, 60, ' '.repeat(16))}`;
    expect(widest(out)).toBeLessThanOrEqual(60);
    expect(out.replace(/\s+/g, ' ').trim()).toBe(text);
    expect(out.split('\n').every((l) => l.startsWith(' '.repeat(16)))).toBe(true);
  });

  it('gives the first line its own prefix and keeps no-break spaces together', () => {
    const out = `Let op: ${wrapParagraph('een heel lange waarschuwing over art. 5.1\u00A0lid 2 Woo die niet op één regel past', 30, '    ', 'Let op: ')}`;
    expect(widest(out)).toBeLessThanOrEqual(30);
    expect(out).toContain('5.1\u00A0lid');
    expect(out.split('\n').slice(1).every((l) => l.startsWith('    '))).toBe(true);
  });
});

describe('fitToWidth', () => {
  it('leaves lines that fit exactly as they are (aligned columns included)', () => {
    const text = 'Id    Status\nx     verzonden';
    expect(fitToWidth(text, 80)).toBe(text);
  });

  it('folds a long line at spaces, indented two more than the line', () => {
    const line = `  Let op: ${'woord '.repeat(30).trim()}`;
    const out = fitToWidth(line, 40);
    expect(widest(out)).toBeLessThanOrEqual(40);
    expect(out.split('\n').slice(1).every((l) => l.startsWith('    woord'))).toBe(true);
    expect(out.replace(/\s+/g, ' ').trim()).toBe(line.trim());
  });

  it('never breaks a word longer than the line (a URL stays whole to be copied)', () => {
    const url = `https://example.org/${'a'.repeat(90)}`;
    expect(fitToWidth(`Zie ${url} voor meer`, 80).split('\n')).toEqual(['Zie', `  ${url}`, '  voor meer']);
  });
});

describe('formatSteps', () => {
  const steps = [
    ['woo send 2026-001-politie-cas', 'klaarmaken voor e-mail, webformulier of post'],
    ['woo send 2026-001-politie-cas --sent <datum>', 'vastleggen wanneer u hem verstuurde'],
  ] as const;

  it('puts command and explanation side by side when they fit', () => {
    expect(formatSteps(steps, 100).split('\n')).toEqual([
      '  woo send 2026-001-politie-cas                  klaarmaken voor e-mail, webformulier of post',
      '  woo send 2026-001-politie-cas --sent <datum>   vastleggen wanneer u hem verstuurde',
    ]);
  });

  it('puts each command whole on its own line when they do not', () => {
    expect(formatSteps(steps, 80).split('\n')).toEqual([
      '  woo send 2026-001-politie-cas',
      '      klaarmaken voor e-mail, webformulier of post',
      '  woo send 2026-001-politie-cas --sent <datum>',
      '      vastleggen wanneer u hem verstuurde',
    ]);
  });
});
