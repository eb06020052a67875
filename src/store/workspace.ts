// The embedded JSON store: profile.json, requests/<id>.json, templates/, bodies.json.
import { chmod, lstat, mkdir, readdir, rm } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { AsyncLocalStorage } from 'node:async_hooks';
import { CannotError, UsageError } from '../core/errors.js';
import { requestIdSchema } from '../core/schema/common.js';
import { draftFileSchema, type DraftFile } from '../core/schema/draft.js';
import { profileFileSchema, type Profile, type ProfileFile } from '../core/schema/profile.js';
import { REQUEST_SCHEMA_VERSION, requestSchema, type WooRequest } from '../core/schema/request.js';
import { removeLeftoverTempFiles } from './atomic-file.js';
import { commitFiles, journalFile, recoverCommit, type Recovery } from './commit.js';
import { DamagedFileError, jsonText, readJsonFile, writeJsonFile } from './json-file.js';
import { acquireLock, type HeldLock } from './lock.js';
import { CURRENT_SCHEMA_VERSION } from './migrations.js';
import type { WorkspaceLocation } from './paths.js';

export interface RequestListing {
  requests: WooRequest[];
  /** Files that could not be read; every other request still lists. */
  problems: DamagedFileError[];
}

/**
 * Refuses to write through a symbolic link anywhere below the workspace root: a link can point
 * outside the workspace, and a write through it would change a file there.
 */
export async function refuseLinks(root: string, file: string): Promise<void> {
  const parts = relative(root, file).split(sep);
  for (let i = 1; i <= parts.length; i++) {
    const path = join(root, ...parts.slice(0, i));
    const info = await lstat(path).catch(() => undefined);
    if (info?.isSymbolicLink()) {
      throw new CannotError(`${path} is een symbolische koppeling; woo schrijft niet via koppelingen in de werkmap, omdat die naar bestanden buiten de werkmap kunnen wijzen. Er is niets gewijzigd.`, 'Vervang de koppeling door een echt bestand of een echte map.');
    }
    if (!info) return;
  }
}

function recoveryText(r: Recovery): string[] {
  const ids = (files: string[]) => files.map((f) => f.replace(/^requests[\\/]/, '').replace(/\.json$/, '')).join(', ');
  return [
    ...(r.finished.length ? [`Een eerder afgebroken opslag is afgemaakt: ${ids(r.finished)} ${r.finished.length === 1 ? 'staat' : 'staan'} nu ook in de werkmap, zodat de reeks compleet is.`] : []),
    ...(r.rolledBack.length ? [`Een eerder afgebroken opslag is teruggedraaid: ${ids(r.rolledBack)} ${r.rolledBack.length === 1 ? 'is' : 'zijn'} niet opgeslagen, en de rest van die reeks ook niet. Voer die opdracht opnieuw uit.`] : []),
  ];
}

export class Workspace {
  constructor(
    readonly location: WorkspaceLocation,
    /** Tells the user what the store did on its own, such as finishing a batch a crash interrupted. */
    private readonly notify: (message: string) => void = () => {},
  ) {}

  /** The lock this async call chain holds, so nested withLock calls do not wait for themselves. */
  private readonly held = new AsyncLocalStorage<HeldLock>();

  get root(): string {
    return this.location.root;
  }
  get requestsDir(): string {
    return join(this.root, 'requests');
  }
  get templatesDir(): string {
    return join(this.root, 'templates');
  }
  get profileFile(): string {
    return join(this.root, 'profile.json');
  }
  get bodiesFile(): string {
    return join(this.root, 'bodies.json');
  }
  /** The answers of a `woo new` stopped before saving (one at a time; `woo new --resume`). */
  get draftFile(): string {
    return join(this.root, 'draft.json');
  }

  exists(): boolean {
    return existsSync(this.requestsDir);
  }

  /** A workspace root that is a file (WOO_HOME pointing at one) is refused before anything is read or written. */
  private checkRoot(): void {
    if (existsSync(this.root) && !statSync(this.root).isDirectory()) {
      throw new CannotError(
        `De werkmap ${this.root} is een bestand, geen map${this.location.source === 'WOO_HOME' ? ' (WOO_HOME wijst ernaar)' : ''}. Er is niets gewijzigd.`,
        'Laat WOO_HOME naar een map wijzen; woo maakt die map zelf aan als ze nog niet bestaat.',
      );
    }
  }

  /** Creates the folders (private to the user); safe to call again. */
  async ensure(): Promise<void> {
    this.checkRoot();
    for (const dir of [this.root, this.requestsDir, this.templatesDir]) {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await chmod(dir, 0o700);
    }
  }

  /** Runs `fn` holding the workspace lock, so two woo processes never interleave writes. */
  async withLock<T>(fn: () => Promise<T>): Promise<T> {
    if (this.held.getStore()) return fn();
    await this.ensure();
    const lock = await acquireLock(this.root);
    try {
      // After a crash: finish or roll back its batch, then remove its temp files.
      for (const message of recoveryText(await recoverCommit(this.root, [this.requestsDir], lock.tookOver))) this.notify(message);
      if (lock.tookOver) await removeLeftoverTempFiles(this.root);
      return await this.held.run(lock, fn);
    } finally {
      await lock.release();
    }
  }

  /** Throws when this process does not (or no longer) hold the lock: checked before every write. */
  private async checkLock(): Promise<void> {
    const lock = this.held.getStore();
    if (!lock) throw new Error('write outside the workspace lock');
    await lock.check();
  }

  /** Writes a workspace file atomically, only while this process still holds the lock. */
  async writeFile(file: string, data: unknown): Promise<void> {
    await refuseLinks(this.root, file);
    await writeJsonFile(file, data, { beforeCommit: () => this.checkLock() });
  }

  private async readProfileFile(): Promise<ProfileFile> {
    if (!existsSync(this.profileFile)) return { schemaVersion: CURRENT_SCHEMA_VERSION, profile: {} };
    return readJsonFile(this.profileFile, profileFileSchema);
  }

  /** The profile for letters and lists: a damaged one is reported and left out, so the command carries on. */
  async readProfile(): Promise<Profile> {
    try {
      return (await this.readProfileFile()).profile;
    } catch (e) {
      if (!(e instanceof DamagedFileError)) throw e;
      this.notify(`${e.message}. Uw profiel wordt nu niet gebruikt; herstel het of vul het opnieuw in met woo profile.`);
      return {};
    }
  }

  /** Read-modify-write of the profile under the lock, so two processes never lose each other's fields. */
  async updateProfile(change: (current: Profile) => Profile): Promise<Profile> {
    return this.withLock(async () => {
      // Fields a newer woo added to the file are written back as they were.
      const file = await this.readProfileFile();
      const profile = change(file.profile);
      await this.writeFile(this.profileFile, { ...file, schemaVersion: CURRENT_SCHEMA_VERSION, profile });
      return profile;
    });
  }

  async readDraft(): Promise<DraftFile | undefined> {
    if (!existsSync(this.draftFile)) return undefined;
    return readJsonFile(this.draftFile, draftFileSchema);
  }

  async writeDraft(draft: DraftFile): Promise<void> {
    await this.withLock(() => this.writeFile(this.draftFile, draftFileSchema.parse(draft)));
  }

  async removeDraft(): Promise<void> {
    await rm(this.draftFile, { force: true });
  }

  requestFile(id: string): string {
    const parsed = requestIdSchema.safeParse(id);
    if (!parsed.success) {
      throw new UsageError(`Ongeldig verzoek-id: "${id}".`, 'Een id bestaat uit kleine letters, cijfers en koppeltekens, zoals 2026-003-politie-cas (zie woo list).');
    }
    return join(this.requestsDir, `${id}.json`);
  }

  /** A batch a crash left halfway is finished before anyone reads the requests. */
  private async settle(): Promise<void> {
    if (existsSync(journalFile(this.root))) await this.withLock(async () => {});
  }

  async requestIds(): Promise<string[]> {
    this.checkRoot();
    await this.settle();
    try {
      return (await readdir(this.requestsDir)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
    } catch (e) {
      // No requests folder yet is an empty workspace; any other error (a file in its place) is not.
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
  }

  /** Every request (or those of `ids`), read and validated; a damaged file becomes a problem. */
  async listRequests(only?: string[]): Promise<RequestListing> {
    const requests: WooRequest[] = [];
    const problems: DamagedFileError[] = [];
    const ids = only ?? (await this.requestIds());
    // Read in parallel chunks: one file after another leaves the event loop idle between reads.
    for (let i = 0; i < ids.length; i += 64) {
      const chunk = ids.slice(i, i + 64);
      const results = await Promise.allSettled(chunk.map((id) => this.readRequestFile(join(this.requestsDir, `${id}.json`))));
      for (const result of results) {
        if (result.status === 'fulfilled') requests.push(result.value);
        else if (result.reason instanceof DamagedFileError) problems.push(result.reason);
        else throw result.reason;
      }
    }
    return { requests, problems };
  }

  private async readRequestFile(file: string): Promise<WooRequest> {
    const request = await readJsonFile(file, requestSchema);
    if (`${request.id}.json` !== file.split(/[\\/]/).pop()) {
      throw new DamagedFileError(file, `het id in het bestand (${request.id}) past niet bij de bestandsnaam`);
    }
    return request;
  }

  async readRequest(id: string): Promise<WooRequest> {
    const file = this.requestFile(id);
    await this.settle();
    if (!existsSync(file)) {
      // A shortened or mistyped id usually shares its start or a word with the real one.
      const ids = await this.requestIds();
      const close = ids.filter((known) => known.startsWith(id) || id.startsWith(known) || known.split('-').slice(2).some((w) => w.length > 2 && id.includes(w)));
      throw new CannotError(`Onbekend verzoek: "${id}".`, close.length ? `Bedoelde u ${close.slice(0, 3).join(' of ')}? (woo list toont alle verzoeken)` : 'Bekijk de verzoeken met woo list.');
    }
    return this.readRequestFile(file);
  }

  /**
   * Stores several new requests (a batch) under one lock, all or nothing: every request is validated
   * and every id checked before the first file is written, and the files are staged and committed
   * (commit.ts), so even a crash never leaves half a batch in the workspace. Given a function, the requests
   * are built inside the lock, so ids decided from the ids taken are still free when written.
   */
  async createRequests(requests: readonly WooRequest[] | (() => Promise<readonly WooRequest[]>)): Promise<WooRequest[]> {
    return this.withLock(async () => {
      const valid = (typeof requests === 'function' ? await requests() : requests).map((request) => requestSchema.parse(request));
      const files = valid.map((request) => this.requestFile(request.id));
      const twice = valid.find((_, i) => files.indexOf(files[i]) !== i);
      if (twice) throw new CannotError(`Het id "${twice.id}" komt twee keer voor.`, 'Elk verzoek heeft een eigen id nodig.');
      const taken = valid.find((_, i) => existsSync(files[i]));
      if (taken) throw new CannotError(`Er bestaat al een verzoek met id "${taken.id}".`, 'Kies een ander id met --id.');
      if (valid.length === 1) await this.writeFile(files[0], valid[0]);
      else await commitFiles(this.root, valid.map((request, i) => ({ file: files[i], content: jsonText(request) })), () => this.checkLock());
      return valid;
    });
  }

  /** Removes a request with the files kept with it. */
  async removeRequest(id: string): Promise<void> {
    await this.withLock(async () => {
      await this.readRequest(id);
      await rm(join(this.requestsDir, `${id}.files`), { recursive: true, force: true });
      await rm(this.requestFile(id));
    });
  }

  /**
   * Read-modify-write of several requests under one lock, all or nothing: every change is made and
   * validated before any file is written, and the files are committed together (woo log --batch).
   */
  async updateRequests(ids: readonly string[], change: (request: WooRequest) => WooRequest): Promise<WooRequest[]> {
    return this.withLock(async () => {
      const next: WooRequest[] = [];
      for (const id of ids) {
        const current = await this.readRequest(id);
        next.push(requestSchema.parse({ ...change(current), schemaVersion: REQUEST_SCHEMA_VERSION, id: current.id }));
      }
      await commitFiles(this.root, next.map((request) => ({ file: this.requestFile(request.id), content: jsonText(request) })), () => this.checkLock());
      return next;
    });
  }

  /** Read-modify-write under the lock; the change is validated before anything is written. */
  async updateRequest(id: string, change: (request: WooRequest) => WooRequest | Promise<WooRequest>): Promise<WooRequest> {
    return this.withLock(async () => {
      const current = await this.readRequest(id);
      const next = requestSchema.parse({ ...(await change(current)), schemaVersion: REQUEST_SCHEMA_VERSION, id: current.id });
      await this.writeFile(this.requestFile(id), next);
      return next;
    });
  }
}
