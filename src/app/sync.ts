// `woo sync`: a workspace shared through git. Commits this machine's changes (naming requests and
// events), fetches and merges the colleagues' (request files through woo's own merge driver),
// refuses damaged incoming files, pushes, and says what came in. Without a remote, or offline, it
// commits only and says so.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CannotError } from '../core/errors.js';
import { EVENT_LABELS, type WooEvent } from '../core/schema/event.js';
import { requestSchema } from '../core/schema/request.js';
import { Git } from '../store/git.js';
import type { AppContext } from './context.js';

export interface SyncOptions {
  setup: boolean;
  /** How git should start the merge driver: the node binary and woo's launcher. */
  driverCommand: string;
}

export interface SyncResult {
  /** What this machine committed (one line per request). */
  committed: string[];
  /** What came in from colleagues. */
  incoming: string[];
  /** Things the user must know: offline, refused files, conflicts decided by the rule. */
  notes: string[];
  pushed: boolean;
}

export const GITATTRIBUTES_LINE = 'requests/*.json merge=woo';
/** Local to each machine: the personal profile, the lock, caches and interrupted writes. */
export const GITIGNORE_LINES = ['profile.json', '.lock', '.cache/', '.staging/', '*.json.*', '*.tmp'];

async function ensureLines(file: string, lines: string[]): Promise<boolean> {
  const text = existsSync(file) ? await readFile(file, 'utf8') : '';
  const missing = lines.filter((l) => !text.split('\n').includes(l));
  if (missing.length === 0) return false;
  await writeFile(file, `${text}${text && !text.endsWith('\n') ? '\n' : ''}${missing.join('\n')}\n`, { mode: 0o600 });
  return true;
}

function registerDriver(git: Git, command: string): void {
  git.must(['config', 'merge.woo.name', 'woo: verzoeken samenvoegen'], 'git config');
  git.must(['config', 'merge.woo.driver', `${command} merge-file %O %A %B %P`], 'git config');
}

function eventLine(id: string, e: WooEvent): string {
  return `${id}: ${EVENT_LABELS[e.type]} op ${e.date}${e.by ? ` (door ${e.by})` : ''}`;
}

function eventsOf(text: string | undefined): WooEvent[] {
  if (text === undefined) return [];
  try {
    return (JSON.parse(text) as { events?: WooEvent[] }).events ?? [];
  } catch {
    return [];
  }
}

/** Per changed request file: the events one version has that the other has not. */
function describeChanges(files: string[], before: (f: string) => string | undefined, after: (f: string) => string | undefined): string[] {
  const lines: string[] = [];
  for (const file of files) {
    const id = file.replace(/^requests\//, '').replace(/\.json$/, '');
    const [old, now] = [before(file), after(file)];
    if (now === undefined) {
      lines.push(`${id}: verwijderd`);
      continue;
    }
    const known = new Set(eventsOf(old).map((e) => e.id));
    const added = eventsOf(now).filter((e) => !known.has(e.id));
    if (old === undefined) lines.push(`${id}: nieuw verzoek`);
    lines.push(...added.map((e) => eventLine(id, e)));
    if (old !== undefined && added.length === 0) lines.push(`${id}: gewijzigd`);
  }
  return lines;
}

function changedRequestFiles(git: Git, args: string[]): string[] {
  return git
    .must(['diff', '--name-only', '--relative', ...args, '--', 'requests'], 'git diff')
    .split('\n')
    .filter((f) => /^requests\/[^/]+\.json$/.test(f));
}

async function setup(git: Git, root: string, o: SyncOptions, notes: string[]): Promise<void> {
  if (!git.topLevel()) {
    git.must(['init', '-q'], 'git init');
    notes.push(`git-opslagplaats aangemaakt in ${root}.`);
  }
  await ensureLines(join(root, '.gitattributes'), [GITATTRIBUTES_LINE]);
  await ensureLines(join(root, '.gitignore'), GITIGNORE_LINES);
  registerDriver(git, o.driverCommand);
  // The profile is personal: it must not travel with the requests.
  if (git.run(['ls-files', '--error-unmatch', 'profile.json']).ok) git.must(['rm', '--cached', '-q', 'profile.json'], 'git rm');
}

export async function runSync(o: SyncOptions, ctx: AppContext): Promise<SyncResult> {
  const root = ctx.workspace.root;
  if (!ctx.workspace.exists()) throw new CannotError(`Er is nog geen werkmap in ${root}.`, 'Maak er een met woo init --here, en deel hem met woo sync --setup.');
  const profile = await ctx.workspace.readProfile();
  const git = new Git(root, profile.name ?? 'woo');
  const notes: string[] = [];
  if (o.setup) await setup(git, root, o, notes);
  else if (!git.topLevel()) throw new CannotError(`De werkmap ${root} staat niet onder git.`, 'Zet hem onder git met woo sync --setup (of woo init --here --git).');
  else if (!git.run(['config', '--get', 'merge.woo.driver']).ok) {
    // git does not copy its config with a clone: every machine registers the driver itself.
    registerDriver(git, o.driverCommand);
    notes.push('Het samenvoegprogramma van woo is aangemeld bij git op deze machine.');
  }

  const committed = await commitLocal(git);
  const result: SyncResult = { committed, incoming: [], notes, pushed: false };
  const remote = git.run(['remote']).stdout.trim().split('\n')[0];
  if (!remote) {
    notes.push('Geen gedeelde opslagplaats (git remote) ingesteld: alleen lokaal vastgelegd.');
    return result;
  }
  if (!git.run(['fetch', '-q', remote]).ok) {
    notes.push(`Offline of ${remote} niet bereikbaar: alleen lokaal vastgelegd. Voer woo sync later opnieuw uit.`);
    return result;
  }
  const branch = git.must(['rev-parse', '--abbrev-ref', 'HEAD'], 'git rev-parse').trim();
  const upstream = `${remote}/${branch}`;
  if (git.run(['rev-parse', '--verify', '-q', upstream]).ok) await mergeIncoming(git, upstream, result);
  const push = git.run(['push', '-q', '-u', remote, branch]);
  if (push.ok) result.pushed = true;
  else notes.push(`Versturen naar ${remote} is mislukt: ${push.stderr.trim().split('\n').at(-1) ?? ''}. Voer woo sync opnieuw uit.`);
  return result;
}

async function commitLocal(git: Git): Promise<string[]> {
  git.must(['add', '-A', '--', '.'], 'git add');
  if (git.run(['diff', '--cached', '--quiet']).ok) return [];
  const head = git.head();
  const files = changedRequestFiles(git, ['--cached']);
  const lines = describeChanges(files, (f) => (head ? git.show('HEAD', `./${f}`) : undefined), (f) => git.show('', `./${f}`));
  const subject = lines.length === 0 ? 'woo: werkmap bijgewerkt' : lines.length === 1 ? `woo: ${lines[0]}` : `woo: ${files.length} verzoek(en) bijgewerkt`;
  git.must(['commit', '-q', '-m', subject, ...(lines.length > 1 ? ['-m', lines.join('\n')] : [])], 'git commit');
  return lines;
}

async function mergeIncoming(git: Git, upstream: string, result: SyncResult): Promise<void> {
  const before = git.head();
  const merge = git.run(['merge', '--no-edit', '-q', upstream]);
  // The driver's own messages (conflicts decided by the rule, refused versions) come through stderr.
  result.notes.push(...merge.stderr.split('\n').filter((l) => l.startsWith('woo: ')).map((l) => l.slice(5)));
  if (!merge.ok) {
    const open = git.run(['diff', '--name-only', '--diff-filter=U']).stdout.trim().split('\n').filter(Boolean);
    throw new CannotError(
      `Samenvoegen met ${upstream} is niet gelukt${open.length ? ` voor ${open.join(', ')}` : ''}.`,
      'Los het op (git checkout --ours BESTAND of --theirs BESTAND, dan git add BESTAND en git commit) en voer woo sync opnieuw uit; of maak het ongedaan met git merge --abort.',
    );
  }
  const after = git.head();
  if (!before || !after || before === after) return;
  const files = changedRequestFiles(git, [before, after]);
  result.incoming.push(...describeChanges(files, (f) => git.show(before, `./${f}`), (f) => git.show(after, `./${f}`)));
  await refuseDamaged(git, files, before, result);
}

/** A request file that came in damaged is put back as it was here, so the local copy is kept. */
async function refuseDamaged(git: Git, files: string[], before: string, result: SyncResult): Promise<void> {
  const refused: string[] = [];
  for (const file of files) {
    const text = git.show('HEAD', `./${file}`);
    if (text === undefined) continue;
    let valid = false;
    try {
      valid = requestSchema.safeParse(JSON.parse(text)).success;
    } catch {
      valid = false;
    }
    if (valid) continue;
    const local = git.show(before, `./${file}`);
    if (local === undefined) git.must(['rm', '-q', '--', file], 'git rm');
    else {
      await writeFile(join(git.cwd, file), local, { mode: 0o600 });
      git.must(['add', '--', file], 'git add');
    }
    refused.push(file);
    result.notes.push(`${file}: de binnenkomende versie is beschadigd en is geweigerd; ${local === undefined ? 'het bestand is niet overgenomen' : 'uw versie blijft staan'}.`);
  }
  if (refused.length) git.must(['commit', '-q', '-m', `woo: beschadigd binnenkomend bestand geweigerd (${refused.join(', ')})`], 'git commit');
}
