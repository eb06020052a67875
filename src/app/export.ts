// `woo export ID`: the whole dossier as one ZIP for counsel or a colleague: the request file, the
// letters as sent, the evidence of receipt, and a readable summary with the timeline and hashes.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DEFAULT_WIDTH } from '../render/screen.js';
import { buildZip, type ZipEntry } from '../render/zip.js';
import { readRequestFile, sha256 } from '../store/request-files.js';
import type { AppContext } from './context.js';
import { writeOutputFile } from '../store/output-file.js';
import { formatShow, runShow } from './show.js';

const CHECKSUMS = 'SHA256SUMS';

export interface ExportOptions {
  id: string;
  output?: string;
  force: boolean;
  cwd: string;
}

export interface ExportResult {
  file: string;
  entries: { name: string; sha256: string; size: number }[];
}

/** A file name safe inside the archive: no folders, no control characters. */
function safeName(name: string): string {
  return name.replace(/[\\/\x00-\x1f\x7f]/g, '_').replace(/^\.+/, '_') || 'bestand';
}

export async function runExport(options: ExportOptions, ctx: AppContext): Promise<ExportResult> {
  const shown = await runShow(options.id, ctx);
  const { request } = shown;
  const dir = request.id;
  const files: ZipEntry[] = [{ name: `${dir}/verzoek.json`, bytes: await readFile(ctx.workspace.requestFile(request.id)), date: ctx.today }];
  for (const d of request.dispatches.filter((d) => d.sent)) {
    for (const f of d.files.filter((f) => f.role !== 'md')) {
      files.push({ name: `${dir}/verzonden/${d.sent}-${safeName(f.name)}`, bytes: await readRequestFile(ctx.workspace, f), date: d.sent! });
    }
  }
  for (const a of request.attachments) {
    files.push({ name: `${dir}/bewijsstukken/${a.added}-${a.kind}-${safeName(a.name)}`, bytes: await readRequestFile(ctx.workspace, a), date: a.added });
  }
  // sha256sum's own format, so `sha256sum -c` in the dossier folder checks every file.
  const listing = files.map((f) => `${sha256(f.bytes)}  ${f.name.slice(dir.length + 1)}`);
  const summary = [
    `Dossier ${request.id}, gemaakt met woo op ${ctx.today}.`,
    '',
    formatShow(shown, DEFAULT_WIDTH),
    '',
    `Bestanden in dit dossier met hun SHA-256 (controle: sha256sum -c ${CHECKSUMS} in deze map):`,
    ...listing,
    '',
  ].join('\n');
  const entries: ZipEntry[] = [
    { name: `${dir}/samenvatting.txt`, bytes: Buffer.from(summary, 'utf8'), date: ctx.today },
    { name: `${dir}/${CHECKSUMS}`, bytes: Buffer.from(`${listing.join('\n')}\n`, 'utf8'), date: ctx.today },
    ...files,
  ];
  const file = resolve(options.cwd, options.output ?? `${request.id}-dossier.zip`);
  await writeOutputFile(file, buildZip(entries), { workspaceRoot: ctx.workspace.root, force: options.force, ...(ctx.ask ? { ask: ctx.ask } : {}) });
  return { file, entries: entries.map((e) => ({ name: e.name, sha256: sha256(e.bytes), size: e.bytes.byteLength })) };
}
