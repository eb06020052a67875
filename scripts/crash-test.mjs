#!/usr/bin/env node
// Crash and concurrency test of the workspace store, run by hand (not in CI; it takes minutes):
//   npm run build && node scripts/crash-test.mjs [--kills 300] [--rounds 5] [--seed 1]
// It runs woo new, log, batch and respond on a temp workspace and kill -9s them at random moments,
// then runs groups of processes at once, and prints what survived: files corrupted, effects of
// completed commands lost, events expected and found, batches left partial, temp files left.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const KILLS = arg('kills', 300);
const ROUNDS = arg('rounds', 5);
let seed = arg('seed', 1);
// A small seeded generator, so a run can be repeated.
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

const BIN = join(import.meta.dirname, '..', 'bin', 'woo.js');
const home = mkdtempSync(join(tmpdir(), 'woo-crash-'));
const env = { PATH: process.env.PATH, HOME: home, WOO_HOME: home, WOO_TODAY: '2026-11-23', NO_COLOR: '1' };
const requestsDir = join(home, 'requests');

/**
 * Runs woo; with `killAfter` (ms) it is sent SIGKILL then, if still running; with `killInLock` (ms),
 * that long after it took the workspace lock, where its writes happen.
 */
function woo(args, killAfter, killInLock) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    let killed = false;
    const kill = () => void (killed = child.kill('SIGKILL'));
    const timer = killAfter === undefined ? undefined : setTimeout(kill, killAfter);
    const lockFile = join(home, '.lock');
    const watch = killInLock === undefined ? undefined : setInterval(() => {
      if (!existsSync(lockFile)) return;
      clearInterval(watch);
      setTimeout(kill, killInLock);
    }, 1);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearInterval(watch);
      resolve({ code, killed: killed && signal === 'SIGKILL', stdout, stderr, ms: Date.now() - started });
    });
  });
}

function must(r, what) {
  if (r.code !== 0) throw new Error(`${what} failed (${r.code}): ${r.stderr}`);
  return r;
}

/** Every request file as parsed JSON; a file that does not parse or whose id does not fit is corrupted. */
function readRequests() {
  const requests = new Map();
  const corrupted = [];
  for (const name of readdirSync(requestsDir).filter((f) => f.endsWith('.json'))) {
    try {
      const r = JSON.parse(readFileSync(join(requestsDir, name), 'utf8'));
      if (`${r.id}.json` !== name || r.schemaVersion !== 1) throw new Error('id or version');
      requests.set(r.id, r);
    } catch {
      corrupted.push(name);
    }
  }
  return { requests, corrupted };
}

function leftovers() {
  const found = [];
  const walk = (dir, depth) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory() && depth > 0) walk(join(dir, e.name), depth - 1);
      else if (/\.woo-(tmp|staged)$/.test(e.name) || e.name === '.commit.json') found.push(join(dir, e.name));
    }
  };
  walk(home, 2);
  return found;
}

const BODIES = ['gemeente-utrecht', 'gemeente-zeist', 'gemeente-amersfoort', 'gemeente-aalsmeer'];

// Set-up: a profile, a request with a decision for respond, and the typical duration of each command.
must(await woo(['profile', '--name', 'Jan Jansen', '--city', 'Utrecht']), 'profile');
const decidedId = JSON.parse(must(await woo(['new', 'cas-2021', '--yes', '--json']), 'new').stdout).id;
for (const [event, date] of [['sent', '2026-09-01'], ['received', '2026-09-02'], ['decided', '2026-10-20']]) must(await woo(['log', decidedId, event, date]), `log ${event}`);

/** A request without a `sent` event, for the next `woo log … sent` (made when none is left). */
async function unsent() {
  const { requests } = readRequests();
  const free = [...requests.values()].find((r) => !r.events.some((e) => e.type === 'sent'));
  if (free) return free.id;
  const r = await woo(['new', 'cas-2021', '--yes', '--json']);
  return r.code === 0 ? JSON.parse(r.stdout).id : unsent();
}

const operations = {
  new: async () => ({ args: ['new', 'cas-2021', '--yes', '--json'] }),
  log: async (i) => ({ args: ['log', await unsent(), 'sent', '2026-11-20', '--note', `crash-${i}`], note: `crash-${i}` }),
  batch: async () => ({ args: ['new', 'cas-2021', '--bodies', BODIES.join(','), '--yes', '--json'] }),
  respond: async (i) => {
    const point = 1 + (((i % 17) + 17) % 17);
    return { args: ['respond', decidedId, '--points', String(point), '--outcome', 'public', '--reference', `kenmerk crash-${i}`], point, reference: `kenmerk crash-${i}` };
  },
};
const kinds = Object.keys(operations);

// The median of three runs; kills fall between 40 % and 130 % of it, where the writes happen (earlier
// they would only ever hit Node starting up).
const typical = {};
for (const kind of kinds) {
  const times = [];
  for (let n = 0; n < 3; n++) times.push(must(await woo((await operations[kind](-1 - n)).args), kind).ms);
  typical[kind] = times.sort((a, b) => a - b)[1];
}

const expected = { ids: new Set(), notes: new Set(), batches: new Map() };
const respondRuns = []; // in order: { point, reference, completed }
let killedMidRun = 0;
let corruptedAfterKill = 0;
let leftBehind = 0;
console.log(`Werkmap: ${home}`);
console.log(`Gewone duur (ms): ${kinds.map((k) => `${k} ${typical[k]}`).join(', ')}`);

for (let i = 0; i < KILLS; i++) {
  const kind = kinds[Math.floor(random() * kinds.length)];
  const op = await operations[kind](i);
  // Half the kills at a random moment, half just after the lock is taken (inside the writes).
  const r = random() < 0.5 ? await woo(op.args, Math.floor(typical[kind] * (0.4 + 0.9 * random()))) : await woo(op.args, undefined, Math.floor(random() * 25));
  if (r.killed) killedMidRun++;
  const completed = !r.killed && r.code === 0;
  if (!r.killed && r.code !== 0) console.log(`  run ${i} ${op.args.join(' ')}: exit ${r.code}: ${r.stderr.trim()}`);
  if (completed && kind === 'new') expected.ids.add(JSON.parse(r.stdout).id);
  if (completed && kind === 'log') expected.notes.add(op.note);
  if (completed && kind === 'batch') {
    const b = JSON.parse(r.stdout);
    expected.batches.set(b.batch, b.requests.map((q) => q.id));
  }
  if (kind === 'respond') respondRuns.push({ point: op.point, reference: op.reference, completed });
  if (r.killed) leftBehind += leftovers().length;
  const { corrupted } = readRequests();
  if (corrupted.length > 0) {
    corruptedAfterKill++;
    console.log(`  run ${i}: corrupted after kill: ${corrupted.join(', ')}`);
  }
}

// The next run finishes or rolls back what a kill left (batches, temp files, the lock).
must(await woo(['profile', '--phone', '0612345678']), 'profile after the kills');
const listed = await woo(['list', '--all', '--json']);
const damaged = listed.stderr.split('\n').filter((l) => l.includes('Beschadigd'));
const { requests, corrupted } = readRequests();
const lost = [];
for (const id of expected.ids) if (!requests.has(id)) lost.push(`new ${id}`);
const notesFound = new Set([...requests.values()].flatMap((r) => r.events.map((e) => e.note)).filter((n) => n?.startsWith('crash-')));
for (const note of expected.notes) if (!notesFound.has(note)) lost.push(`log ${note}`);
for (const [batch, ids] of expected.batches) for (const id of ids) if (!requests.has(id)) lost.push(`batch ${batch}: ${id}`);
// Each point's reference is that of its last completed respond, or of a killed one after it.
const decided = requests.get(decidedId);
for (let point = 1; point <= 17; point++) {
  const runs = respondRuns.filter((x) => x.point === point);
  const last = runs.map((x) => x.completed).lastIndexOf(true);
  if (last < 0) continue;
  const allowed = runs.slice(last).map((x) => x.reference);
  const outcome = decided.outcomes.find((o) => o.point === point);
  if (!outcome || !allowed.includes(outcome.reference)) lost.push(`respond punt ${point}`);
}
const batchSizes = new Map();
for (const r of requests.values()) if (r.batch) batchSizes.set(r.batch, (batchSizes.get(r.batch) ?? 0) + 1);
// Every batch has all its members (one per body) or is not there at all.
const partial = [...batchSizes].filter(([, n]) => n !== BODIES.length);

console.log('');
console.log(`kill -9: ${KILLS} runs, ${killedMidRun} killed mid-run`);
console.log(`  kills survived: ${killedMidRun - corruptedAfterKill} of ${killedMidRun}; files corrupted: ${corrupted.length + damaged.length} (after a kill: ${corruptedAfterKill}); lost: ${lost.length}${lost.length ? ` (${lost.join('; ')})` : ''}`);
console.log(`  events expected: ${expected.notes.size}; found: ${[...expected.notes].filter((n) => notesFound.has(n)).length} (plus ${notesFound.size - [...expected.notes].filter((n) => notesFound.has(n)).length} of killed runs that landed)`);
console.log(`  batches: ${batchSizes.size} in the workspace, ${partial.length} partial`);
console.log(`  temp files left: ${leftovers().length} after the next run (${leftBehind} seen right after kills)`);

// Concurrency: processes at once on the same workspace.
let failures = 0;
let concurrentLost = 0;
let eventsExpected = 0;
let eventsFound = 0;
let duplicateIds = 0;
for (let round = 0; round < ROUNDS; round++) {
  const targets = [];
  for (let k = 0; k < 4; k++) targets.push(await unsentExcluding(targets));
  const runs = await Promise.all([
    ...Array.from({ length: 4 }, () => woo(['new', 'cas-2021', '--yes', '--json'])),
    ...targets.map((id, k) => woo(['log', id, 'sent', '2026-11-20', '--note', `samen-${round}-${k}`])),
    woo(['new', 'cas-2021', '--bodies', BODIES.join(','), '--yes', '--json']),
    woo(['profile', '--organisation', `Redactie ${round}`]),
    woo(['profile', '--email', `jan${round}@example.nl`]),
  ]);
  failures += runs.filter((r) => r.code !== 0).length;
  for (const r of runs.filter((x) => x.code !== 0)) console.log(`  ronde ${round}: exit ${r.code}: ${r.stderr.trim()}`);
  const ids = runs.slice(0, 4).filter((r) => r.code === 0).map((r) => JSON.parse(r.stdout).id);
  duplicateIds += ids.length - new Set(ids).size;
  const now = readRequests().requests;
  concurrentLost += ids.filter((id) => !now.has(id)).length;
  eventsExpected += targets.length;
  eventsFound += targets.filter((id, k) => now.get(id)?.events.some((e) => e.note === `samen-${round}-${k}`)).length;
  const profile = JSON.parse(readFileSync(join(home, 'profile.json'), 'utf8')).profile;
  if (profile.organisation !== `Redactie ${round}` || profile.email !== `jan${round}@example.nl`) concurrentLost++;
}

async function unsentExcluding(taken) {
  const { requests: all } = readRequests();
  const free = [...all.values()].find((r) => !taken.includes(r.id) && !r.events.some((e) => e.type === 'sent'));
  if (free) return free.id;
  return JSON.parse(must(await woo(['new', 'cas-2021', '--yes', '--json']), 'new').stdout).id;
}

console.log(`concurrency: ${ROUNDS} rounds of 11 processes at once`);
console.log(`  failed: ${failures}; duplicate ids: ${duplicateIds}; lost: ${concurrentLost}; events expected: ${eventsExpected}; found: ${eventsFound}`);
console.log(`  temp files left: ${leftovers().length}; lock left: ${existsSync(join(home, '.lock')) ? 'ja' : 'nee'}`);
