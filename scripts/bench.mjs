#!/usr/bin/env node
// Benchmark: startup of `woo list` with 1,000 requests against a bare `node -e 0`, plus the
// 17-point request as PDF and, where ../shared has the corpus, importing a decision letter (the
// corpus PDF with the most pages; a text of about 25 kB), each as a whole process. Prints medians
// and ratios; asserts nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'woo.js');
const home = mkdtempSync(join(tmpdir(), 'woo-bench-'));
const env = { ...process.env, WOO_HOME: home, WOO_TODAY: '2026-11-23' };
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

function woo(...args) {
  const r = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`woo ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

function time(label, command, args) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status !== 0) throw new Error(`${label} failed: ${r.stderr}`);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { label, median: times[Math.floor(times.length / 2)], min: times[0] };
}

function maxRssKb(args) {
  if (!existsSync('/usr/bin/time')) return undefined;
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, ...args], { env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  return Number(r.stderr.trim().split('\n').pop());
}

// 1,000 requests: one drafted through the CLI, the rest copies under their own ids.
woo('profile', '--name', 'Bench Gebruiker', '--city', 'Utrecht', '--email', 'bench@example.nl');
const first = JSON.parse(woo('new', 'cas-2021', '--yes', '--json'));
woo('log', first.id, 'sent', '2026-10-01', '--channel', 'email');
const template = JSON.parse(readFileSync(join(home, 'requests', `${first.id}.json`), 'utf8'));
for (let i = 2; i <= 1000; i++) {
  const id = `2026-${String(i).padStart(4, '0')}-bench`;
  writeFileSync(join(home, 'requests', `${id}.json`), JSON.stringify({ ...template, id }));
}

// Decision letters from the shared corpus (other people's text: read where it lies, skipped without it).
const corpus = join(root, '../shared/corpus/decisions');
const corpusFiles = existsSync(join(corpus, 'MANIFEST.json')) ? JSON.parse(readFileSync(join(corpus, 'MANIFEST.json'), 'utf8')).files : [];
const longestPdf = corpusFiles.filter((f) => f.pdf).sort((a, b) => b.pages - a.pages)[0];
const text25k = corpusFiles.map((f) => ({ f, size: statSync(join(corpus, f.txt)).size })).sort((a, b) => Math.abs(a.size - 25_000) - Math.abs(b.size - 25_000))[0];
const respondRows = [];
if (longestPdf) respondRows.push(time(`woo respond --from pdf (${longestPdf.pages} p.)`, process.execPath, [bin, 'respond', first.id, '--from', join(corpus, longestPdf.pdf), '--dry-run', '--json']));
if (text25k) respondRows.push(time(`woo respond --from txt (${(text25k.size / 1000).toFixed(0)} kB)`, process.execPath, [bin, 'respond', first.id, '--from', join(corpus, text25k.f.txt), '--dry-run', '--json']));

const baseline = time('node -e 0', process.execPath, ['-e', '0']);
const help = time('woo --help', process.execPath, [bin, '--help']);
const results = [
  help,
  time('woo list (1.000 verzoeken)', process.execPath, [bin, 'list']),
  time('woo list --json (1.000)', process.execPath, [bin, 'list', '--json']),
  time('woo letter --format pdf (17 punten)', process.execPath, [bin, 'letter', first.id, '--format', 'pdf', '--output', join(home, 'verzoek.pdf')]),
  ...respondRows,
];

console.log(`Mediaan over ${RUNS} runs (ms); verhouding t.o.v. node -e 0 (${baseline.median.toFixed(0)} ms):`);
for (const r of results) console.log(`  ${r.label.padEnd(38)} ${r.median.toFixed(0).padStart(6)} ms   x${(r.median / baseline.median).toFixed(1)}`);
// The decision-import goals: whole process for the PDF (≤ 1,5 s), beyond start-up for the text (≤ 0,5 s).
for (const r of respondRows) console.log(`  ${r.label.padEnd(38)} ${(r.median - help.median).toFixed(0).padStart(6)} ms boven woo --help`);
if (!corpusFiles.length) console.log('  (geen corpus in ../shared/corpus/decisions: respond-metingen overgeslagen)');
const rss = maxRssKb(['list']);
if (rss) console.log(`  max. geheugen woo list (1.000)          ${(rss / 1024).toFixed(0).padStart(6)} MB`);
const rssPdf = maxRssKb(['letter', first.id, '--format', 'pdf', '--output', join(home, 'verzoek2.pdf')]);
if (rssPdf) console.log(`  max. geheugen woo letter --format pdf   ${(rssPdf / 1024).toFixed(0).padStart(6)} MB`);
rmSync(home, { recursive: true, force: true });
