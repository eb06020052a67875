// `woo new TEMPLATE --bodies …`: the same request to many bodies at once. One request per body,
// each with its own id, addressee and (later) deadlines, linked by one batch id.
import { nextRequestId, slugWords } from '../core/request/id.js';
import type { WooRequest } from '../core/schema/request.js';
import { selectBodies, type BodySelection } from './batch-bodies.js';
import { bodyRef } from './body-lookup.js';
import type { AppContext } from './context.js';
import { loadDirectory } from './directory.js';
import { formatSteps, wrapParagraph } from '../render/screen.js';
import { draftRequest, settleDraft, type Draft, type NewOptions } from './new.js';

export interface BatchOptions extends Omit<NewOptions, 'id'> {
  bodies: BodySelection;
}

export interface BatchResult {
  batch: string;
  requests: WooRequest[];
  warnings: string[];
}

/** "2026-b01-cas": year, the batch's number in that year, topic. Short enough to type with woo list --batch. */
export function nextBatchId(today: string, existing: readonly (string | undefined)[], topic: string): string {
  const year = today.slice(0, 4);
  const pattern = new RegExp(`^${year}-b(\\d+)(?:-|$)`);
  const used = existing.map((b) => (b ? pattern.exec(b) : null)).filter((m) => m !== null).map((m) => Number(m[1]));
  const seq = String(Math.max(0, ...used) + 1).padStart(2, '0');
  return [year, `b${seq}`, slugWords(topic, 2, true, 20)].filter(Boolean).join('-');
}

export async function runBatch(options: BatchOptions, ctx: AppContext): Promise<BatchResult> {
  const directory = await loadDirectory(ctx);
  const warnings: string[] = [];
  // The list is checked before any question, so a typo in an id costs no answers.
  const bodies = await selectBodies(options.bodies, directory, warnings);
  // Batch id and request ids follow from the ids taken; they are decided again under the lock.
  const build = async (draft: Draft) => {
    const taken = await ctx.workspace.requestIds();
    const batch = nextBatchId(ctx.today, (await ctx.workspace.listRequests()).requests.map((r) => r.batch), draft.topic);
    const requests = bodies.map((body, i) => {
      ctx.progress?.('Verzoeken opstellen', i, bodies.length);
      const ref = bodyRef(body);
      const id = nextRequestId(ctx.today, taken, ref.name, draft.topic);
      taken.push(id);
      return { ...draftRequest(draft, id, ref, ctx), batch };
    });
    ctx.progress?.('', bodies.length, bodies.length);
    return { batch, requests };
  };
  const { draft } = await settleDraft(options, ctx, directory, true, async (draft) => {
    const { requests } = await build(draft);
    return { preview: requests[0], question: `Deze ${requests.length} verzoeken opslaan (hierboven de brief aan ${requests[0].body.name}; de andere verschillen alleen in de geadresseerde)?` };
  });
  let batch = '';
  const requests = await ctx.workspace.createRequests(async () => {
    const decided = await build(draft);
    batch = decided.batch;
    return decided.requests;
  });
  if (options.resume) await ctx.workspace.removeDraft();
  return { batch, requests, warnings: [...warnings, ...draft.warnings] };
}

/** The --json output: the batch id and, per request, its id and addressee. */
export function batchJson(result: BatchResult): { batch: string; requests: { id: string; body: WooRequest['body'] }[] } {
  return { batch: result.batch, requests: result.requests.map((r) => ({ id: r.id, body: r.body })) };
}

const SHOWN = 5;

export function formatBatch(result: BatchResult, width: number): string {
  const { batch, requests } = result;
  const shown = requests.slice(0, SHOWN);
  const idWidth = Math.max(...shown.map((r) => r.id.length));
  const lines = shown.map((r) => `  ${r.id.padEnd(idWidth)}  ${r.body.name}`);
  if (requests.length > SHOWN) lines.push(`  … en nog ${requests.length - SHOWN}`);
  const steps: [string, string][] = [
    [`woo list --batch ${batch}`, 'alle verzoeken van deze reeks'],
    [`woo letter ${requests[0].id} --format pdf`, 'de brief van één verzoek maken'],
  ];
  return (
    `${wrapParagraph(`Reeks ${batch} opgeslagen: ${requests.length} ${requests.length === 1 ? 'verzoek' : 'verzoeken'} (${requests[0].title}).`, width, '  ')}\n` +
    `${lines.join('\n')}\n\n` +
    `Volgende stappen:\n${formatSteps(steps, width)}\n`
  );
}
