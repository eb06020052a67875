// Opens text in the user's editor ($VISUAL, $EDITOR; vi at a terminal) and returns what was saved.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CannotError } from '../core/errors.js';
import type { Io } from './io.js';

export function editorFor(io: Io): ((text: string) => Promise<string>) | undefined {
  const editor = io.env.VISUAL || io.env.EDITOR || (io.interactive ? 'vi' : undefined);
  if (!editor) return undefined;
  return async (text) => {
    const dir = mkdtempSync(join(tmpdir(), 'woo-edit-'));
    const file = join(dir, 'verzoek.yaml');
    try {
      writeFileSync(file, text, { mode: 0o600 });
      const run = spawnSync(`${editor} "${file}"`, { shell: true, stdio: 'inherit', env: io.env });
      if (run.status !== 0) throw new CannotError(`De editor (${editor}) stopte met een fout; niets gewijzigd.`);
      return readFileSync(file, 'utf8');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
