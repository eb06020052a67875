// woo edit, rm, archive and unarchive without a terminal (flags, $EDITOR, --yes).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

let home: string;
const ID = '2026-001-utrecht-parkeerbeleid';
beforeEach(async () => {
  home = tempDir();
  await runCli(['profile', '--name', 'Jan Jansen'], { home });
  const r = await runCli(['new', 'vrij', '--set', 'onderwerp=het parkeerbeleid', '--body', 'Gemeente Utrecht', '--set', 'eigen_punten=Het projectplan', '--set', 'eigen_punten=De cijfers', '--yes'], { home });
  expect(r.code).toBe(0);
});

const stored = () => JSON.parse(readFileSync(join(home, 'requests', `${ID}.json`), 'utf8'));

/** An "editor" that runs a JavaScript function on the file's text. */
function editorEnv(change: string): Record<string, string> {
  const script = join(home, 'editor.mjs');
  writeFileSync(script, `import { readFileSync, writeFileSync, appendFileSync } from 'node:fs';\nconst f = process.argv[2];\nconst t = readFileSync(f, 'utf8');\nappendFileSync(${JSON.stringify(join(home, 'seen.txt'))}, t + '\\n=====\\n');\nwriteFileSync(f, (${change})(t));\n`);
  return { EDITOR: `"${process.execPath}" "${script}"`, PATH: process.env.PATH ?? '' };
}

describe('woo edit', () => {
  it('changes answers with the flags of woo new and redrafts the letter', async () => {
    const r = await runCli(['edit', ID, '--set', 'onderwerp=de parkeerregels', '--set', 'periode_van=2024-01-01'], { home });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Gewijzigd bij');
    expect(stored().title).toBe('de parkeerregels');
    expect(stored().period).toEqual({ from: '2024-01-01' });
    expect(stored().points.map((p: { text: string }) => p.text)).toEqual(['Het projectplan', 'De cijfers']);
  });

  it('asks for --yes before changing the points of a sent request, and records the change', async () => {
    await runCli(['log', ID, 'sent', '2026-11-20'], { home });
    const refused = await runCli(['edit', ID, '--set', 'eigen_punten=Alleen dit'], { home });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('verzonden: punten wijzigen bevestigt u met --yes');
    expect(stored().points).toHaveLength(2);
    const done = await runCli(['edit', ID, '--set', 'eigen_punten=Alleen dit', '--yes'], { home });
    expect(done.code).toBe(0);
    expect(stored().points.map((p: { text: string }) => p.text)).toEqual(['Alleen dit']);
    expect(stored().edits).toEqual([{ date: '2026-11-23', changed: ['punten'] }]);
    // The period is not what was sent: no confirmation needed.
    expect((await runCli(['edit', ID, '--set', 'periode_tot=2026-01-01'], { home })).code).toBe(0);
    expect((await runCli(['show', ID], { home })).stdout).toContain('gewijzigd na verzending');
  });

  it('edits the letter as YAML in $EDITOR, and reopens it with the error when invalid', async () => {
    const env = editorEnv(`(t) => t.includes('# FOUT') ? t.replace('punten: 5', 'punten:\\n  - Het nieuwe punt') : t.replace(/^titel: .*$/m, 'titel: Parkeren').replace(/^punten:[\\s\\S]*?(?=^clausules)/m, 'punten: 5\\n')`);
    const r = await runCli(['edit', ID, '--editor'], { home, env });
    expect(r.code).toBe(0);
    const seen = readFileSync(join(home, 'seen.txt'), 'utf8').split('=====');
    expect(seen[0]).toContain('bestuursorgaan:\n  naam: Gemeente Utrecht');
    expect(seen[1]).toMatch(/^\n?# FOUT: verzoek\.yaml:\d+: moet een lijst zijn/);
    expect(stored().title).toBe('Parkeren');
    expect(stored().points.map((p: { text: string }) => p.text)).toEqual(['Het nieuwe punt']);
  });

  it('stops when the file is saved empty, and changes nothing', async () => {
    const r = await runCli(['edit', ID, '--editor'], { home, env: editorEnv(`() => ''`) });
    expect(r.code).toBe(130);
    expect(stored().points).toHaveLength(2);
  });

  it('refuses to ask without a terminal', async () => {
    const r = await runCli(['edit', ID], { home });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--set, --answers of --body');
  });
});

describe('woo rm, archive and unarchive', () => {
  it('removes only with --yes without a terminal', async () => {
    const refused = await runCli(['rm', ID], { home });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`woo rm ${ID} --yes`);
    expect(existsSync(join(home, 'requests', `${ID}.json`))).toBe(true);
    const r = await runCli(['rm', ID, '--yes'], { home });
    expect(r.code).toBe(0);
    expect(existsSync(join(home, 'requests', `${ID}.json`))).toBe(false);
    expect((await runCli(['rm', ID, '--yes'], { home })).code).toBe(1);
  });

  it('takes an archived request out of list and agenda unless --all', async () => {
    await runCli(['log', ID, 'sent', '2026-11-20'], { home });
    expect((await runCli(['archive', ID], { home })).code).toBe(0);
    expect((await runCli(['list'], { home })).stdout).not.toContain(ID);
    expect((await runCli(['list', '--all'], { home })).stdout).toContain(ID);
    expect((await runCli(['agenda', '--days', '60'], { home })).stdout).not.toContain(ID);
    expect((await runCli(['agenda', '--days', '60', '--all'], { home })).stdout).toContain(ID);
    expect((await runCli(['unarchive', ID], { home })).code).toBe(0);
    expect((await runCli(['list'], { home })).stdout).toContain(ID);
  });
});
