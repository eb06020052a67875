// Cleaning text from letters and users: no escape sequence or control reaches a terminal or a file.
import { describe, expect, it } from 'vitest';
import { cleanLetterText, cleanReference, cleanText, terminalSafe } from '../../src/core/text.js';

const ESC = '\u001b';
const BEL = '\u0007';
/** Anything a terminal could act on: C0 but tab and line feed (CR only before LF), DEL, C1. */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/;

const HOSTILE: [string, string][] = [
  ['OSC 8 hyperlink (BEL)', `zie ${ESC}]8;;https://evil.example/${BEL}https://www.politie.nl/${ESC}]8;;${BEL} hier`],
  ['OSC 8 hyperlink (ST)', `zie ${ESC}]8;;https://evil.example/${ESC}\\https://www.politie.nl/${ESC}]8;;${ESC}\\ hier`],
  ['OSC 52 clipboard', `tekst${ESC}]52;c;cm0gLXJmIH4=${BEL} verder`],
  ['CSI 2J screen clear', `tekst${ESC}[2J${ESC}[H verder`],
  ['title change', `tekst${ESC}]0;Uw bank${BEL} verder`],
  ['8-bit CSI', `tekst\u009b31m verder`],
  ['DCS string', `tekst${ESC}Pq#0;2;0;0;0${ESC}\\ verder`],
  ['charset switch and reset', `tekst${ESC}(0${ESC}c verder`],
  ['bare CR', 'Uw verzoek is toegewezen\rUw verzoek is afgewezen'],
  ['bidi override', 'bestand\u202Efdp.exe'],
];

describe('terminalSafe', () => {
  it.each(HOSTILE)('removes a whole %s, payload included', (_, text) => {
    const safe = terminalSafe(text);
    expect(safe).not.toMatch(CONTROLS);
    expect(safe).not.toContain('evil.example');
    expect(safe).not.toMatch(/\[2J|cm0gLXJmIH4|Uw bank|31m|#0;2/);
  });

  it('keeps line feeds, tabs, CRLF and every Dutch character', () => {
    const text = 'Geachte heer,\n\tpunt 1\r\nCafé, ëën, € 5, ‘quote’ — één\n';
    expect(terminalSafe(text)).toBe(text);
  });

  it('keeps the visible text of a link', () => {
    expect(terminalSafe(HOSTILE[0][1])).toBe('zie https://www.politie.nl/ hier');
  });
});

describe('cleanLetterText', () => {
  it('gives one kind of line end, drops the BOM and keeps tabs', () => {
    expect(cleanLetterText('\ufeffDatum\r\n5 juli 2021\rpunt\t1\n')).toBe('Datum\n5 juli 2021\npunt\t1\n');
  });

  it('ends an unterminated OSC at the line end, so the rest of the letter survives', () => {
    expect(cleanLetterText(`Besluit${ESC}]0;titel zonder einde\nPunt 1 is openbaar.`)).toBe('Besluit\nPunt 1 is openbaar.');
  });

  it.each(HOSTILE)('leaves no controls from a %s', (_, text) => {
    expect(cleanLetterText(text)).not.toMatch(CONTROLS);
  });
});

describe('cleanText and cleanReference', () => {
  it('folds a line and removes sequences whole', () => {
    expect(cleanText(`  Jan${ESC}[2J \n Jansen${BEL} `)).toBe('Jan Jansen');
  });

  it('drops a URL with a control character near it: it is no URL', () => {
    expect(cleanReference(HOSTILE[0][1])).toBeUndefined();
    expect(cleanReference(`https://www.politie.nl/wob${BEL}`)).toBeUndefined();
    expect(cleanReference(' https://www.politie.nl/wob ')).toBe('https://www.politie.nl/wob');
    expect(cleanReference(`punt${ESC}[1m 2`)).toBe('punt 2');
    expect(cleanReference(`${ESC}[2J`)).toBeUndefined();
  });
});
