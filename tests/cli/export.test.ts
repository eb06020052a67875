// woo export: the dossier as one ZIP that a standard unzip opens and whose hashes check out.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

let home: string;
const ID = '2026-001-politie-cas';

beforeEach(async () => {
  home = tempDir();
  await runCli(['profile', '--name', 'Jan Jansen', '--city', 'Utrecht', '--email', 'jan@example.nl'], { home });
  await runCli(['new', 'cas-2021', '--yes'], { home });
});

describe('woo export', () => {
  it('writes request, letters as sent, evidence and a summary; unzip -t passes and sha256sum -c checks every file', async () => {
    const out = tempDir('woo-out-');
    expect((await runCli(['send', ID, '--channel', 'post', '--output', out, '--sent', '2026-11-02', '--barcode', '3SABCD1234567'], { home })).code).toBe(0);
    writeFileSync(join(out, 'afleverbewijs é.png'), 'png-bytes');
    expect((await runCli(['attach', ID, join(out, 'afleverbewijs é.png'), '--as', 'delivery-receipt'], { home })).code).toBe(0);
    const zip = join(out, 'dossier.zip');
    const r = await runCli(['export', ID, '--output', zip], { home });
    expect(r.code, r.stderr).toBe(0);
    expect(execFileSync('unzip', ['-t', zip], { encoding: 'utf8' })).toContain('No errors detected');
    const names = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).trim().split('\n');
    expect(names).toEqual([
      `${ID}/samenvatting.txt`,
      `${ID}/SHA256SUMS`,
      `${ID}/verzoek.json`,
      `${ID}/verzonden/2026-11-02-${ID}-verzoek.pdf`,
      `${ID}/verzonden/2026-11-02-${ID}-verzoek.txt`,
      `${ID}/bewijsstukken/2026-11-23-delivery-receipt-afleverbewijs é.png`,
    ]);
    const dir = tempDir('woo-unzip-');
    execFileSync('unzip', ['-q', zip, '-d', dir]);
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: join(dir, ID), encoding: 'utf8' })).not.toContain('FAILED');
    expect(readFileSync(join(dir, ID, 'verzoek.json'), 'utf8')).toBe(readFileSync(join(home, 'requests', `${ID}.json`), 'utf8'));
    const summary = readFileSync(join(dir, ID, 'samenvatting.txt'), 'utf8');
    expect(summary).toContain('Tijdlijn:');
    // Wrapped to 80 columns like the screen: the words are there, perhaps over two lines.
    expect(summary.replace(/\s+/g, ' ')).toContain('barcode 3SABCD1234567');
    expect(summary.replace(/\s+/g, ' ')).toContain('bewijs van aflevering (aangetekend): afleverbewijs é.png');

    const again = await runCli(['export', ID, '--output', zip], { home });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('bestaat al');
  });

  it('refuses when a kept file was changed, naming it', async () => {
    const out = tempDir('woo-out-');
    await runCli(['send', ID, '--output', out, '--sent', '2026-11-02'], { home });
    const request = JSON.parse(readFileSync(join(home, 'requests', `${ID}.json`), 'utf8'));
    const pdf = request.dispatches[0].files.find((f: { role: string }) => f.role === 'pdf');
    mkdirSync(join(home, 'requests', `${ID}.files`), { recursive: true });
    writeFileSync(join(home, 'requests', pdf.file), 'changed');
    const r = await runCli(['export', ID, '--output', join(out, 'd.zip')], { home });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('de SHA-256 klopt niet meer');
  });
});
