// Messages in Dutch, always: option values named by their flag without validation jargon, files with
// a byte-order mark or in UTF-16 read, JSON and template errors in Dutch, {{log}} silent.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CAS_ANSWERS, runCli, tempDir } from '../helpers/cli.js';

const ID = '2026-001-politie-cas';
const BOM = '\ufeff';
const JARGON = /Te klein|Te groot|verwacht dat|number|string|NaN|>=?\d|Unexpected|position|Parse error|not defined|helper [a-z]+ -|\(bij [a-z]+\)/;
const LETTER = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'decisions', 'cas-politie-wob.txt'), 'utf8');
const VRIJ = readFileSync(join(import.meta.dirname, '..', '..', 'templates', 'requests', 'vrij.yaml'), 'utf8');

let home: string;
const woo = (...args: string[]) => runCli(args, { home });
const write = (name: string, data: string | Buffer) => {
  const file = join(home, name);
  writeFileSync(file, data);
  return file;
};

beforeEach(async () => {
  home = tempDir();
  await woo('profile', '--name', 'Jan Jansen', '--city', 'Utrecht', '--email', 'jan@example.nl');
  await woo('new', 'cas-2021', '--yes');
});

describe('option values', () => {
  it.each([
    [['log', ID, 'adjourned', '--weeks', '0'], '--weeks moet groter dan 0 zijn'],
    [['log', ID, 'adjourned', '--weeks', 'twee'], '--weeks moet een getal zijn'],
    [['deadline', '--received', '2026-01-05', '--adjourned', '2026-01-20', '--weeks', '60'], '--weeks mag hoogstens 52 zijn'],
    [['respond', ID, '--points', '1', '--outcome', 'public', '--documents', '-1'], '--documents moet 0 of meer zijn'],
    [['agenda', '--days', '4000'], '--days is het aantal dagen vooruit: een geheel getal van 0 (alleen vandaag) tot en met 3660'],
    [['agenda', '--days', 'veel'], 'tot en met 3660'],
  ])('woo %j names the flag and the allowed values in plain Dutch', async (args, message) => {
    const r = await woo(...args);
    expect(r.code).toBe(2);
    expect(r.stderr.replace(/\s+/g, ' ')).toContain(message);
    expect(r.stderr).not.toMatch(JARGON);
  });
});

describe('files with a byte-order mark or in another encoding', () => {
  it('reads a request file, the profile and a workspace bodies.json that start with a BOM', async () => {
    const request = join(home, 'requests', `${ID}.json`);
    writeFileSync(request, BOM + readFileSync(request, 'utf8'));
    const profile = join(home, 'profile.json');
    writeFileSync(profile, BOM + readFileSync(profile, 'utf8'));
    write('bodies.json', `${BOM}{"bodies": [{"id": "gemeente-utrecht", "email": "woo@utrecht.example"}]}`);
    const show = await woo('show', ID);
    expect(show.code, show.stderr).toBe(0);
    expect((await woo('profile')).stdout).toContain('Jan Jansen');
    const body = await woo('bodies', 'show', 'gemeente-utrecht', '--json');
    expect(JSON.parse(body.stdout).email).toBe('woo@utrecht.example');
  });

  it('reads an answers file with a BOM, in UTF-16 and in Windows-1252', async () => {
    const json = JSON.stringify({ ...CAS_ANSWERS, systeem: 'Geïntegreerd Systeem' });
    for (const [name, bytes] of [
      ['bom.json', Buffer.from(BOM + json)],
      ['utf16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')])],
      ['ansi.json', Buffer.from(json, 'latin1')],
    ] as const) {
      const r = await woo('new', 'algoritme', '--answers', write(name, bytes), '--yes', '--json', '--id', `2026-00${name.length}-x`);
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      expect(JSON.parse(r.stdout).title).toContain('Geïntegreerd Systeem');
    }
  });

  it('reads a UTF-16 decision letter with a BOM, and names one without', async () => {
    await woo('log', ID, 'decided', '2026-10-05');
    const le = await woo('respond', ID, '--from', write('besluit-utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LETTER, 'utf16le')])), '--dry-run', '--json');
    expect(le.code, le.stderr).toBe(0);
    expect(JSON.parse(le.stdout).points[0].outcome).toBe('already_public');
    const swapped = Buffer.from(LETTER, 'utf16le').swap16();
    const be = await woo('respond', ID, '--from', write('besluit-be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), swapped])), '--dry-run', '--json');
    expect(be.code, be.stderr).toBe(0);
    const bare = await woo('respond', ID, '--from', write('besluit-kaal.txt', Buffer.from(LETTER, 'utf16le')), '--dry-run');
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('lijkt tekst in UTF-16 zonder byte-order mark');
  });

  it('reads a Windows-1252 letter without turning its accents into question marks', async () => {
    await woo('log', ID, 'decided', '2026-10-05');
    const r = await woo('respond', ID, '--from', write('besluit-ansi.txt', Buffer.from(LETTER.replace('reeds openbaar.', 'reeds openbaar, zoals u is geïnformeerd.'), 'latin1')), '--dry-run', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('geïnformeerd');
    expect(r.stdout).not.toContain('\ufffd');
  });

  it('says in Dutch where an answers file is no JSON', async () => {
    const r = await woo('new', 'algoritme', '--answers', write('kapot.json', '{\n"systeem": "CAS",\n}'), '--yes');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is geen geldige JSON \(regel 3\)/);
    expect(r.stderr).not.toMatch(JARGON);
  });
});

describe('user templates', () => {
  const template = (name: string, id: string, change: (t: string) => string) => {
    mkdirSync(join(home, 'templates'), { recursive: true });
    writeFileSync(join(home, 'templates', name), change(VRIJ.replace(/^id: vrij$/m, `id: ${id}`)));
  };

  it('{{log}} writes nothing to stdout', async () => {
    template('log.yaml', 'eigen-log', (t) => t.replace(/^intro: "/m, 'intro: "{{log \\"GELOGD\\"}}'));
    const r = await woo('new', 'eigen-log', '--set', 'onderwerp=het parkeerbeleid', '--set', 'eigen_punten=De nota', '--body', 'Gemeente Utrecht', '--yes', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout + r.stderr).not.toContain('GELOGD');
    expect(JSON.parse(r.stdout).title).toBe('het parkeerbeleid');
  });

  it.each([
    ['an unclosed {{#if}}', '"{{#if onderwerp}}{{onderwerp}}"', /een blok \(\{\{#if …\}\}, \{\{#each …\}\}, …\) is niet afgesloten met \{\{\/…\}\}/],
    ['a mismatched block', '"{{#if onderwerp}}{{onderwerp}}{{/each}}"', /het blok \{\{#if\}\} wordt afgesloten met \{\{\/each\}\}/],
    ['an unknown helper', '"{{hoofdletters onderwerp}}"', /onbekende helper "hoofdletters"/],
    ['an unknown field', '"{{onderwrp}}"', /onbekend veld "onderwrp"/],
  ])('%s: a Dutch message naming the template file', async (_, title, message) => {
    template('kapot.yaml', 'eigen-kapot', (t) => t.replace(/^requestTitle: .*$/m, `requestTitle: ${title}`));
    const r = await woo('templates');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(join(home, 'templates', 'kapot.yaml'));
    expect(r.stderr.replace(/\s+/g, ' ')).toMatch(message);
    expect(r.stderr).not.toMatch(/Parse error|Expecting|not defined in|knownHelpersOnly/);
  });
});
