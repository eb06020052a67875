import { describe, expect, it } from 'vitest';
import { renderIcs } from '../../../src/render/ics.js';

const ITEMS = [
  {
    uid: 'decision-2026-003@woo',
    date: '2026-11-30',
    summary: 'Beslistermijn Woo-verzoek politie, CAS',
    description: 'ontvangen ma 2 nov 2026; vier weken vanaf de dag erna: ma 30 nov 2026 (art. 4.4 lid 1 Woo)\nZie ook: art. 6:12 Awb; ABRvS 9 februari 2011, ECLI:NL:RVS:2011:BP3711 — één regel met veel tekst',
  },
];

describe('renderIcs', () => {
  const ics = renderIcs(ITEMS, { now: '2026-11-23' });

  it('writes an all-day event with a reminder the day before', () => {
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('\r\nBEGIN:VEVENT\r\nUID:decision-2026-003@woo\r\nDTSTAMP:20261123T000000Z\r\nDTSTART;VALUE=DATE:20261130\r\nDTEND;VALUE=DATE:20261201\r\n');
    expect(unfolded).toContain('SUMMARY:Beslistermijn Woo-verzoek politie\\, CAS\r\n');
    expect(unfolded).toContain('BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Beslistermijn Woo-verzoek politie\\, CAS\r\nTRIGGER:-P1D\r\nEND:VALARM\r\n');
    expect(unfolded).toContain('(art. 4.4 lid 1 Woo)\\nZie ook: art. 6:12 Awb\\; ABRvS');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//woo//woo-termijnen//NL\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('uses CRLF only and folds lines at 75 octets without splitting characters', () => {
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n /g, '')).toContain('— één regel met veel tekst');
  });

  it('is deterministic and takes a product id', () => {
    expect(renderIcs(ITEMS, { now: '2026-11-23' })).toBe(ics);
    expect(renderIcs([], { now: '2026-11-23', prodId: '-//test//x//NL' })).toBe(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//x//NL\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n',
    );
  });
});
