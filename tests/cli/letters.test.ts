// The follow-up letters through the CLI on a real workspace: notice of default, objection, pro forma.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMeta } from 'unpdf';
import { beforeEach, describe, expect, it } from 'vitest';
import { Workspace } from '../../src/store/workspace.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { readDocx } from '../helpers/docx.js';
import { pdfWords } from '../render/pdf-helpers.js';

let home: string;
const ID = '2026-001-politie-cas';
const at = (today: string) => ({ home, env: { WOO_TODAY: today } });

beforeEach(async () => {
  home = tempDir();
  await runCli(['profile', '--name', 'Jan Jansen', '--address', 'Dorpsstraat 1', '--postcode', '1234 AB', '--city', 'Utrecht', '--email', 'jan@example.nl'], { home });
  await runCli(['new', 'cas-2021', '--yes'], { home });
  await runCli(['log', ID, 'sent', '2026-09-01', '--channel', 'email'], at('2026-09-01'));
  await runCli(['log', ID, 'received', '2026-09-01', '--reference', 'WOO-2026-0815'], at('2026-09-01'));
});

describe('woo letter notice-of-default', () => {
  it('refuses a premature notice with exit 1 and the first valid date; --force makes it with a warning', async () => {
    const early = await runCli(['letter', ID, 'notice-of-default'], at('2026-09-29'));
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('Een ingebrekestelling is geldig vanaf 30 september 2026');
    const forced = await runCli(['letter', ID, 'notice-of-default', '--force'], at('2026-09-29'));
    expect(forced.code).toBe(0);
    expect(forced.stderr).toMatch(/Let op: Deze ingebrekestelling is te vroeg/);
  });

  it('names the request, receipt, the passed deadline, the two weeks and the court; never a dwangsom for the requester', async () => {
    await runCli(['log', ID, 'decided', '2026-09-20', '--points', '1-5'], at('2026-09-20'));
    const r = await runCli(['letter', ID, 'notice-of-default', '--format', 'md'], at('2026-10-02'));
    expect(r.code).toBe(0);
    const text = r.stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Uw kenmerk: WOO-2026-0815');
    expect(text).toContain('Op 1 september 2026 heb ik u een verzoek om informatie gedaan op grond van de Wet open overheid (Woo)');
    expect(text).toContain('U hebt dit verzoek op 1 september 2026 ontvangen.');
    expect(text).toContain('had u uiterlijk op 29 september 2026 op mijn verzoek moeten beslissen');
    expect(text).toContain('Op 20 september 2026 hebt u een deelbesluit genomen over punten 1-5. Over de overige punten van mijn verzoek (6-17)');
    expect(text).toContain('artikel 6:12, tweede lid, onder b, Awb');
    expect(text).toContain('binnen twee weken');
    expect(text).toContain('artikel 8:55d Awb en artikel 8.4 Woo');
    expect(text).not.toMatch(/4:17|verbeurt|recht op een dwangsom/);
  });

  it('says when an adjournment came too late and did not count', async () => {
    await runCli(['log', ID, 'adjourned', '2026-10-01', '--weeks', '2'], at('2026-10-01'));
    const r = await runCli(['letter', ID, 'notice-of-default'], at('2026-10-02'));
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('mededeling kwam na het einde van de eerste termijn');
  });

  it('is refused once the request is decided', async () => {
    await runCli(['log', ID, 'decided', '2026-10-05'], at('2026-10-05'));
    const r = await runCli(['letter', ID, 'notice-of-default'], at('2026-10-06'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('woo letter 2026-001-politie-cas objection');
  });
});

describe('woo letter objection', () => {
  async function decideWithOutcomes(): Promise<void> {
    await runCli(['log', ID, 'decided', '2026-10-05'], at('2026-10-05'));
    const ws = new Workspace({ root: home, source: 'WOO_HOME' });
    await ws.updateRequest(ID, (r) => ({
      ...r,
      outcomes: [
        { point: 1, decision: 'e3', outcome: 'already_public', grounds: [] },
        { point: 2, decision: 'e3', outcome: 'nothing_found', grounds: [] },
        { point: 3, decision: 'e3', outcome: 'partial_public', grounds: ['5.1.2e', '5.1.2i'] },
        { point: 4, decision: 'e3', outcome: 'not_public', grounds: ['5.1.1c'] },
        { point: 5, decision: 'e3', outcome: 'public', grounds: [] },
        { point: 6, decision: 'e3', outcome: 'already_public', reference: 'https://www.politie.nl/wob', grounds: [] },
        { point: 7, decision: 'e3', outcome: 'referred', reference: 'punt 2', grounds: [] },
        { point: 8, decision: 'e3', outcome: 'not_public', grounds: ['5.2.1'] },
        ...Array.from({ length: 8 }, (_, i) => ({ point: 9 + i, decision: 'e3', outcome: 'public' as const, grounds: [] })),
      ],
    }));
  }

  it('argues per point from the recorded outcomes', async () => {
    await decideWithOutcomes();
    const r = await runCli(['letter', ID, 'objection', '--ground', '5=De beelden zijn niet volledig.', '--ground', 'algemeen=Het besluit is te laat genomen.'], at('2026-10-20'));
    expect(r.code).toBe(0);
    const md = r.stdout;
    const text = md.replace(/\s+/g, ' ');
    expect(text).toContain('**Onderwerp:** Bezwaarschrift tegen uw besluit van 5 oktober 2026 op mijn Woo-verzoek');
    expect(text).toContain('de bezwaartermijn van zes weken (artikel 6:7 en artikel 6:8, eerste lid, Awb) eindigt op 16 november 2026');
    expect(md).toMatch(/## Punt 1\n\nU stelt dat deze informatie al openbaar is, maar u vermeldt niet waar/);
    expect(md).toMatch(/## Punt 2\n\nU stelt dat hierover geen documenten bij u berusten/);
    expect(text).toContain('op grond van artikel 5.1, tweede lid, aanhef en onder e, Woo en artikel 5.1, tweede lid, aanhef en onder i, Woo');
    expect(text).toContain('moet uitdrukkelijk worden gemotiveerd (artikel 5.1, derde lid, Woo)');
    expect(md).toMatch(/## Punt 4\n\nU weigert de informatie \(gedeeltelijk\) openbaar te maken op grond van artikel 5\.1, eerste lid, aanhef en onder c, Woo\. Ik verzoek u per document/);
    expect(md).toMatch(/## Punt 5\n\nDe beelden zijn niet volledig\./);
    expect(md).not.toMatch(/## Punt 6\n/);
    expect(md).toMatch(/## Punt 7\n\nU verwijst naar uw antwoord op punt 2, maar u beslist niet zelf/);
    expect(md).toMatch(/## Punt 8\n\nU weigert informatie op grond van artikel 5\.2 Woo/);
    expect(md).toMatch(/## Algemeen\n\nHet besluit is te laat genomen\./);
    expect(text).toContain('artikel 7:2 Awb');
  });

  it('after a final decision, points without an outcome are argued as unanswered', async () => {
    await runCli(['log', ID, 'decided', '2026-10-05'], at('2026-10-05'));
    const r = await runCli(['letter', ID, 'objection'], at('2026-10-06'));
    expect(r.code).toBe(0);
    expect(r.stdout.match(/Uw besluit gaat niet in op dit deel van mijn verzoek/g)).toHaveLength(1);
    expect(r.stdout).toContain('## Punten 1 tot en met 17');
  });

  it('refuses without a decision, and after the objection term unless forced', async () => {
    expect((await runCli(['letter', ID, 'objection'], at('2026-10-06'))).stderr).toContain('Er is nog geen besluit vastgelegd');
    await decideWithOutcomes();
    const late = await runCli(['letter', ID, 'objection'], at('2026-11-17'));
    expect(late.code).toBe(1);
    expect(late.stderr).toContain('De bezwaartermijn is op 16 november 2026 verstreken');
    expect(late.stderr).toContain('6:11 Awb');
    expect((await runCli(['letter', ID, 'objection', '--force'], at('2026-11-17'))).code).toBe(0);
    const bad = await runCli(['letter', ID, 'objection', '--ground', 'drie=x'], at('2026-10-06'));
    expect(bad.code).toBe(2);
  });

  it('pro forma asks for time to send the grounds (art. 6:6 Awb)', async () => {
    await runCli(['log', ID, 'decided', '2026-10-05'], at('2026-10-05'));
    const r = await runCli(['letter', ID, 'objection-pro-forma', '--format', 'txt'], at('2026-11-16'));
    expect(r.code).toBe(0);
    const text = r.stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Bezwaarschrift (pro forma) tegen uw besluit van 5 oktober 2026');
    expect(text).toContain('artikel 6:6 Awb');
    expect(text).not.toContain('Gronden van het bezwaar');
  });
});

describe('PDF of every letter kind', () => {
  async function samePdfAndText(kind: string, today: string): Promise<void> {
    const pdfFile = join(tempDir('woo-out-'), `${kind}.pdf`);
    const pdf = await runCli(['letter', ID, kind, '--format', 'pdf', '--output', pdfFile], at(today));
    expect(pdf.code, pdf.stderr).toBe(0);
    const txt = await runCli(['letter', ID, kind, '--format', 'txt'], at(today));
    const bytes = new Uint8Array(readFileSync(pdfFile));
    expect(await pdfWords(bytes)).toEqual(txt.stdout.split(/\s+/).filter(Boolean));
    const meta = await getMeta(new Uint8Array(bytes));
    expect(meta.info.Author).toBe('Jan Jansen');
    expect(meta.info.Title).toMatch(/Verzoek|Ingebrekestelling|Bezwaarschrift/);
  }

  it('gives the sent request letter the same bytes on any later day (its dates are the letter\'s own)', async () => {
    const out = tempDir('woo-out-');
    const bytesOn = async (today: string) => {
      const file = join(out, `${today}.pdf`);
      expect((await runCli(['letter', ID, '--format', 'pdf', '--output', file], at(today))).code).toBe(0);
      return readFileSync(file);
    };
    const [first, later] = [await bytesOn('2026-09-02'), await bytesOn('2026-12-24')];
    expect(first.equals(later)).toBe(true);
    expect((await getMeta(new Uint8Array(first))).info).toMatchObject({ CreationDate: 'D:20260901000000Z' });
  });

  it('the request and the notice of default say the same in PDF as in text', async () => {
    await samePdfAndText('request', '2026-10-01');
    await samePdfAndText('notice-of-default', '2026-10-01');
  });

  it('the objection and the pro forma objection say the same in PDF as in text', async () => {
    await runCli(['log', ID, 'decided', '2026-10-05'], at('2026-10-05'));
    await samePdfAndText('objection', '2026-10-06');
    await samePdfAndText('objection-pro-forma', '2026-10-06');
  });
});

describe('woo letter --format docx', () => {
  it('writes the objection as a Word document with the same words as the text, to a .docx beside the PDF name', async () => {
    await runCli(['log', ID, 'decided', '2026-10-05'], at('2026-10-05'));
    const out = tempDir('woo-out-');
    const r = await runCli(['letter', ID, 'objection', '--format', 'docx'], { ...at('2026-10-06'), cwd: out });
    expect(r.code, r.stderr).toBe(0);
    const file = join(out, `${ID}-bezwaarschrift.docx`);
    expect(r.stderr).toContain(`Brief geschreven: ${file}`);
    const { paragraphs } = readDocx(new Uint8Array(readFileSync(file)));
    const txt = await runCli(['letter', ID, 'objection', '--format', 'txt'], at('2026-10-06'));
    expect(paragraphs.map((p) => p.text).join(' ').split(/\s+/).filter(Boolean)).toEqual(txt.stdout.split(/\s+/).filter(Boolean));
    expect(paragraphs.find((p) => p.style === 'Subject')!.text).toMatch(/^Onderwerp: Bezwaarschrift/);
    const bad = await runCli(['letter', ID, '--format', 'odt'], at('2026-10-06'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('md, txt, pdf, docx');
  });
});

describe('letters for a batch', () => {
  it('writes one file per body into a folder, each addressed to its body', async () => {
    const batchHome = tempDir();
    await runCli(['profile', '--name', 'Jan Jansen', '--city', 'Utrecht', '--email', 'jan@example.nl'], { home: batchHome });
    const created = JSON.parse((await runCli(['new', 'cas-2021', '--bodies', 'gemeente-utrecht,gemeente-zeist', '--yes', '--json'], { home: batchHome })).stdout);
    const out = join(tempDir('woo-out-'), 'brieven');
    const r = await runCli(['letter', '--batch', created.batch, '--format', 'md', '--output', out], { home: batchHome });
    expect(r.code, r.stderr).toBe(0);
    const files = created.requests.map((q: { id: string }) => join(out, `${q.id}-verzoek.md`));
    expect(readFileSync(files[0], 'utf8')).toContain('Gemeente Utrecht');
    expect(readFileSync(files[1], 'utf8')).toContain('Gemeente Zeist');
    const unknown = await runCli(['letter', '--batch', '2026-b99-x'], { home: batchHome });
    expect(unknown.code).toBe(1);
  });
});
