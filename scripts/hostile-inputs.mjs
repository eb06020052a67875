#!/usr/bin/env node
// Feeds a few hundred hostile inputs to the built binary on a temporary workspace — escape sequences,
// huge and odd files, impossible dates, odd encodings, bad option values — and counts what went
// wrong: stack traces or internal errors, messages with English in them, escape or control bytes in
// the output, hangs, and exit codes outside the contract (0, 1, 2). Run by hand (npm run build
// first), not in CI: node scripts/hostile-inputs.mjs [--verbose]. Asserts nothing; prints figures.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'woo.js');
const verbose = process.argv.includes('--verbose');
const home = mkdtempSync(join(tmpdir(), 'woo-hostile-'));
const files = join(home, 'invoer');
mkdirSync(files);
const HANG_MS = Number(process.env.HOSTILE_TIMEOUT_MS ?? 90_000);
const ID = '2026-001-politie-cas';

function woo(args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: home,
      env: { PATH: process.env.PATH, HOME: home, WOO_HOME: home, WOO_TODAY: '2026-11-23', NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    let hung = false;
    const timer = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, HANG_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, hung });
    });
  });
}

const file = (name, data) => {
  const path = join(files, name);
  writeFileSync(path, data);
  return path;
};

function minimalPdf(pages) {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${4 + 2 * i} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ].map((s) => Buffer.from(s));
  pages.forEach((content, i) => {
    objects.push(Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`));
    const data = deflateSync(Buffer.from(content, 'latin1'), { level: 9 });
    objects.push(Buffer.concat([Buffer.from(`<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`), data, Buffer.from('\nendstream')]));
  });
  const parts = [Buffer.from('%PDF-1.4\n')];
  let length = parts[0].length;
  const offsets = [];
  objects.forEach((o, i) => {
    offsets.push(length);
    const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), o, Buffer.from('\nendobj\n')]);
    parts.push(part);
    length += part.length;
  });
  parts.push(Buffer.from(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}
const page = (text) => `BT /F1 11 Tf 50 800 Td (${text}) Tj ET`;

// ---- the inputs --------------------------------------------------------------------------------

const ESC = '\u001b';
const SEQUENCES = [
  `${ESC}]8;;https://evil.example/\u0007klik${ESC}]8;;\u0007`,
  `${ESC}]52;c;cm0gLXJmIH4=\u0007`,
  `${ESC}[2J${ESC}[H`,
  `${ESC}]0;titel\u0007`,
  `${ESC}[31mrood${ESC}[0m`,
  '\u009b2J',
  `${ESC}P1;2q${ESC}\\`,
  'regel\roverschreven',
  '\u202Egnirts',
  '\u0001\u0007\u0008\u007f', // (an argument cannot hold NUL)
];
const LETTER = readFileSync(join(root, 'tests', 'fixtures', 'decisions', 'cas-politie-wob.txt'), 'utf8');

const inputs = [];
const add = (label, args, env) => inputs.push({ label, args, env });

// 1. Escape sequences in arguments.
for (const [i, s] of SEQUENCES.entries()) {
  add(`escape ${i} in id`, ['show', `x${s}y`]);
  add(`escape ${i} in --note`, ['log', ID, 'acknowledged', '2026-09-03', '--note', `bevestigd ${s}`]);
  add(`escape ${i} in --reference`, ['respond', ID, '--points', '1', '--outcome', 'already_public', '--reference', `https://example.org/${s}`]);
  add(`escape ${i} in --set`, ['new', 'vrij', '--set', `onderwerp=parkeren ${s}`, '--set', 'eigen_punten=De nota', '--body', 'Gemeente Utrecht', '--yes', '--id', `2026-1${String(i).padStart(2, '0')}-esc`]);
  add(`escape ${i} in --ground`, ['letter', ID, 'objection', '--force', '--ground', `algemeen=te laat ${s}`]);
  add(`escape ${i} in bodies search`, ['bodies', `utrecht${s}`]);
  add(`escape ${i} in a letter`, ['respond', ID, '--from', file(`brief-esc-${i}.txt`, LETTER.replace('reeds openbaar.', `reeds openbaar.${s}`)), '--dry-run']);
  add(`escape ${i} in an unknown option`, ['list', `--${s}`]);
}

// 2. Huge and odd letter files, for respond and receive.
execFileSync('mkfifo', [join(files, 'pijp')]);
mkdirSync(join(files, 'map'));
const letters = {
  'dev-zero': '/dev/zero',
  fifo: join(files, 'pijp'),
  folder: join(files, 'map'),
  missing: join(files, 'ontbreekt.pdf'),
  empty: file('leeg.txt', ''),
  'only BOM': file('bom.txt', '\ufeff'),
  'text 1 MB': file('lang-1mb.txt', LETTER.repeat(200).slice(0, 1_000_000)),
  'text 4 MB': file('lang-4mb.txt', LETTER.repeat(800).slice(0, 4_000_000)),
  'lower-case lines 1 MB': file('regels.txt', Array.from({ length: 60_000 }, (_, i) => `punt ${i % 17} is openbaar.`).join('\n').slice(0, 1_000_000)),
  'one line 1 MB': file('een-regel.txt', `Besluit. ${'woord '.repeat(170_000)}`),
  'binary': file('ruis.bin', Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256))),
  'UTF-16 with BOM': file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LETTER, 'utf16le')])),
  'UTF-16 without BOM': file('utf16-kaal.txt', Buffer.from(LETTER, 'utf16le')),
  'UTF-16 big-endian': file('utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(LETTER, 'utf16le').swap16()])),
  'Windows-1252': file('ansi.txt', Buffer.from(LETTER.replace('reeds', 'reeds (geïnformeerd)'), 'latin1')),
  'CR line ends': file('cr.txt', LETTER.replace(/\n/g, '\r')),
  'NUL bytes': file('nul.txt', LETTER.replace(/ /g, '\u0000')),
  'PDF 600 pages': file('dik.pdf', minimalPdf(Array.from({ length: 600 }, (_, i) => page(`Pagina ${i + 1}`)))),
  'PDF zip bomb': file('bom.pdf', minimalPdf([`${page('Besluit')}\n${'0 0 m 1 1 l S\n'.repeat(3_000_000)}`])),
  'PDF damaged': file('kapot.pdf', '%PDF-1.7\nniets\n'),
  'PDF truncated': file('half.pdf', minimalPdf([page('Besluit op uw verzoek: punt 1 maak ik openbaar.')]).subarray(0, 300)),
  'PDF no text': file('leeg.pdf', minimalPdf([''])),
  'PDF fine': file('goed.pdf', minimalPdf([page('Besluit op uw Woo-verzoek.'), page('De documenten bij punt 1 maak ik openbaar.')])),
  'PDF 21 MB': file('groot.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(21 * 1024 * 1024, 32)])),
};
for (const [label, path] of Object.entries(letters)) {
  add(`letter ${label} (respond)`, ['respond', ID, '--from', path, '--dry-run']);
  add(`letter ${label} (receive)`, ['receive', ID, path, '--dry-run']);
  add(`letter ${label} (inventory)`, ['respond', ID, '--from', letters['PDF fine'], '--inventory', path, '--dry-run']);
}

// 3. Impossible and malformed dates.
const DATES = ['9999-01-01', '1000-01-01', '1582-10-15', '0000-00-00', '2026-02-30', '31-12-1979', '2101-01-01', 'gisteren', '2026-1-1', ' ', '20261101', '1e9', '2026-11-02T10:00', '٢٠٢٦-١١-٠٢'];
for (const d of DATES) {
  add(`date ${d} --received`, ['deadline', '--received', d]);
  add(`date ${d} log`, ['log', ID, 'sent', d]);
  add(`date ${d} --until`, ['log', ID, 'postponed', '2026-10-01', '--until', d]);
  add(`date ${d} --suspended`, ['deadline', '--received', '2026-01-05', '--suspended', `${d}:2026-02-01`]);
  add(`date ${d} WOO_TODAY`, ['list'], { WOO_TODAY: d });
  add(`date ${d} --set`, ['new', 'cas-2021', '--yes', '--id', '2026-900-datum', '--set', `periode_van=${d}`]);
}

// 4. Bad option values.
const OPTIONS = [
  ['log', ID, 'adjourned', '--weeks', '0'], ['log', ID, 'adjourned', '--weeks', '-1'], ['log', ID, 'adjourned', '--weeks', 'x'],
  ['log', ID, 'adjourned', '--weeks', '1e9'], ['log', ID, 'adjourned', '--weeks', 'Infinity'], ['log', ID, 'adjourned', '--weeks', '1.5'],
  ['agenda', '--days', '4000'], ['agenda', '--days', '-1'], ['agenda', '--days', 'abc'], ['agenda', '--days', '1.5'], ['agenda', '--days', ''],
  ['respond', ID, '--points', '1', '--outcome', 'public', '--documents', '-1'], ['respond', ID, '--points', '0', '--outcome', 'public'],
  ['respond', ID, '--points', '1-', '--outcome', 'public'], ['respond', ID, '--points', 'a-b', '--outcome', 'public'], ['respond', ID, '--points', '1', '--outcome', 'misschien'],
  ['letter', ID, '--format', 'docx2'], ['letter', ID, 'brief'], ['deadline', '--received', '2026-01-05', '--regime', 'awb'],
  ['deadline', '--received', '2026-01-05', '--adjourned', '2026-01-20', '--weeks', '60'], ['deadline', '--received', '2026-01-05', '--judgment-weeks', '0'],
  ['list', '--bestaat-niet'], ['bestaat-niet'], ['show'], ['log', ID, 'ontploft'], ['report', '--by', 'kleur'], ['profile', '--email', 'geen-adres'],
  ['profile', '--postcode', '12345'], ['new', 'bestaat-niet', '--yes'], ['new', 'cas-2021', '--yes', '--id', '../../etc/passwd'],
  ['show', '../requests/x'], ['assign', ID, '--to', `${'a'.repeat(5000)}`], ['log', ID, 'acknowledged', '2026-09-03', '--note', 'x'.repeat(5000)],
];
for (const args of OPTIONS) add(`option ${args.slice(0, 4).join(' ')}`, args);

// 5. Workspace files with odd encodings and contents (each written just before its command runs).
const json = JSON.stringify({ systeem: 'Geïntegreerd Systeem', bestuursorgaan: 'Nationale Politie', periode_van: '2015-01-01', periode_tot: '2021-05-10' });
const answers = {
  BOM: '\ufeff' + json,
  'UTF-16': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]),
  'Windows-1252': Buffer.from(json, 'latin1'),
  'no JSON': '{\n"systeem": "CAS",\n}',
  array: '[1, 2, 3]',
  'deep nesting': '['.repeat(100_000) + ']'.repeat(100_000),
  'big number': '{"systeem": 1e999}',
  '2 MB': JSON.stringify({ systeem: 'x'.repeat(2_000_000) }),
};
for (const [label, data] of Object.entries(answers)) add(`answers ${label}`, ['new', 'algoritme', '--answers', file(`antwoorden-${label}.json`, data), '--yes', '--id', '2026-901-antw']);

const VRIJ = readFileSync(join(root, 'templates', 'requests', 'vrij.yaml'), 'utf8');
const templates = {
  log: VRIJ.replace(/^intro: "/m, 'intro: "{{log \\"GELOGD\\"}}'),
  'unclosed if': VRIJ.replace(/^requestTitle: .*$/m, 'requestTitle: "{{#if onderwerp}}{{onderwerp}}"'),
  'unknown helper': VRIJ.replace(/^requestTitle: .*$/m, 'requestTitle: "{{hoofdletters onderwerp}}"'),
  'prototype access': VRIJ.replace(/^requestTitle: .*$/m, 'requestTitle: "{{constructor.constructor}}"'),
  'alias bomb': `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n`,
  BOM: '\ufeff' + VRIJ.replace(/^id: vrij$/m, 'id: eigen-bom'),
  'bad YAML': 'id: x\n  title: [\n',
};
const templateRuns = Object.entries(templates).map(([label, text]) => ({ label: `template ${label}`, text }));
const bodiesFiles = {
  BOM: '\ufeff{"bodies": [{"id": "gemeente-utrecht", "email": "woo@utrecht.example"}]}',
  'no JSON': '{"bodies": [',
  escape: JSON.stringify({ bodies: [{ id: 'gemeente-utrecht', note: `let op${ESC}]0;titel\u0007` }] }),
  'UTF-16': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"bodies": []}', 'utf16le')]),
};

// ---- running them ------------------------------------------------------------------------------

const STACK = /\n\s+at .+:\d+:\d+|Interne fout|node:internal|\bTypeError\b|\bRangeError\b|\bSyntaxError\b/;
const ENGLISH = /\b(?:expected|received|unexpected|invalid|error|undefined|cannot|failed|must|should|position|token|not defined|parse error|too (?:small|big)|ENOENT|EACCES|EISDIR|ENOTDIR|EOF|expecting|unknown helper|missing)\b/i;
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/;

const figures = { tried: 0, stackTraces: 0, nonDutch: 0, escapeBytes: 0, hangs: 0, badExitCodes: 0 };
const findings = [];

function judge(label, r) {
  figures.tried++;
  const problems = [];
  if (r.hung) {
    figures.hangs++;
    problems.push('hang');
  }
  if (STACK.test(r.stderr) || STACK.test(r.stdout)) {
    figures.stackTraces++;
    problems.push('stack trace / internal error');
  }
  // Only woo's own messages count: the lines of stderr (stdout is data: letters, JSON, quotes), without
  // the flags (--received) and the lists of codes, which are English by design (DESIGN.md).
  const messages = r.stderr
    .split('\n')
    .filter((l) => l.trim() && !/https?:\/\/|[Kk]ies uit/.test(l))
    .map((l) => l.replace(/--[\w-]+/g, ''));
  if (messages.some((l) => ENGLISH.test(l))) {
    figures.nonDutch++;
    problems.push(`English: ${messages.find((l) => ENGLISH.test(l)).trim().slice(0, 120)}`);
  }
  if (CONTROLS.test(r.stdout) || CONTROLS.test(r.stderr)) {
    figures.escapeBytes++;
    problems.push('escape or control bytes in the output');
  }
  if (!r.hung && ![0, 1, 2].includes(r.code)) {
    figures.badExitCodes++;
    problems.push(`exit ${r.code ?? r.signal}`);
  }
  if (problems.length) findings.push(`${label}: ${problems.join('; ')}`);
  if (verbose) process.stderr.write(`${problems.length ? '✗' : '✓'} ${label} (exit ${r.code})\n`);
}

async function pool(jobs, width) {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      judge(job.label, await woo(job.args, job.env));
    }
  }));
}

await woo(['profile', '--name', 'Jan Jansen', '--city', 'Utrecht', '--email', 'jan@example.nl']);
await woo(['new', 'cas-2021', '--yes']);
await woo(['log', ID, 'received', '2026-09-01']);
await woo(['log', ID, 'decided', '2026-10-05']);

const started = Date.now();
await pool(inputs, 2);
// Workspace files one at a time: each replaces the last.
mkdirSync(join(home, 'templates'), { recursive: true });
for (const t of templateRuns) {
  writeFileSync(join(home, 'templates', 'eigen.yaml'), t.text.replace(/^id: vrij$/m, 'id: eigen'));
  judge(`${t.label} (templates)`, await woo(['templates']));
  judge(`${t.label} (new)`, await woo(['new', 'eigen', '--set', 'onderwerp=parkeren', '--set', 'eigen_punten=De nota', '--body', 'Gemeente Utrecht', '--yes', '--json', '--id', '2026-902-sjab']));
  rmSync(join(home, 'requests', '2026-902-sjab.json'), { force: true });
}
rmSync(join(home, 'templates'), { recursive: true });
for (const [label, data] of Object.entries(bodiesFiles)) {
  writeFileSync(join(home, 'bodies.json'), data);
  judge(`bodies.json ${label}`, await woo(['bodies', 'show', 'gemeente-utrecht']));
}
rmSync(join(home, 'bodies.json'));
const profile = join(home, 'profile.json');
writeFileSync(profile, `\ufeff${readFileSync(profile, 'utf8')}`);
judge('profile.json with BOM', await woo(['profile']));

console.log(`Hostile inputs (${((Date.now() - started) / 1000).toFixed(0)} s, workspace ${home}):`);
console.log(`  inputs tried                  ${figures.tried}`);
console.log(`  stack traces / internal errors ${figures.stackTraces}`);
console.log(`  non-Dutch messages            ${figures.nonDutch}`);
console.log(`  escape bytes in output        ${figures.escapeBytes}`);
console.log(`  hangs (> ${HANG_MS / 1000} s)              ${figures.hangs}`);
console.log(`  exit codes outside 0/1/2      ${figures.badExitCodes}`);
if (findings.length) console.log(`\nFindings:\n${findings.map((f) => `  ${f}`).join('\n')}`);
else rmSync(home, { recursive: true, force: true });
