// Which ways a body takes a Woo request, most suitable first: e-mail (you keep an exact copy and
// the date), then its web form, then post (registered, or delivered by hand against a stamp).
import type { Channel } from '../schema/event.js';
import type { BodyRef } from '../schema/request.js';

export interface ChannelInfo {
  channel: Channel;
  /** The e-mail address, the form URL, or the postal address on one line. */
  to: string;
  /** What the user should know about it (the form needs DigiD, where the data comes from). */
  notes: string[];
}

/** What is known of a body's ways in: the request's snapshot, or the directory's channels. */
export interface ChannelSource {
  email?: string;
  webform?: string;
  /** The web form asks to log in first. */
  webformLogin?: 'digid' | 'eherkenning' | 'digid-of-eherkenning';
  postal?: { address: string; postcode?: string; city: string };
}

export const LOGIN_LABELS: Record<NonNullable<ChannelSource['webformLogin']>, string> = {
  digid: 'het formulier vraagt om inloggen met DigiD',
  eherkenning: 'het formulier vraagt om inloggen met eHerkenning',
  'digid-of-eherkenning': 'het formulier vraagt om inloggen met DigiD of eHerkenning',
};

export function postalLine(p: NonNullable<ChannelSource['postal']>): string {
  return [p.address, [p.postcode, p.city].filter(Boolean).join(' ')].join(', ');
}

export function bodyRefChannels(b: BodyRef): ChannelSource {
  return {
    ...(b.email ? { email: b.email } : {}),
    ...(b.webform ? { webform: b.webform } : {}),
    ...(b.address && b.city ? { postal: { address: b.address, postcode: b.postcode, city: b.city } } : {}),
  };
}

export function rankChannels(source: ChannelSource): ChannelInfo[] {
  const out: ChannelInfo[] = [];
  if (source.email) out.push({ channel: 'email', to: source.email, notes: [] });
  if (source.webform) out.push({ channel: 'webform', to: source.webform, notes: source.webformLogin ? [LOGIN_LABELS[source.webformLogin]] : [] });
  if (source.postal) out.push({ channel: 'post', to: postalLine(source.postal), notes: [] });
  return out;
}
