#!/usr/bin/env node
// Builds dist/ as an esbuild bundle (tsc only type-checks): dist/cli/main.js holds the start-up path
// and every command's wiring; each use case that a command imports lazily becomes its own chunk, so a
// process loads only the code its command runs. zod is bundled (its hundred files are slow to resolve);
// the other dependencies stay in node_modules, loaded only by the chunks that use them.
// Every file lands two levels below the package root (dist/cli, dist/chunks), where the code's
// `new URL('../../templates/', import.meta.url)` finds templates/ and data/ as it does from src/.
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** Bundled: many files each, slow to resolve and load one by one. The rest stays in node_modules. */
const BUNDLED = ['zod', 'yaml', 'handlebars', 'commander'];
const external = Object.keys(dependencies)
  .filter((d) => !BUNDLED.includes(d))
  .flatMap((d) => [d, `${d}/*`]);

/**
 * zod's `z` namespace re-exports every locale (half of zod's size, parsed by every command that
 * validates); woo speaks only Dutch (src/cli/zod.ts), so `z.locales` holds just that one.
 */
const dutchOnly = {
  name: 'zod-dutch-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => (/[\\/]zod[\\/]v4[\\/](classic|core)[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'zod-dutch-only' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'zod-dutch-only' }, () => ({ contents: "export { default as nl } from 'zod/v4/locales/nl.js';", resolveDir: root }));
  },
};

rmSync(dist, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  // The CLI, plus the parsers the accuracy scripts (scripts/*-accuracy.mjs) import on their own.
  entryPoints: ['src/cli/main.ts', 'src/core/decision/index.ts', 'src/core/correspondence/read-body-letter.ts'],
  outbase: 'src',
  outdir: dist,
  entryNames: '[dir]/[name]',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  external,
  // yaml and handlebars are CommonJS: their require() of Node's own modules needs a real require.
  banner: { js: "import { createRequire as __wooCreateRequire } from 'node:module'; const require = __wooCreateRequire(import.meta.url);" },
  sourcemap: true,
  metafile: true,
  plugins: [dutchOnly],
  logLevel: 'warning',
});
// Which sources each output holds, for checking what a process loads.
writeFileSync(join(dist, 'meta.json'), JSON.stringify(result.metafile));
