// `woo assign ID NAME`: who in a newsroom handles a request (shown in show, filtered by list --mine).
import { UsageError } from '../core/errors.js';
import type { WooRequest } from '../core/schema/request.js';
import { cleanText } from '../core/text.js';
import type { AppContext } from './context.js';

export async function runAssign(o: { id: string; name?: string; none: boolean }, ctx: AppContext): Promise<WooRequest> {
  const name = o.name === undefined ? '' : cleanText(o.name);
  if (o.none === (name !== '')) {
    throw new UsageError(o.none ? 'Geef bij --none geen naam op.' : 'Geef de naam van de behandelaar op, of --none om de toewijzing weg te halen.', `Bijvoorbeeld: woo assign ${o.id} "An de Vries"`);
  }
  return ctx.workspace.updateRequest(o.id, (current) => ({ ...current, assignee: o.none ? undefined : name }));
}
