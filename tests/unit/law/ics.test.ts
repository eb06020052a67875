import { describe, expect, it } from 'vitest';
import { renderIcs } from '../../../src/render/ics.js';
import { events, parseIcs, prop } from '../../helpers/ics.js';

const ITEMS = [
  {
    uid: 'decision-2026-003@woo',
    date: '2026-11-30',
    summary: 'Beslistermijn Woo-verzoek politie, CAS',
    description: 'ontvangen ma 2 nov 2026; vier weken vanaf de dag erna: ma 30 nov 2026 (art. 4.4 lid 1 Woo)\nZie ook: art. 6:12 Awb; ABRvS 9 februari 2011, ECLI:NL:RVS:2011:BP3711 — één regel met veel tekst',
    sequence: 2,
    reminders: [7, 1],
  },
];

describe('renderIcs', () => {
  const ics = renderIcs(ITEMS, { now: '2026-11-23' });

  it('writes an all-day event with its sequence and a reminder at 09:00 a week and a day before', () => {
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('\r\nBEGIN:VEVENT\r\nUID:decision-2026-003@woo\r\nDTSTAMP:20261123T000000Z\r\nSEQUENCE:2\r\nDTSTART;VALUE=DATE:20261130\r\nDTEND;VALUE=DATE:20261201\r\n');
    expect(unfolded).toContain('SUMMARY:Beslistermijn Woo-verzoek politie\\, CAS\r\n');
    expect(unfolded).toContain('BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Beslistermijn Woo-verzoek politie\\, CAS\r\nTRIGGER:-P6DT15H\r\nEND:VALARM\r\n');
    expect(unfolded).toContain('TRIGGER:-PT15H\r\n');
    expect(unfolded).toContain('(art. 4.4 lid 1 Woo)\\nZie ook: art. 6:12 Awb\\; ABRvS');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//woo//woo-termijnen//NL\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const [event] = events(parseIcs(ics));
    expect(prop(event, 'DESCRIPTION')).toBe(ITEMS[0].description);
    expect(event.components.map((a) => prop(a, 'TRIGGER'))).toEqual(['-P6DT15H', '-PT15H']);
  });

  it('reminds on the day itself at 09:00, or not at all', () => {
    const onTheDay = parseIcs(renderIcs([{ ...ITEMS[0], reminders: [0] }], { now: '2026-11-23' }));
    expect(events(onTheDay)[0].components.map((a) => prop(a, 'TRIGGER'))).toEqual(['PT9H']);
    expect(events(parseIcs(renderIcs([{ ...ITEMS[0], reminders: [] }], { now: '2026-11-23' })))[0].components).toEqual([]);
  });

  it('uses CRLF only and folds lines at 75 octets without splitting characters', () => {
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n /g, '')).toContain('— één regel met veel tekst');
  });

  it('lets no control character in a text start a property or reach the calendar app', () => {
    const hostile = {
      ...ITEMS[0],
      summary: 'Gemeente X\rATTENDEE:mailto:aanvaller@example.org',
      description: 'regel één\r\nregel twee\nregel drie\rBEGIN:VALARM\u0085vier\u2028vijf\u001b]0;titel\u0007 \u0000\u007f\u009b2J\u202eeinde\ttab',
    };
    const out = renderIcs([hostile], { now: '2026-11-23' });
    const calendar = parseIcs(out);
    const [event] = events(calendar);
    expect(event.properties.map((p) => p.name)).toEqual(['UID', 'DTSTAMP', 'SEQUENCE', 'DTSTART', 'DTEND', 'SUMMARY', 'DESCRIPTION', 'TRANSP']);
    expect(prop(event, 'SUMMARY')).toBe('Gemeente X\nATTENDEE:mailto:aanvaller@example.org');
    expect(prop(event, 'DESCRIPTION')).toBe('regel één\nregel twee\nregel drie\nBEGIN:VALARM\nvier\nvijf]0;titel 2Jeinde\ttab');
    expect(event.components.length).toBe(2);
    // Unfolded, every line starts with a property name of ours.
    for (const line of out.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean)) {
      expect(line).toMatch(/^(BEGIN|END|VERSION|PRODID|CALSCALE|METHOD|UID|DTSTAMP|SEQUENCE|DTSTART|DTEND|SUMMARY|DESCRIPTION|TRANSP|ACTION|TRIGGER)[;:]/);
    }
  });

  it('has a reader in the tests that refuses what a calendar app could misread', () => {
    const ok = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n';
    expect(parseIcs(ok).name).toBe('VCALENDAR');
    expect(() => parseIcs(ok.replace('PRODID:x', 'PRODID:x\rATTENDEE:y'))).toThrow(/losse CR/);
    expect(() => parseIcs(ok.replace('PRODID:x', 'PRODID:x, y'))).toThrow(/onge-escapete ,/);
    expect(() => parseIcs(ok.replace('PRODID:x', `PRODID:${'x'.repeat(80)}`))).toThrow(/75 octets/);
    expect(() => parseIcs(ok.replace('PRODID:x\r\n', ''))).toThrow(/zonder PRODID/);
    expect(() => parseIcs(ok.replace('PRODID:x', 'PRODID:x\u001b[2J'))).toThrow(/stuurteken/);
    expect(() => parseIcs(ok.replace('END:VCALENDAR\r\n', ''))).toThrow(/niet afgesloten/);
  });

  it('is deterministic and takes a product id', () => {
    expect(renderIcs(ITEMS, { now: '2026-11-23' })).toBe(ics);
    expect(renderIcs([], { now: '2026-11-23', prodId: '-//test//x//NL' })).toBe(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//x//NL\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n',
    );
  });
});
