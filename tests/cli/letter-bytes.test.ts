// The PDF letter is the same bytes for the same request and day: run after run, and from the
// shipped bundle as from the source.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, runCli, tempDir } from '../helpers/cli.js';

describe('woo letter --format pdf', () => {
  it('gives the same bytes in every process, bundled or from the source', async () => {
    const home = tempDir();
    const out = tempDir('woo-out-');
    expect((await runCli(['profile', '--name', 'Jan Jansen', '--city', 'Utrecht', '--email', 'jan@example.nl'], { home })).code).toBe(0);
    expect((await runCli(['new', 'cas-2021', '--yes'], { home })).code).toBe(0);
    const files = ['bin-1.pdf', 'bin-2.pdf', 'src.pdf'].map((f) => join(out, f));
    for (const file of files.slice(0, 2)) expect((await runBin(['letter', '2026-001-politie-cas', '--format', 'pdf', '--output', file], { home })).code).toBe(0);
    expect((await runCli(['letter', '2026-001-politie-cas', '--format', 'pdf', '--output', files[2]], { home })).code).toBe(0);
    const [first, ...rest] = files.map((f) => readFileSync(f));
    expect(first.subarray(0, 5).toString()).toBe('%PDF-');
    for (const other of rest) expect(other.equals(first)).toBe(true);
  });
});
