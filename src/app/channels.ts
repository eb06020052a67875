// A body's ways in for a Woo request: the directory's Woo channels (each with its source and date)
// first, then the address the request was drafted with, then the directory's general contact details.
import { bodyRefChannels, type ChannelSource, type Provenance } from '../core/bodies/channels.js';
import type { Body } from '../core/bodies/schema.js';
import type { WooRequest } from '../core/schema/request.js';
import type { AppContext } from './context.js';
import { loadDirectory, type Directory } from './directory.js';

export function directoryChannelSource(body: Body, directory: Directory): ChannelSource {
  const own = directory.override?.ids.has(body.id);
  const general: Provenance = own ? { source: `eigen correctie of aanvulling (${directory.override!.file})`, checked: '' } : { source: directory.source.name, checked: directory.source.date };
  const c = body.channels;
  const from = (p: { source: string; checked: string }): Provenance => ({ source: p.source, checked: p.checked });
  const email = c?.email ? { email: c.email.address, p: from(c.email) } : body.email ? { email: body.email, p: general } : undefined;
  const webform = c?.webform ? { url: c.webform.url, login: c.webform.login, p: from(c.webform) } : body.webform ? { url: body.webform, p: general } : undefined;
  const postal = c?.postal
    ? { postal: { address: c.postal.address, postcode: c.postal.postcode, city: c.postal.city, ...(c.postal.attention ? { attention: c.postal.attention } : {}) }, p: from(c.postal) }
    : body.postal
      ? { postal: body.postal, p: general }
      : undefined;
  return {
    ...(email ? { email: email.email } : {}),
    ...(webform ? { webform: webform.url, ...(webform.login ? { webformLogin: webform.login } : {}) } : {}),
    ...(postal ? { postal: postal.postal } : {}),
    provenance: { ...(email ? { email: email.p } : {}), ...(webform ? { webform: webform.p } : {}), ...(postal ? { postal: postal.p } : {}) },
  };
}

export async function channelSourceOf(request: WooRequest, ctx: AppContext): Promise<ChannelSource> {
  const own = bodyRefChannels(request.body);
  const directory = request.body.id ? await loadDirectory(ctx) : undefined;
  const body = directory?.bodies.find((b) => b.id === request.body.id);
  if (!body || !directory) return own;
  const listed = directoryChannelSource(body, directory);
  // The directory's Woo channel wins; otherwise the address the request was drafted with.
  const pick = <K extends 'email' | 'webform' | 'postal'>(key: K, woo: boolean) => (woo || own[key] === undefined ? listed[key] : own[key]);
  const c = body.channels;
  return {
    ...(pick('email', Boolean(c?.email)) ? { email: pick('email', Boolean(c?.email)) } : {}),
    ...(pick('webform', Boolean(c?.webform)) ? { webform: pick('webform', Boolean(c?.webform)) } : {}),
    ...(listed.webformLogin ? { webformLogin: listed.webformLogin } : {}),
    ...(pick('postal', Boolean(c?.postal)) ? { postal: pick('postal', Boolean(c?.postal)) } : {}),
    provenance: Object.fromEntries(Object.entries(listed.provenance ?? {}).filter(([key]) => pick(key as 'email', Boolean(c?.[key as 'email'])) === listed[key as 'email'])),
  };
}
