// A decision letter, a bodies.json and command-line arguments are untrusted: their escape sequences
// never reach the terminal, the stored request or a letter.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

const ESC = '\u001b';
const BEL = '\u0007';
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/;
const ID = '2026-001-politie-cas';
const URL = 'https://www.politie.nl/wob/korpsstaf/';
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'decisions', 'cas-politie-wob.txt');

let home: string;
const woo = (...args: string[]) => runCli(args, { home });
const stored = () => readFileSync(join(home, 'requests', `${ID}.json`), 'utf8');

/** The CAS decision with an OSC 8 link around its URL, a title change, a screen clear, OSC 52 and a bare CR. */
function hostileLetter(): string {
  const text = readFileSync(FIXTURE, 'utf8')
    .replace(URL, `${ESC}]8;;https://evil.example/${BEL}${URL}${ESC}]8;;${BEL}`)
    .replace('reeds openbaar.', `reeds openbaar.${ESC}]0;PWNED${BEL}${ESC}[2J${ESC}]52;c;ZWNobyBoaQ==${BEL}`)
    .replace('Lijsten of beelden', 'Lijsten\r of beelden');
  const file = join(home, 'besluit.txt');
  writeFileSync(file, text);
  return file;
}

beforeEach(async () => {
  home = tempDir();
  await woo('profile', '--name', 'Jan Jansen', '--city', 'Utrecht', '--email', 'jan@example.nl');
  await woo('new', 'cas-2021', '--yes');
  await woo('log', ID, 'received', '2026-09-01');
});

describe('escape sequences from an imported letter', () => {
  it('are not shown by respond --dry-run, nor stored, nor shown by woo show', async () => {
    const file = hostileLetter();
    const dry = await woo('respond', ID, '--from', file, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(URL);
    expect(dry.stdout + dry.stderr).not.toMatch(CONTROLS);
    const json = await woo('respond', ID, '--from', file, '--dry-run', '--json');
    const point1 = JSON.parse(json.stdout).points.find((p: { point: number }) => p.point === 1);
    expect(point1.reference).toMatch(/^https:\/\/www\.politie\.nl\/wob\/korpsstaf\//);
    expect(json.stdout).not.toMatch(/evil\.example|PWNED|\\u001b|\\u0007|\\r/);
    await woo('log', ID, 'decided', '2026-10-05');
    expect((await woo('respond', ID, '--from', file, '--yes')).code).toBe(0);
    expect(stored()).not.toMatch(/evil\.example|PWNED|\\u001b|\\u0007|\\r/);
    const show = await woo('show', ID);
    expect(show.stdout).toContain('reeds openbaar');
    expect(show.stdout + show.stderr).not.toMatch(CONTROLS);
  });

  it('refuses a --reference URL with a control sequence in it', async () => {
    await woo('log', ID, 'decided', '2026-10-05');
    const r = await woo('respond', ID, '--points', '1', '--outcome', 'already_public', '--reference', `${ESC}]8;;https://evil.example/${BEL}${URL}${ESC}]8;;${BEL}`);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bevat stuurtekens');
    expect(stored()).not.toContain('evil.example');
  });
});

describe('escape sequences from the user and the workspace', () => {
  it('are removed from an argument echoed in an error message', async () => {
    const r = await woo('show', `x${ESC}[2Jy`);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Ongeldig verzoek-id');
    expect(r.stderr).not.toMatch(CONTROLS);
  });

  it('are removed from --ground text before it goes into the objection letter', async () => {
    await woo('log', ID, 'decided', '2026-10-05');
    const r = await runCli(['letter', ID, 'objection', '--force', '--ground', `algemeen=Het besluit${ESC}]0;titel${BEL} is${ESC}[2J te laat.`], { home, env: { WOO_TODAY: '2026-10-20' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Het besluit is te laat.');
    expect(r.stdout).not.toMatch(/titel|\[2J/);
  });

  it('are kept off the screen when a workspace bodies.json carries them (the file is set aside)', async () => {
    writeFileSync(join(home, 'bodies.json'), JSON.stringify({ bodies: [{ id: 'gemeente-utrecht', note: `Let op${ESC}]0;PWNED${BEL}: adres${ESC}[2J nagaan`, website: `https://utrecht.nl/${ESC}[2J` }] }));
    const shown = await woo('bodies', 'show', 'gemeente-utrecht');
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stderr).toContain('bodies.json');
    expect(shown.stdout + shown.stderr).not.toMatch(CONTROLS);
    expect(shown.stdout + shown.stderr).not.toContain('PWNED');
  });
});
