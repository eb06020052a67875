// Colleagues and scripts at once (issue 17, item 4): ids are decided and fields merged inside the
// lock, so concurrent processes never reuse an id or lose a field.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, runCli, tempDir } from '../helpers/cli.js';

describe('concurrent woo processes', () => {
  it('eight concurrent woo new get eight distinct ids', async () => {
    const home = tempDir();
    await runCli(['profile', '--name', 'Jan Jansen'], { home });
    const results = await Promise.all(Array.from({ length: 8 }, () => runBin(['new', 'cas-2021', '--yes', '--json'], { home })));
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const ids = results.map((r) => JSON.parse(r.stdout).id);
    expect(new Set(ids).size).toBe(8);
    expect(readdirSync(join(home, 'requests')).filter((f) => f.endsWith('.json')).sort()).toEqual(ids.map((id) => `${id}.json`).sort());
  });

  it('two concurrent woo profile keep both fields', async () => {
    const home = tempDir();
    for (let round = 0; round < 3; round++) {
      const [a, b] = await Promise.all([runBin(['profile', '--name', `Naam ${round}`], { home }), runBin(['profile', '--city', `Plaats ${round}`], { home })]);
      expect(a.code, a.stderr).toBe(0);
      expect(b.code, b.stderr).toBe(0);
      const shown = await runCli(['profile'], { home });
      expect(shown.stdout).toContain(`Naam ${round}`);
      expect(shown.stdout).toContain(`Plaats ${round}`);
    }
  });

  it('two concurrent batches get their own batch id and distinct request ids', async () => {
    const home = tempDir();
    await runCli(['profile', '--name', 'Jan Jansen'], { home });
    const results = await Promise.all([0, 1].map(() => runBin(['new', 'cas-2021', '--bodies', 'gemeente-utrecht,gemeente-zeist', '--yes', '--json'], { home })));
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const batches = results.map((r) => JSON.parse(r.stdout));
    expect(batches[0].batch).not.toBe(batches[1].batch);
    const ids = batches.flatMap((b) => b.requests.map((q: { id: string }) => q.id));
    expect(new Set(ids).size).toBe(4);
  });
});
