// The appeal for a late decision (issue 10 item 14): refused until a notice of default was sent and two weeks
// passed (art. 6:12 lid 2 Awb), addressed to the competent district court (art. 8:7 Awb), one model for md/txt/pdf.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { pdfWords } from '../render/pdf-helpers.js';

let home: string;
const at = (today: string) => ({ home, env: { WOO_TODAY: today } });
const flat = (s: string) => s.replace(/\s+/g, ' ');

/** A request received 2026-11-02 (term ends Mon 30-11-2026); notice of default on Tue 1-12 → appeal from Wed 16-12. */
async function lateRequest(body?: string): Promise<string> {
  const created = JSON.parse((await runCli(['new', 'cas-2021', ...(body ? ['--body', body] : []), '--yes', '--json'], { home })).stdout);
  const id = created.id as string;
  await runCli(['log', id, 'sent', '2026-11-02', '--channel', 'email'], at('2026-11-02'));
  await runCli(['log', id, 'received', '2026-11-02'], at('2026-11-02'));
  return id;
}

beforeEach(async () => {
  home = tempDir();
  await runCli(['profile', '--name', 'Jan Jansen', '--address', 'Dorpsstraat 1', '--postcode', '1234 AB', '--city', 'Utrecht', '--email', 'jan@example.nl'], { home });
});

describe('woo letter ID appeal-for-lateness', () => {
  it('is refused without a notice of default, and before two weeks have passed since it, saying why', async () => {
    const id = await lateRequest();
    const none = await runCli(['letter', id, 'appeal-for-lateness'], at('2026-12-10'));
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('Er is nog geen ingebrekestelling vastgelegd');
    expect(none.stderr).toContain(`woo letter ${id} notice-of-default`);
    await runCli(['log', id, 'notice-of-default', '2026-12-01'], at('2026-12-01'));
    const early = await runCli(['letter', id, 'beroep'], at('2026-12-15'));
    expect(early.code).toBe(1);
    expect(flat(early.stderr)).toContain('Beroep wegens niet tijdig beslissen kan vanaf 16 december 2026: twee weken na de ingebrekestelling van 1 december 2026');
    const forced = await runCli(['letter', id, 'beroep', '--force'], at('2026-12-15'));
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('Dit beroep is te vroeg');
  });

  it('a premature notice of default opens no appeal', async () => {
    const id = await lateRequest();
    await runCli(['log', id, 'notice-of-default', '2026-11-25'], at('2026-11-25'));
    const r = await runCli(['letter', id, 'appeal-for-lateness'], at('2026-12-20'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('De ingebrekestelling van 25 november 2026 telt niet');
  });

  it('a national body: the court of the requester’s residence (art. 8:7 lid 2 Awb), with the facts, the asks and no Awb penalty', async () => {
    const id = await lateRequest();
    await runCli(['log', id, 'notice-of-default', '2026-12-01'], at('2026-12-01'));
    const r = await runCli(['letter', id, 'appeal-for-lateness', '--format', 'txt'], at('2026-12-16'));
    expect(r.code, r.stderr).toBe(0);
    const text = flat(r.stdout);
    expect(text).toContain('Rechtbank Midden-Nederland Team bestuursrecht Postbus 16005 3500 DA Utrecht');
    expect(text).toContain('Beroep wegens niet tijdig beslissen op mijn Woo-verzoek');
    expect(text).toContain('Hierbij stel ik beroep in tegen het niet tijdig nemen van een besluit door Nationale Politie');
    expect(text).toContain('Verweerder heeft het verzoek op 2 november 2026 ontvangen');
    expect(text).toContain('Op grond van artikel 4.4 Woo had verweerder uiterlijk op 30 november 2026 op mijn verzoek moeten beslissen');
    expect(text).toContain('Bij brief van 1 december 2026 heb ik verweerder schriftelijk in gebreke gesteld');
    expect(text).toContain('artikel 7:1, eerste lid, onder f, Awb');
    expect(text).toContain('Uw rechtbank is bevoegd (artikel 8:7, tweede lid, Awb): ik woon in Utrecht');
    expect(text).toContain('het beroep gegrond te verklaren');
    expect(text).toContain('(artikel 8:55d, eerste lid, Awb)');
    expect(text).toContain('(artikel 8.4 Woo)');
    expect(text).toContain('(artikel 8:55d, tweede lid, Awb)');
    expect(text).toContain('afschrift van mijn ingebrekestelling van 1 december 2026');
    // Woo art. 8.2: no penalty for the late decision itself, so none is asked or promised.
    expect(text).not.toMatch(/4:17|verbeurd|8:55c/);
    expect(r.stderr).toContain('Digitaal loket bestuursrecht');
  });

  it('a municipality: the court of its seat (art. 8:7 lid 1 Awb); --court overrides; an unknown court is refused', async () => {
    const id = await lateRequest('gemeente-haarlem');
    await runCli(['log', id, 'notice-of-default', '2026-12-01'], at('2026-12-01'));
    const r = await runCli(['letter', id, 'appeal-for-lateness'], at('2026-12-16'));
    expect(r.code, r.stderr).toBe(0);
    expect(flat(r.stdout)).toContain('Rechtbank Noord-Holland');
    expect(flat(r.stdout)).toContain('Uw rechtbank is bevoegd (artikel 8:7, eerste lid, Awb): verweerder is een bestuursorgaan van een gemeente, provincie, waterschap of gemeenschappelijke regeling en heeft zijn zetel in Haarlem');
    const chosen = await runCli(['letter', id, 'appeal-for-lateness', '--court', 'Rechtbank Amsterdam'], at('2026-12-16'));
    expect(chosen.code).toBe(0);
    expect(chosen.stdout).toContain('Rechtbank Amsterdam');
    expect(chosen.stdout).not.toContain('Uw rechtbank is bevoegd');
    expect(chosen.stderr).toContain('U hebt zelf Rechtbank Amsterdam gekozen');
    const unknown = await runCli(['letter', id, 'appeal-for-lateness', '--court', 'Lutjebroek'], at('2026-12-16'));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Onbekende rechtbank "Lutjebroek"');
    expect(unknown.stderr).toContain('midden-nederland');
  });

  it('a late decision on objection: appeal about the objection, after its own notice of default', async () => {
    const id = await lateRequest();
    await runCli(['log', id, 'decided', '2026-11-20'], at('2026-11-20'));
    await runCli(['log', id, 'objection-lodged', '2026-12-20'], at('2026-12-20'));
    // Objection term ends Mon 4-1-2027 (1-1 is New Year); + 6 weeks = Mon 15-2-2027; notice Tue 16-2 → appeal from Wed 3-3.
    await runCli(['log', id, 'notice-of-default', '2027-02-16'], at('2027-02-16'));
    const early = await runCli(['letter', id, 'appeal-for-lateness'], at('2027-03-02'));
    expect(early.code).toBe(1);
    expect(flat(early.stderr)).toContain('kan vanaf 3 maart 2027');
    const r = await runCli(['letter', id, 'appeal-for-lateness', '--format', 'txt'], at('2027-03-03'));
    expect(r.code, r.stderr).toBe(0);
    const text = flat(r.stdout);
    expect(text).toContain('Beroep wegens niet tijdig beslissen op mijn bezwaar');
    expect(text).toContain('op mijn bezwaar tegen het besluit van 20 november 2026');
    expect(text).toContain('Op 20 december 2026 heb ik bezwaar gemaakt tegen dat besluit. Op grond van artikel 7:10 Awb had verweerder uiterlijk op 15 februari 2027 op mijn bezwaar moeten beslissen');
    expect(text).toContain('afschrift van mijn bezwaarschrift van 20 december 2026');
  });

  it('is refused once the whole request is decided, and woo send points to the court', async () => {
    const id = await lateRequest();
    await runCli(['log', id, 'notice-of-default', '2026-12-01'], at('2026-12-01'));
    const send = await runCli(['send', id, 'appeal-for-lateness'], at('2026-12-16'));
    expect(send.code).toBe(1);
    expect(send.stderr).toContain('Een beroepschrift gaat naar de rechtbank');
    await runCli(['log', id, 'decided', '2026-12-10'], at('2026-12-10'));
    const r = await runCli(['letter', id, 'appeal-for-lateness'], at('2026-12-16'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('beroep wegens niet tijdig beslissen is dan niet meer mogelijk');
  });

  it('says the same in PDF as in text (bullets drawn as • in the PDF, - in text)', async () => {
    const id = await lateRequest();
    await runCli(['log', id, 'notice-of-default', '2026-12-01'], at('2026-12-01'));
    const file = join(tempDir('woo-out-'), 'beroep.pdf');
    const pdf = await runCli(['letter', id, 'appeal-for-lateness', '--format', 'pdf', '--output', file], at('2026-12-16'));
    expect(pdf.code, pdf.stderr).toBe(0);
    const txt = await runCli(['letter', id, 'appeal-for-lateness', '--format', 'txt'], at('2026-12-16'));
    const words = (await pdfWords(new Uint8Array(readFileSync(file)))).map((w) => (w === '•' ? '-' : w));
    expect(words).toEqual(txt.stdout.split(/\s+/).filter(Boolean));
  });
});
