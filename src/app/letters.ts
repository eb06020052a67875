// Builds the letter model of any kind for a stored request (one model, three renderings).
import { buildRequestLetter } from '../core/letters/request-letter.js';
import type { LetterModel } from '../core/letters/model.js';
import { withProfileDefaults } from '../core/letters/parties.js';
import type { WooRequest } from '../core/schema/request.js';
import { fill } from '../render/handlebars.js';
import type { AppContext } from './context.js';
import { loadRequestLetterText } from './templates.js';

/** The request letter is dated the day it was sent, or today while it is a draft. */
export async function requestLetterModel(request: WooRequest, ctx: AppContext): Promise<LetterModel> {
  const requester = withProfileDefaults(request.requester, await ctx.workspace.readProfile());
  const sent = request.events.find((e) => e.type === 'sent');
  return buildRequestLetter(request, await loadRequestLetterText(), fill, { date: sent?.date ?? ctx.today, requester });
}
