#!/usr/bin/env node
// Benchmark (npm run bench): every row of the speed table as whole processes, each run paired with
// a bare `node -e 0` right before it, so a busy machine slows both alike. Reports the median of the
// per-pair CPU-time ratios and the peak memory (max RSS); asserts nothing.
// CPU time and max RSS come from process.resourceUsage() in a preload (-r) that writes them at exit,
// with microsecond resolution (/usr/bin/time only gives 10 ms). BENCH_RUNS sets the pairs per row.
// The decision-import rows read the shared corpus where it lies (../shared) and are left out without it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'woo.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const TODAY = '2026-11-23';
const corpus = join(root, '..', 'shared', 'corpus', 'decisions');
const corpusFiles = existsSync(join(corpus, 'MANIFEST.json')) ? JSON.parse(readFileSync(join(corpus, 'MANIFEST.json'), 'utf8')).files : [];
const pdfs = corpusFiles.filter((f) => f.pdf);
const thirteenPages = pdfs.find((f) => f.pages === 13);
const longestPdf = [...pdfs].sort((a, b) => b.pages - a.pages)[0];
const text25k = corpusFiles.map((f) => ({ f, size: statSync(join(corpus, f.txt)).size })).sort((a, b) => Math.abs(a.size - 25_000) - Math.abs(b.size - 25_000))[0];

const scratch = mkdtempSync(join(tmpdir(), 'woo-bench-'));
const usageFile = join(scratch, 'usage.json');
const preload = join(scratch, 'usage.cjs');
writeFileSync(
  preload,
  `process.on('exit', () => { const u = process.resourceUsage(); require('node:fs').writeFileSync(${JSON.stringify(usageFile)}, JSON.stringify({ cpu: u.userCPUTime + u.systemCPUTime, rss: u.maxRSS })); });\n`,
);

function envFor(home) {
  return { ...process.env, WOO_HOME: home, WOO_TODAY: TODAY };
}

function woo(home, ...args) {
  const r = spawnSync(process.execPath, [bin, ...args], { env: envFor(home), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`woo ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** One process under the preload; its CPU time (µs) and max RSS (kB). */
function measure(home, args) {
  rmSync(usageFile, { force: true });
  const r = spawnSync(process.execPath, ['-r', preload, ...args], { env: envFor(home), stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return JSON.parse(readFileSync(usageFile, 'utf8'));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const DAY = 86_400_000;
const dayOf = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * The events of the i-th copy, a newsroom's mix: seven in ten decided at some point in the last four
 * years, two in ten received within the last eight weeks (decision pending), one in ten sent within
 * the last four months with no sign of receipt yet.
 */
function eventsOf(i, recorded) {
  const today = Date.parse(TODAY);
  const ev = (n, type, date, extra = {}) => ({ id: `e${n}-b${String(i % 1000).padStart(3, '0')}`, type, date: dayOf(date), ...extra, recorded });
  const stage = i % 10;
  if (stage < 7) {
    const sent = today - 60 * DAY - ((i * 7919) % 1400) * DAY;
    return [ev(1, 'sent', sent, { channel: 'email' }), ev(2, 'received', sent + 2 * DAY), ev(3, 'decided', sent + ((i % 90) + 20) * DAY)];
  }
  if (stage < 9) {
    const sent = today - (i % 56) * DAY - 2 * DAY;
    return [ev(1, 'sent', sent, { channel: 'email' }), ev(2, 'received', sent + 2 * DAY)];
  }
  return [ev(1, 'sent', today - (i % 120) * DAY, { channel: 'email' })];
}

/** A workspace of `count` requests: one drafted and sent through the CLI, the rest copies of it with their own id and events. */
function workspace(count) {
  const home = join(scratch, `ws-${count}`);
  mkdirSync(home);
  woo(home, 'profile', '--name', 'Bench Gebruiker', '--city', 'Utrecht', '--email', 'bench@example.nl');
  const first = JSON.parse(woo(home, 'new', 'cas-2021', '--yes', '--json'));
  woo(home, 'log', first.id, 'sent', '2026-10-01', '--channel', 'email');
  const template = JSON.parse(readFileSync(join(home, 'requests', `${first.id}.json`), 'utf8'));
  for (let i = 2; i <= count; i++) {
    const id = `2026-${String(i).padStart(5, '0')}-bench`;
    writeFileSync(join(home, 'requests', `${id}.json`), `${JSON.stringify({ ...template, id, events: eventsOf(i, template.created) }, null, 2)}\n`);
  }
  return { home, id: first.id };
}

const small = workspace(1000);
const large = workspace(10000);
const pdfOut = join(scratch, 'verzoek.pdf');

// Files just written are not indexed yet (see src/store/request-index.ts): let them settle.
await new Promise((r) => setTimeout(r, 2500));
const withoutIndex = (ws) => rmSync(join(ws.home, '.cache'), { recursive: true, force: true });

// label, workspace, woo arguments, what to do before each run
const ROWS = [
  ['woo --version', small, () => ['--version']],
  ['woo --help', small, () => ['--help']],
  ['woo list --help', small, () => ['list', '--help']],
  ['woo list (1.000)', small, () => ['list']],
  ['woo list (10.000)', large, () => ['list']],
  ['woo show ID (1.000)', small, (w) => ['show', w.id]],
  ['woo show ID (10.000)', large, (w) => ['show', w.id]],
  ['woo agenda (1.000)', small, () => ['agenda']],
  ['woo agenda (10.000)', large, () => ['agenda']],
  ['woo agenda (10.000, zonder index)', large, () => ['agenda'], withoutIndex],
  ['woo report (10.000)', large, () => ['report']],
  ['woo letter ID --format pdf (17 punten)', small, (w) => ['letter', w.id, '--format', 'pdf', '--output', pdfOut, '--force']],
];
const respond = (label, file) => [label, small, (w) => ['respond', w.id, '--from', join(corpus, file), '--dry-run', '--json']];
if (thirteenPages) ROWS.push(respond('woo respond ID --from PDF (13 p.)', thirteenPages.pdf));
if (longestPdf) ROWS.push(respond(`woo respond ID --from PDF (${longestPdf.pages} p.)`, longestPdf.pdf));
if (text25k) ROWS.push(respond(`woo respond ID --from txt (${(text25k.size / 1000).toFixed(0)} kB)`, text25k.f.txt));
if (!corpusFiles.length) console.log('(geen corpus in ../shared/corpus/decisions: respond-metingen overgeslagen)');

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
console.log(`CPU-tijd als veelvoud van node -e 0 (mediaan van ${RUNS} paren, afwisselend gemeten); load average bij start: ${load()}`);
console.log(`${'opdracht'.padEnd(40)} ${'x node'.padStart(7)} ${'ms CPU'.padStart(7)} ${'max MB'.padStart(7)}`);
const cpuOf = new Map();
for (const [label, ws, args, before] of ROWS) {
  const ratios = [];
  const cpus = [];
  const rss = [];
  for (let i = 0; i < RUNS; i++) {
    before?.(ws);
    const base = measure(ws.home, ['-e', '0']);
    const run = measure(ws.home, [bin, ...args(ws)]);
    ratios.push(run.cpu / base.cpu);
    cpus.push(run.cpu / 1000);
    rss.push(run.rss / 1024);
  }
  console.log(`${label.padEnd(40)} ${median(ratios).toFixed(1).padStart(7)} ${median(cpus).toFixed(0).padStart(7)} ${Math.max(...rss).toFixed(0).padStart(7)}`);
  cpuOf.set(label, median(cpus));
}
// The decision-import goals of issue 9: CPU beyond start-up (woo --help) per import.
for (const [label] of ROWS.filter(([l]) => l.startsWith('woo respond'))) console.log(`${label.padEnd(40)} ${(cpuOf.get(label) - cpuOf.get('woo --help')).toFixed(0).padStart(7)} ms CPU boven woo --help`);
console.log(`load average aan het eind: ${load()}`);
rmSync(scratch, { recursive: true, force: true });
