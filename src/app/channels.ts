// A request's ways in: the body as the letter was addressed (the request's snapshot), with what the
// directory (and the workspace's bodies.json) knows besides.
import { bodyRefChannels, type ChannelSource } from '../core/bodies/channels.js';
import type { WooRequest } from '../core/schema/request.js';
import type { AppContext } from './context.js';
import { loadDirectory } from './directory.js';

export async function channelSourceOf(request: WooRequest, ctx: AppContext): Promise<ChannelSource> {
  const own = bodyRefChannels(request.body);
  const body = request.body.id ? (await loadDirectory(ctx)).bodies.find((b) => b.id === request.body.id) : undefined;
  if (!body) return own;
  return {
    ...(body.email ? { email: body.email } : {}),
    ...(body.webform ? { webform: body.webform } : {}),
    ...(body.postal ? { postal: body.postal } : {}),
    ...own,
  };
}
