// woo attach: evidence of receipt kept inside the workspace with its hash, listed in woo show.
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

let home: string;
const ID = '2026-001-politie-cas';

beforeEach(async () => {
  home = tempDir();
  await runCli(['new', 'cas-2021', '--yes'], { home });
});

describe('woo attach', () => {
  it('stores the bytes next to the request under their SHA-256 and records kind, name and date', async () => {
    const file = join(home, 'bevestiging.pdf');
    const bytes = Buffer.from('%PDF-1.4 ontvangstbevestiging');
    writeFileSync(file, bytes);
    const hash = createHash('sha256').update(bytes).digest('hex');
    const r = await runCli(['attach', ID, 'bevestiging.pdf', '--as', 'acknowledgement'], { home });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(hash);
    const stored = join(home, 'requests', `${ID}.files`, `${hash}.pdf`);
    expect(readFileSync(stored)).toEqual(bytes);
    expect(statSync(stored).mode & 0o777).toBe(0o600);
    const request = JSON.parse(readFileSync(join(home, 'requests', `${ID}.json`), 'utf8'));
    expect(request.attachments).toEqual([{ sha256: hash, file: `${ID}.files/${hash}.pdf`, name: 'bevestiging.pdf', size: bytes.length, kind: 'acknowledgement', added: '2026-11-23' }]);
    const show = await runCli(['show', ID], { home });
    expect(show.stdout).toContain('ontvangstbevestiging: bevestiging.pdf');
    expect(show.stdout).toContain(`SHA-256 ${hash}`);
  });

  it('keeps the same file once, and refuses an unknown kind or a missing file with the workspace intact', async () => {
    writeFileSync(join(home, 'a.png'), 'x');
    expect((await runCli(['attach', ID, 'a.png', '--as', 'delivery-receipt'], { home })).code).toBe(0);
    const again = await runCli(['attach', ID, 'a.png', '--as', 'delivery-receipt'], { home });
    expect(again.stdout).toContain('al bewaard');
    const before = readFileSync(join(home, 'requests', `${ID}.json`), 'utf8');
    const bad = await runCli(['attach', ID, 'a.png', '--as', 'bon'], { home });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('acknowledgement, delivery-receipt, form-confirmation');
    const missing = await runCli(['attach', ID, 'weg.pdf', '--as', 'acknowledgement'], { home });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('bestaat niet');
    expect(readFileSync(join(home, 'requests', `${ID}.json`), 'utf8')).toBe(before);
    expect(JSON.parse(before).attachments).toHaveLength(1);
  });
});
