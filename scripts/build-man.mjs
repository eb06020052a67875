#!/usr/bin/env node
// Writes man/woo.1 from the commands' own definitions (woo __manpage), after the build, so the
// manual and --help never disagree. The date is the package's build date unless WOO_TODAY is set.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const r = spawnSync(process.execPath, [join(root, 'bin', 'woo.js'), '__manpage'], { encoding: 'utf8', env: { ...process.env, WOO_HOME: join(root, '.no-workspace') } });
if (r.status !== 0) {
  process.stderr.write(`man/woo.1 niet gemaakt: ${r.stderr}`);
  process.exit(1);
}
mkdirSync(join(root, 'man'), { recursive: true });
writeFileSync(join(root, 'man', 'woo.1'), r.stdout);
