// Letters from the body between request and decision: kind, the sentence it rests on, events.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBodyLetter, type ProposedBodyEvent } from '../../src/core/correspondence/read-body-letter.js';
import { looksLikeMail, parseMail, partText } from '../../src/core/correspondence/mime.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'correspondence');
const expected: Record<string, { kinds: string[]; events: string[]; reference?: string; forwardedTo?: string }> = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
const line = (e: ProposedBodyEvent) => [e.type, e.date, e.weeks ? `${e.weeks}w` : '', e.until ? `until ${e.until}` : ''].filter(Boolean).join(' ');

describe('reading a letter from the body', () => {
  for (const [file, want] of Object.entries(expected)) {
    it(`${file}: ${want.kinds.join(' + ') || 'no kind'}`, () => {
      const got = readBodyLetter(readFileSync(join(dir, file), 'utf8'));
      expect(got.kinds.map((k) => k.kind)).toEqual(want.kinds);
      for (const k of got.kinds) expect(k.basis.length).toBeGreaterThan(10);
      expect(got.events.map(line)).toEqual(want.events);
      if (want.reference) expect(got.reference).toBe(want.reference);
      if (want.forwardedTo) expect(got.forwardedTo).toBe(want.forwardedTo);
    });
  }

  it('dates a step the letter recounts by its own date, and ignores the objection clause', () => {
    const got = readBodyLetter('Datum 1 december 2020\n\nGeachte heer,\n\nBij brief van 6 november 2020 is de beslistermijn met 2 weken opgeschort in verband met het vragen van zienswijzen aan betrokkenen.\n\nTegen dit besluit kunt u binnen zes weken bezwaar maken.\n\nHoogachtend,');
    expect(got.events.map(line)).toEqual(['third-party-consulted 2020-11-06']);
  });
});

describe('e-mail letters', () => {
  it('reads the text part and attachments of a MIME message', () => {
    const pdf = Buffer.from('%PDF-1.4 test');
    const raw = Buffer.from(
      [
        'From: Woo-loket <woo@utrecht.nl>',
        'To: jan@example.nl',
        'Subject: =?utf-8?q?Uw_Woo-verzoek?=',
        'Date: Fri, 27 Nov 2026 10:14:00 +0100',
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="b1"',
        '',
        '--b1',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        'We verlengen de beslistermijn met twee weken. Financi=C3=ABn',
        '--b1',
        'Content-Type: application/pdf; name="brief.pdf"',
        'Content-Disposition: attachment; filename="brief.pdf"',
        'Content-Transfer-Encoding: base64',
        '',
        pdf.toString('base64'),
        '--b1--',
        '',
      ].join('\r\n'),
    );
    expect(looksLikeMail(raw)).toBe(true);
    expect(looksLikeMail(Buffer.from('%PDF-1.4'))).toBe(false);
    const mail = parseMail(raw);
    expect(mail.headers.get('date')).toContain('27 Nov 2026');
    expect(partText(mail.parts[0])).toBe('We verlengen de beslistermijn met twee weken. Financiën');
    expect(mail.parts[1]).toMatchObject({ contentType: 'application/pdf', filename: 'brief.pdf' });
    expect(mail.parts[1].bytes.equals(pdf)).toBe(true);
  });
});
