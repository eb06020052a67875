// `woo rm ID` and `woo archive ID` / `woo unarchive ID`: remove a request for good, or put it aside.
import { UsageError } from '../core/errors.js';
import type { WooRequest } from '../core/schema/request.js';
import type { AppContext } from './context.js';

function cancelled(): Error {
  const e = new Error('Niet verwijderd.');
  e.name = 'AbortPromptError';
  return e;
}

export async function runRemove(options: { id: string; yes: boolean }, ctx: AppContext): Promise<WooRequest> {
  const request = await ctx.workspace.readRequest(options.id);
  if (!options.yes) {
    if (!ctx.ask) throw new UsageError(`Verwijderen kan niet ongedaan worden gemaakt; bevestig met --yes: woo rm ${request.id} --yes.`, `Wilt u het alleen uit het overzicht halen? Gebruik dan woo archive ${request.id}.`);
    const history = request.events.length ? `, met ${request.events.length} ${request.events.length === 1 ? 'gebeurtenis' : 'gebeurtenissen'} in de tijdlijn` : '';
    const sure = await ctx.ask.confirm({ message: `${request.id} (${request.title} — ${request.body.name}${history}) definitief verwijderen?`, default: false });
    if (!sure) throw cancelled();
  }
  await ctx.workspace.removeRequest(request.id);
  return request;
}

export async function runArchive(options: { id: string; archive: boolean }, ctx: AppContext): Promise<WooRequest> {
  return ctx.workspace.updateRequest(options.id, (r) => {
    const { archived: _, ...rest } = r;
    return options.archive ? { ...rest, archived: r.archived ?? ctx.today } : rest;
  });
}
