// What a process loads, read from the bundle's metafile (dist/meta.json): --version and help load
// no zod, no prompt library, no store (but its error texts) and no use case; list and agenda load
// no prompts and no PDF code (the line wrapping in render/pdf/wrap.ts serves the screen too).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, tempDir } from '../helpers/cli.js';

const root = join(import.meta.dirname, '..', '..');
const meta = JSON.parse(readFileSync(join(root, 'dist', 'meta.json'), 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };

/** The sources (src/… and node_modules/…) in the files a run of woo loaded. */
function loadedSources(args: string[], home: string): string[] {
  const trace = join(home, 'trace.txt');
  const r = spawnSync(process.execPath, ['--import', join(import.meta.dirname, '..', 'helpers', 'trace-imports.mjs'), BIN, ...args], {
    env: { PATH: process.env.PATH, WOO_HOME: home, WOO_TODAY: '2026-11-23', WOO_TRACE_FILE: trace },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  expect(r.status, String(r.stderr)).toBe(0);
  const files = readFileSync(trace, 'utf8').split('\n').filter((u) => u.startsWith('file:')).map((u) => relative(root, fileURLToPath(u)));
  const bundled = files.filter((f) => f.startsWith('dist/'));
  for (const f of bundled) expect(meta.outputs[f], `${f} in dist/meta.json`).toBeDefined();
  return [...new Set([...bundled.flatMap((f) => Object.keys(meta.outputs[f].inputs)), ...files.filter((f) => f.startsWith('node_modules/'))])];
}

describe('what woo loads', () => {
  const home = tempDir();

  it.each([['--version'], ['--help'], ['list', '--help'], ['agenda', '--help'], ['letter', '--help']])('woo %s loads no zod, no prompts and no use case', (...args) => {
    const sources = loadedSources(args, home);
    expect(sources).toContain('src/cli/main.ts');
    expect(sources.filter((s) => /^node_modules\/(zod|@inquirer|yaml|handlebars|pdf-lib|unpdf)\/|^src\/app\/|^src\/store\/(?!fs-error\.ts)|^src\/cli\/prompts\/|^src\/render\/pdf\/(?!wrap\.ts)/.test(s))).toEqual([]);
  });

  it.each([['list'], ['agenda']])('woo %s loads no prompts and no PDF code', (...args) => {
    const sources = loadedSources(args, home);
    expect(sources).toContain(`src/app/${args[0]}.ts`);
    expect(sources.filter((s) => /^node_modules\/(@inquirer|pdf-lib|@pdf-lib|unpdf|handlebars)\/|^src\/render\/pdf\/(?!wrap\.ts)|^src\/cli\/prompts\//.test(s))).toEqual([]);
  });
});
