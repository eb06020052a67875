// Where the workspace is: $WOO_HOME, else the nearest .woo/ upwards from the current directory,
// else the user data directory (~/.local/share/woo).
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import envPaths from 'env-paths';

export type WorkspaceSource = 'WOO_HOME' | 'local' | 'user';

export interface WorkspaceLocation {
  root: string;
  source: WorkspaceSource;
}

export const LOCAL_DIR = '.woo';

export function findLocalWorkspace(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, LOCAL_DIR);
    if (existsSync(candidate) && statSync(candidate).isDirectory()) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function locateWorkspace(env: NodeJS.ProcessEnv, cwd: string): WorkspaceLocation {
  const home = env.WOO_HOME?.trim();
  if (home) return { root: resolve(cwd, home), source: 'WOO_HOME' };
  const local = findLocalWorkspace(cwd);
  if (local) return { root: local, source: 'local' };
  return { root: envPaths('woo', { suffix: '' }).data, source: 'user' };
}
