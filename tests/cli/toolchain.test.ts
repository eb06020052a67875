// At home in a shell: examples in every command's help, a manual page and shell completion made
// from the same definitions, a README that stands alone.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCommands, describeCommand } from '../../src/cli/command-tree.js';
import { complete } from '../../src/cli/completion/complete.js';
import { buildProgram } from '../../src/cli/main.js';
import { BIN, runBin, tempDir } from '../helpers/cli.js';

const root = join(import.meta.dirname, '..', '..');
const tree = () => describeCommand(buildProgram({ stdout: () => {}, stderr: () => {}, env: {}, cwd: '/', interactive: false }));

describe('help and manual', () => {
  it('every command and subcommand has examples in its --help', () => {
    const commands = allCommands(tree()).filter((c) => c.path.length > 0);
    expect(commands.length).toBeGreaterThan(15);
    for (const c of commands) expect(c.examples.filter((l) => l.startsWith('woo ')), `woo ${c.path.join(' ')}`).not.toEqual([]);
  });

  it('the built manual page documents every command and option of --help', () => {
    const page = readFileSync(join(root, 'man', 'woo.1'), 'utf8');
    const roff = (s: string) => s.replace(/-/g, '\\-');
    for (const c of allCommands(tree()).filter((x) => x.path.length > 0)) {
      expect(page, c.path.join(' ')).toContain(roff(`woo ${c.path.join(' ')}`));
      for (const o of c.options) expect(page, `${c.path.join(' ')} ${o.flags}`).toContain(roff(o.flags));
    }
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.man).toEqual(['./man/woo.1']);
    const man = spawnSync('man', ['-l', join(root, 'man', 'woo.1')], { encoding: 'utf8', env: { ...process.env, MANWIDTH: '80' } });
    if (man.status === 0) expect(man.stdout).toContain('AFSLUITCODES');
  });
});

describe('shell completion', () => {
  const lookup = async (source: string) => ({ requests: ['2026-001-politie-cas', '2026-002-utrecht-x'], templates: ['algoritme', 'vrij'], bodies: ['gemeente-utrecht'], events: ['sent', 'received'], 'letter-kinds': ['request', 'objection'], shells: ['bash'] })[source] ?? [];

  it('completes commands, options, choices, ids, event names and letter kinds', async () => {
    const t = tree();
    expect(await complete(t, ['le'], lookup)).toEqual(['letter']);
    expect(await complete(t, ['show', '2026-00'], lookup)).toEqual(['2026-001-politie-cas', '2026-002-utrecht-x']);
    expect(await complete(t, ['log', '2026-001-politie-cas', 'r'], lookup)).toEqual(['received']);
    expect(await complete(t, ['letter', '2026-001-politie-cas', 'ob'], lookup)).toEqual(['objection']);
    expect(await complete(t, ['letter', '--for'], lookup)).toEqual(['--format', '--force']);
    expect(await complete(t, ['bodies', 'show', 'gem'], lookup)).toEqual(['gemeente-utrecht']);
    expect(await complete(t, ['new', ''], lookup)).toEqual(['algoritme', 'vrij']);
    expect(await complete(t, ['templates', ''], lookup)).toContain('show');
    // After an option that takes a value, the value: dates and files have no list.
    expect(await complete(t, ['log', '2026-001-politie-cas', 'adjourned', '--weeks', ''], lookup)).toEqual([]);
  });

  it('works in a real bash with the script woo prints, over a real workspace', async () => {
    const home = tempDir();
    await runBin(['new', 'vrij', '--set', 'onderwerp=test', '--set', 'eigen_punten=Het plan', '--body', 'Gemeente Utrecht', '--yes'], { home });
    const binDir = tempDir();
    writeFileSync(join(binDir, 'woo'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(join(binDir, 'woo'), 0o755);
    const script = (await runBin(['completion', 'bash'], { home })).stdout;
    expect(script).toContain('complete -o default -F _woo woo');
    const out = execFileSync('bash', ['-c', `${script}\nCOMP_WORDS=(woo show 2026); COMP_CWORD=2; _woo; printf '%s\\n' "\${COMPREPLY[@]}"`], {
      encoding: 'utf8',
      env: { PATH: `${binDir}:${process.env.PATH}`, WOO_HOME: home, WOO_TODAY: '2026-11-23' },
    });
    expect(out.trim()).toBe('2026-001-utrecht-test');
    for (const shell of ['zsh', 'fish'] as const) {
      const text = (await runBin(['completion', shell], { home })).stdout;
      expect(text).toContain('woo __complete --');
      const check = spawnSync(shell, ['-n'], { input: text, encoding: 'utf8' });
      if (!check.error) expect(check.status, check.stderr).toBe(0);
    }
    expect((await runBin(['completion', 'powershell'], { home })).code).toBe(2);
  });
});

describe('the README stands alone', () => {
  it('links only to files in the repository and has a license that matches package.json', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(([^)#]+)(#[^)]*)?\)/g)].map((m) => m[1]).filter((l) => !/^[a-z]+:/.test(l));
    for (const link of links) expect(existsSync(join(root, link)), link).toBe(true);
    expect(readme).not.toMatch(/\]\(\.\.\//);
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).license).toBe('MIT');
    // The quick start runs the tool without npx (which would copy and rebuild the clone).
    expect(readme).toContain('npm ci && node bin/woo.js new');
    expect(readme).toContain('npm ci && npm test');
  });
});
