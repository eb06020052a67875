// woo send: the letter made ready for the body's channel, the exact bytes kept, the sending logged.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

let home: string;
let out: string;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const stored = (id: string) => JSON.parse(readFileSync(join(home, 'requests', `${id}.json`), 'utf8'));

/** Parses an .eml with Python's email package: headers, the text part, and each attachment's SHA-256. */
function parseEml(file: string): { subject: string; from: string; to: string; date: string; messageId: string; text: string; attachments: { name: string; type: string; sha256: string }[]; defects: number } {
  const script = `
import email, email.policy, hashlib, json, sys
m = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=email.policy.default)
atts = [{'name': p.get_filename(), 'type': p.get_content_type(), 'sha256': hashlib.sha256(p.get_content()).hexdigest()} for p in m.iter_attachments()]
print(json.dumps({'subject': str(m['Subject']), 'from': str(m['From']), 'to': str(m['To']), 'date': str(m['Date']), 'messageId': str(m['Message-ID']),
  'text': m.get_body(('plain',)).get_content(), 'attachments': atts, 'defects': sum(len(p.defects) for p in m.walk())}))`;
  return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' }));
}

async function newRequest(body: string, bodiesJson?: unknown): Promise<string> {
  if (bodiesJson) writeFileSync(join(home, 'bodies.json'), JSON.stringify(bodiesJson));
  const r = await runCli(['new', 'vrij', '--set', 'onderwerp=de herinrichting van het Stationsplein', '--set', 'eigen_punten=Het projectplan', '--body', body, '--yes', '--json'], { home });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout).id;
}

beforeEach(async () => {
  home = tempDir();
  out = tempDir('woo-out-');
  await runCli(['profile', '--name', 'Jan Jänsen', '--address', 'Dorpsstraat 1', '--postcode', '1234 AB', '--city', 'Utrecht', '--email', 'jan@example.nl'], { home });
});

describe('woo send by e-mail', () => {
  it('writes an .eml that a real mail parser reads, with the PDF intact; --sent logs it and keeps the bytes', async () => {
    const id = await newRequest('algemene-rekenkamer');
    const r = await runCli(['send', id, '--output', out], { home });
    expect(r.code, r.stderr).toBe(0);
    const file = join(out, `${id}-verzoek.eml`);
    expect(r.stdout).toContain(file);
    expect(r.stdout).toContain(`woo send ${id} --sent <datum>`);
    const raw = readFileSync(file);
    expect(raw.toString('latin1')).toMatch(/^[\x00-\x7f]*$/); // 7-bit: non-ASCII only as encoded words, QP or base64
    const mail = parseEml(file);
    expect(mail.defects).toBe(0);
    expect(mail.to).toBe('Algemene Rekenkamer <Woo@rekenkamer.nl>');
    expect(mail.from).toBe('Jan Jänsen <jan@example.nl>');
    expect(mail.subject).toBe(`Verzoek op grond van de Wet open overheid: de herinrichting van het Stationsplein (ons kenmerk ${id})`);
    expect(mail.date).toMatch(/^Mon, 23 Nov 2026 \d\d:\d\d:\d\d \+0100$/);
    expect(mail.messageId).toMatch(/^<[0-9a-f-]+@example\.nl>$/);
    expect(mail.text).toContain('Hierbij zend ik u mijn verzoek om informatie op grond van de Wet open overheid (Woo)');
    expect(mail.text).toContain('Jan Jänsen');
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]).toMatchObject({ name: `${id}-verzoek.pdf`, type: 'application/pdf' });

    // Prepared, not yet sent: the bytes are kept, no event yet.
    let request = stored(id);
    expect(request.events).toEqual([]);
    const [dispatch] = request.dispatches;
    const pdfFile = dispatch.files.find((f: { role: string }) => f.role === 'pdf');
    const emlFile = dispatch.files.find((f: { role: string }) => f.role === 'eml');
    expect(pdfFile.sha256).toBe(mail.attachments[0].sha256);
    expect(emlFile.sha256).toBe(sha(raw));
    expect(`<${dispatch.messageId}>`).toBe(mail.messageId);

    const sent = await runCli(['send', id, '--sent', '2026-11-23'], { home });
    expect(sent.code, sent.stderr).toBe(0);
    expect(sent.stdout).toContain('Vastgelegd: verzonden per e-mail op ma 23 nov 2026');
    request = stored(id);
    expect(request.events).toMatchObject([{ id: expect.stringMatching(/^e1-/), type: 'sent', date: '2026-11-23', channel: 'email' }]);
    expect(request.dispatches).toHaveLength(1);
    expect(request.dispatches[0]).toMatchObject({ sent: '2026-11-23', event: request.events[0].id, to: 'Woo@rekenkamer.nl', channel: 'email' });
    expect(request.dispatches[0].files).toEqual(dispatch.files);

    // The letter is the one that went out, byte for byte, even after the profile changes.
    await runCli(['profile', '--name', 'Piet Pietersen'], { home });
    const letter = await runCli(['letter', id, '--format', 'pdf', '--output', join(out, 'opnieuw.pdf')], { home, env: { WOO_TODAY: '2026-12-20' } });
    expect(letter.stderr).toContain('zoals verzonden op 23 november 2026');
    expect(sha(readFileSync(join(out, 'opnieuw.pdf')))).toBe(mail.attachments[0].sha256);
    const show = await runCli(['show', id], { home });
    expect(show.stdout).toContain(`${id}-verzoek.eml  SHA-256 ${emlFile.sha256}`);
    expect(show.stdout).toContain(`${id}-verzoek.pdf  SHA-256 ${pdfFile.sha256}`);
    expect(show.stdout).not.toContain('Piet Pietersen');

    const again = await runCli(['send', id, '--output', out], { home });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('al verzonden op 23 november 2026');
  });

  it('--mailto prints a mailto: link with subject and the letter text; the file is never overwritten without --force', async () => {
    const id = await newRequest('algemene-rekenkamer');
    const r = await runCli(['send', id, '--mailto'], { home });
    expect(r.code, r.stderr).toBe(0);
    const url = r.stdout.split('\n').find((l) => l.startsWith('mailto:'))!;
    const parsed = new URL(url);
    expect(parsed.pathname).toBe('Woo@rekenkamer.nl');
    expect(parsed.searchParams.get('subject')).toContain('Verzoek op grond van de Wet open overheid');
    expect(parsed.searchParams.get('body')).toContain('1. Het projectplan.');
    expect(parsed.searchParams.get('body')).toContain('\r\n');

    expect((await runCli(['send', id, '--output', out], { home })).code).toBe(0);
    const twice = await runCli(['send', id, '--output', out], { home });
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('bestaat al');
    expect((await runCli(['send', id, '--output', out, '--force'], { home })).code).toBe(0);
    expect(stored(id).dispatches).toHaveLength(1); // the unsent one is replaced, not piled up
  });
});

describe('woo send by web form and by post', () => {
  it('gives the form URL, the text in field order and the PDF to upload; records the confirmation number', async () => {
    const id = await newRequest('gemeente-utrecht', { bodies: [{ id: 'gemeente-utrecht', email: null, webform: 'https://www.utrecht.nl/woo-verzoek', channels: null }] });
    const r = await runCli(['send', id, '--output', out], { home });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Webformulier: https://www.utrecht.nl/woo-verzoek');
    const fields = ['Naam:', 'Adres:', 'Postcode en plaats:', 'E-mailadres:', 'Onderwerp:', 'Omschrijving van uw verzoek:'].map((f) => r.stdout.indexOf(f));
    expect(fields.every((at, i) => at > 0 && (i === 0 || at > fields[i - 1]))).toBe(true);
    expect(existsSync(join(out, `${id}-verzoek.pdf`))).toBe(true);
    expect(readFileSync(join(out, `${id}-verzoek.txt`), 'utf8')).toContain('1. Het projectplan.');
    const sent = await runCli(['send', id, '--sent', '2026-11-23', '--confirmation', 'WOO-12345'], { home });
    expect(sent.code, sent.stderr).toBe(0);
    expect(stored(id).dispatches[0]).toMatchObject({ channel: 'webform', confirmation: 'WOO-12345', sent: '2026-11-23' });
    expect(stored(id).events[0]).toMatchObject({ type: 'sent', channel: 'webform' });
    // Taking the sending back leaves the letter made ready, not sent.
    expect((await runCli(['log', id, '--remove', 'e1'], { home })).code).toBe(0);
    expect(stored(id).dispatches[0].sent).toBeUndefined();
    expect(stored(id).dispatches[0].confirmation).toBeUndefined();
  });

  it('gives the envelope address and the advice to send it registered; records the barcode', async () => {
    const id = await newRequest('gemeente-utrecht', { bodies: [{ id: 'gemeente-utrecht', email: null, webform: null, channels: null }] });
    const r = await runCli(['send', id, '--output', out, '--sent', '2026-11-20', '--barcode', '3SABCD1234567'], { home });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Per post aan:');
    expect(r.stdout).toContain('Gemeente Utrecht');
    expect(r.stdout).toContain('aangetekend');
    const pdf = readFileSync(join(out, `${id}-verzoek.pdf`));
    const request = stored(id);
    expect(request.dispatches[0]).toMatchObject({ channel: 'post', barcode: '3SABCD1234567', sent: '2026-11-20', event: request.events[0].id });
    expect(request.dispatches[0].files.find((f: { role: string }) => f.role === 'pdf').sha256).toBe(sha(pdf));
    const mail = await runCli(['send', id, '--channel', 'email', '--force'], { home });
    expect(mail.code).toBe(1);
    expect(mail.stderr).toContain('geen bekend adres voor verzending per e-mail');
  });

  it('sends a notice of default as that event, and refuses a premature one', async () => {
    const id = await newRequest('algemene-rekenkamer');
    await runCli(['send', id, '--output', out, '--sent', '2026-09-01'], { home, env: { WOO_TODAY: '2026-09-01' } });
    const early = await runCli(['send', id, 'notice-of-default', '--output', out], { home, env: { WOO_TODAY: '2026-09-20' } });
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('Te vroeg');
    const r = await runCli(['send', id, 'notice-of-default', '--output', out, '--sent', '2026-10-05'], { home, env: { WOO_TODAY: '2026-10-05' } });
    expect(r.code, r.stderr).toBe(0);
    expect(parseEml(join(out, `${id}-ingebrekestelling.eml`)).text).toContain('mijn ingebrekestelling');
    expect(stored(id).events.map((e: { type: string }) => e.type)).toEqual(['sent', 'notice-of-default']);
  });
});

describe('woo letter reminder', () => {
  it('asks politely to confirm receipt and its date; refused before sending and once receipt is known', async () => {
    const id = await newRequest('algemene-rekenkamer');
    expect((await runCli(['letter', id, 'reminder'], { home })).code).toBe(1);
    await runCli(['send', id, '--output', out, '--sent', '2026-11-02'], { home });
    const r = await runCli(['letter', id, 'reminder', '--format', 'txt'], { home });
    expect(r.code, r.stderr).toBe(0);
    const text = r.stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Verzoek om bevestiging van de ontvangst van mijn Woo-verzoek');
    expect(text).toContain('Op 2 november 2026 heb ik u per e-mail een verzoek om informatie gedaan');
    expect(text).toContain('op welke datum u mijn verzoek hebt ontvangen');
    expect(text).not.toMatch(/in gebreke|ingebrekestelling/i);
    await runCli(['log', id, 'acknowledged', '2026-11-05'], { home });
    const late = await runCli(['letter', id, 'reminder'], { home });
    expect(late.code).toBe(1);
    expect(late.stderr).toContain('De ontvangst is al vastgelegd');
  });
});
