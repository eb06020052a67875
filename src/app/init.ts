import { join } from 'node:path';
import { LOCAL_DIR } from '../store/paths.js';
import { Workspace } from '../store/workspace.js';
import type { AppContext } from './context.js';

export interface InitOptions {
  here: boolean;
  cwd: string;
}

/** Creates the workspace: here (./.woo/) or at the usual place. Running it twice is harmless. */
export async function runInit(options: InitOptions, ctx: AppContext): Promise<{ root: string; created: boolean; workspace: Workspace }> {
  const workspace = options.here ? new Workspace({ root: join(options.cwd, LOCAL_DIR), source: 'local' }) : ctx.workspace;
  const created = !workspace.exists();
  await workspace.ensure();
  return { root: workspace.root, created, workspace };
}
