// woo respond --from on hostile files: what is not a regular file, too large, too many pages, a zip
// bomb or no PDF at all is refused in Dutch and stores nothing; a long letter is read; Ctrl+C and
// SIGTERM end the process while it reads.
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, runCli, tempDir } from '../helpers/cli.js';
import { minimalPdf, textPage } from '../helpers/minimal-pdf.js';

const ID = '2026-001-politie-cas';
const LETTER = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'decisions', 'cas-politie-wob.txt'), 'utf8');
let home: string;
const stored = () => readFileSync(join(home, 'requests', `${ID}.json`), 'utf8');
const respond = (file: string, ...more: string[]) => runCli(['respond', ID, '--from', file, ...more], { home });
const write = (name: string, data: string | Buffer) => {
  const file = join(home, name);
  writeFileSync(file, data);
  return file;
};
/** The CAS decision repeated to `bytes` bytes. */
const longLetter = (bytes: number) => LETTER.repeat(Math.ceil(bytes / LETTER.length)).slice(0, bytes);

beforeAll(async () => {
  home = tempDir();
  await runCli(['profile', '--name', 'Jan Jansen', '--city', 'Utrecht', '--email', 'jan@example.nl'], { home });
  await runCli(['new', 'cas-2021', '--yes'], { home });
  await runCli(['log', ID, 'decided', '2026-10-05'], { home });
});

describe('respond --from refuses', () => {
  it.each([
    ['a device', () => '/dev/zero', /is geen gewoon bestand maar een apparaat/],
    ['a folder', () => (mkdirSync(join(home, 'map'), { recursive: true }), join(home, 'map')), /is geen gewoon bestand maar een map/],
    ['a FIFO', () => (execFileSync('mkfifo', [join(home, 'pijp')]), join(home, 'pijp')), /is geen gewoon bestand maar een named pipe/],
    ['a missing file', () => join(home, 'ontbreekt.pdf'), /is niet gevonden/],
    ['a text of 4 MB', () => write('groot.txt', longLetter(4_000_000)), /te groot voor een tekstbestand \(3,8 MB; woo leest hoogstens 2,0 MB tekst\)/],
    ['a file of 21 MB', () => write('groot.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(21 * 1024 * 1024, 32)])), /is te groot \(21,0 MB; woo leest hoogstens 20,0 MB\)/],
    ['a PDF of 600 pages', () => write('dik.pdf', minimalPdf(Array.from({ length: 600 }, (_, i) => textPage(`Pagina ${i + 1} van het besluit.`)))), /heeft 600 pagina's; woo leest besluiten van hoogstens 500/],
    ['a PDF that unpacks to 40 MB', () => write('bom.pdf', minimalPdf([`${textPage('Besluit')}\n${'0 0 m 1 1 l S\n'.repeat(3_000_000)}`])), /pakt uit tot meer dan .* \(een "zip-bom"/],
  ])('%s, in Dutch, with exit 2, storing nothing', async (_, make, message) => {
    const before = stored();
    const r = await respond(make(), '--yes');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/Interne fout|Error|\n\s+at /);
    expect(stored()).toBe(before);
  });

  it('a damaged PDF, with a Dutch reason and none of pdf.js English', async () => {
    const r = await respond(write('kapot.pdf', '%PDF-1.7\nhier staat geen PDF\n'), '--dry-run');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Kan de PDF .* niet lezen: (het bestand is geen geldige PDF|de PDF is beschadigd)/);
    expect(r.stderr).not.toMatch(/Invalid|structure|XRef|exception/i);
  });
});

describe('respond --from reads', () => {
  it('a letter of 1 MB (linear reading; no time is asserted)', async () => {
    const r = await respond(write('lang.txt', longLetter(1_000_000)), '--dry-run', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).points.find((p: { point: number }) => p.point === 1).outcome).toBe('already_public');
  });

  it('a PDF within the limits', async () => {
    const r = await respond(write('klein.pdf', minimalPdf([textPage('Besluit op uw Woo-verzoek van 1 september 2026.'), textPage('De documenten bij punt 1 maak ik openbaar.')])), '--dry-run', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).points[0].outcome).toBe('public');
  });
});

describe('signals while a long letter is read', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s ends the process (exit status %i), not after the reading', async (signal, status) => {
    const file = write(`lang-${signal}.txt`, longLetter(2_000_000));
    const child = spawn(process.execPath, [BIN, 'respond', ID, '--from', file, '--dry-run'], {
      env: { PATH: process.env.PATH, HOME: home, WOO_HOME: home, WOO_TODAY: '2026-11-23' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    // Long enough for the reading to have begun; a process that ignored the signal would finish the letter.
    setTimeout(() => child.kill(signal), 1500);
    const [code, got] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
    // Killed by the signal (the shell shows 128 + n) or exited with that status itself.
    expect(got === signal || code === status, `code ${code}, signal ${got}`).toBe(true);
    expect(stdout).not.toContain('Voorstel per punt');
  });
});
