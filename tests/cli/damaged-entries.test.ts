// One bad entry never stops a whole command (issue 17, item 7): a folder or dangling link where a
// request should be, a YAML alias bomb or a folder in templates/, a profile that is a folder. And
// nothing is written through a symbolic link in the workspace.
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

let home: string;
const ID = '2026-001-politie-cas';

beforeEach(async () => {
  home = tempDir();
  await runCli(['profile', '--name', 'Jan Jansen'], { home });
  await runCli(['new', 'cas-2021', '--yes'], { home });
  await runCli(['log', ID, 'received', '2026-11-02'], { home });
});

// Nine levels of nine aliases: 387 million strings when expanded.
const BOMB = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefgh'.split('').map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefg'[i]}`).join(',')}]`), 'i: [*h,*h,*h,*h,*h,*h,*h,*h,*h]'].join('\n');

describe('a damaged entry is reported with its path and the command carries on', () => {
  beforeEach(() => {
    mkdirSync(join(home, 'requests', 'map.json'));
    symlinkSync(join(home, 'nergens.json'), join(home, 'requests', 'los.json'));
    writeFileSync(join(home, 'templates', 'bom.yaml'), BOMB);
    mkdirSync(join(home, 'templates', 'map.yaml'));
  });

  it.each([['list'], ['report'], ['agenda'], ['list', '--json']])('woo %s', async (...args) => {
    const r = await runCli(args, { home });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`Beschadigd bestand ${join(home, 'requests', 'map.json')}: niet te lezen: is een map, geen bestand`);
    expect(r.stderr).toContain(`Beschadigd bestand ${join(home, 'requests', 'los.json')}: niet te lezen: bestaat niet (of is een koppeling naar iets dat niet bestaat)`);
    expect(r.stderr).not.toMatch(/Interne fout|EISDIR:|at .*\.js:\d+/);
    if (args[0] !== 'agenda') expect(r.stdout).toContain('Nationale Politie');
  });

  it('woo templates and woo new skip the bad templates and name them', async () => {
    for (const args of [['templates'], ['new', 'cas-2021', '--yes']]) {
      const r = await runCli(args, { home });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain(`${join(home, 'templates', 'bom.yaml')}: de YAML gebruikt te veel verwijzingen (aliassen)`);
      expect(r.stderr).toContain(`${join(home, 'templates', 'map.yaml')}: niet te lezen: is een map, geen bestand`);
    }
  });

  it('a profile that is a folder: letters and new carry on without it; woo profile refuses to overwrite it', async () => {
    const profile = join(home, 'profile.json');
    rmSync(profile);
    mkdirSync(profile);
    for (const args of [['new', 'cas-2021', '--yes'], ['letter', ID], ['list']]) {
      const r = await runCli(args, { home });
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      expect(r.stderr).not.toContain('Interne fout');
    }
    const letter = await runCli(['letter', ID], { home });
    expect(letter.stderr).toContain(`Beschadigd bestand ${profile}: niet te lezen: is een map, geen bestand`);
    const update = await runCli(['profile', '--city', 'Utrecht'], { home });
    expect(update.code).toBe(1);
    expect(update.stderr).toContain(`Beschadigd bestand ${profile}`);
  });
});

describe('symbolic links in the workspace', () => {
  it('a request file that links outside is never written through', async () => {
    const outside = join(tempDir('woo-out-'), 'elders.json');
    const file = join(home, 'requests', `${ID}.json`);
    writeFileSync(outside, readFileSync(file));
    rmSync(file);
    symlinkSync(outside, file);
    const before = readFileSync(outside, 'utf8');
    const r = await runCli(['log', ID, 'acknowledged', '2026-11-05'], { home });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file} is een symbolische koppeling; woo schrijft niet via koppelingen in de werkmap`);
    expect(readFileSync(outside, 'utf8')).toBe(before);
  });

  it('a folder of kept files that links outside is refused', async () => {
    const outside = tempDir('woo-out-');
    symlinkSync(outside, join(home, 'requests', `${ID}.files`));
    const proof = join(tempDir('woo-in-'), 'bewijs.txt');
    writeFileSync(proof, 'ontvangstbewijs');
    const r = await runCli(['attach', ID, proof, '--as', 'delivery-receipt'], { home });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is een symbolische koppeling');
    expect(readdirSync(outside)).toEqual([]);
  });
});
