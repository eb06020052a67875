// The published package carries what woo reads at run time: templates, the directory, the launcher.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('npm package contents', () => {
  it('includes the launcher, the built code, the templates and the directory of bodies', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--ignore-scripts', '--json'], { cwd: join(import.meta.dirname, '..', '..'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const files = (JSON.parse(out) as { files: { path: string }[] }[])[0].files.map((f) => f.path);
    for (const path of ['bin/woo.js', 'dist/cli/main.js', 'templates/requests/algoritme.yaml', 'templates/requests/cas-2021.yaml', 'templates/requests/vrij.yaml', 'templates/letters/request.yaml', 'templates/letters/notice-of-default.yaml', 'templates/letters/objection.yaml', 'data/bodies.json']) {
      expect(files).toContain(path);
    }
    expect(files.some((f) => f.startsWith('tests/') || f.startsWith('src/'))).toBe(false);
  });

  it('ships only production dependencies that the code imports', () => {
    const root = join(import.meta.dirname, '..', '..');
    const deps = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);
    const src = join(root, 'src');
    const code = (readdirSync(src, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(src, f), 'utf8')).join('\n');
    const unused = deps.filter((d) => !code.includes(`'${d}'`) && !code.includes(`'${d}/`));
    expect(unused).toEqual([]);
    expect(deps).not.toContain('ical-generator');
  });
});
