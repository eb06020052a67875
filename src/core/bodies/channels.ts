// Which ways a body takes a Woo request, most suitable first: e-mail (you keep an exact copy and
// the date), then its web form, then post (registered, or delivered by hand against a stamp).
import { daysBetween } from '../dates.js';
import type { Channel } from '../schema/event.js';
import type { BodyRef } from '../schema/request.js';

export type WebformLogin = 'digid' | 'eherkenning' | 'digid-of-eherkenning';

/** Where a channel's data comes from and when it was last checked ('YYYY-MM' or 'YYYY-MM-DD'). */
export interface Provenance {
  source: string;
  checked: string;
}

export interface ChannelInfo {
  channel: Channel;
  /** The e-mail address, the form URL, or the postal address on one line. */
  to: string;
  /** What the user should know about it (the form needs DigiD, the data is old). */
  notes: string[];
  provenance?: Provenance;
}

/** What is known of a body's ways in: the request's snapshot, or the directory's channels. */
export interface ChannelSource {
  email?: string;
  webform?: string;
  /** The web form asks to log in first. */
  webformLogin?: WebformLogin;
  postal?: { address: string; postcode?: string; city: string; attention?: string };
  provenance?: Partial<Record<'email' | 'webform' | 'postal', Provenance>>;
}

export const LOGIN_LABELS: Record<WebformLogin, string> = {
  digid: 'het formulier vraagt om inloggen met DigiD',
  eherkenning: 'het formulier vraagt om inloggen met eHerkenning',
  'digid-of-eherkenning': 'het formulier vraagt om inloggen met DigiD of eHerkenning',
};

export function postalLine(p: NonNullable<ChannelSource['postal']>): string {
  return [p.attention, p.address, [p.postcode, p.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

export function bodyRefChannels(b: BodyRef): ChannelSource {
  return {
    ...(b.email ? { email: b.email } : {}),
    ...(b.webform ? { webform: b.webform } : {}),
    ...(b.address && b.city ? { postal: { address: b.address, postcode: b.postcode, city: b.city } } : {}),
  };
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "april 2024" or "2 mei 2026". */
export function checkedLabel(checked: string): string {
  const [y, m, d] = checked.split('-').map(Number);
  return d ? `${d} ${MONTHS[m - 1]} ${y}` : `${MONTHS[m - 1]} ${y}`;
}

/** Data checked more than a year before today may be out of date. */
export function isStale(checked: string, today: string): boolean {
  const day = checked.length === 7 ? `${checked}-01` : checked;
  return daysBetween(day, today) > 365;
}

export function staleNote(p: Provenance): string {
  return `gegevens van ${checkedLabel(p.checked)}, ouder dan een jaar: controleer het adres bij het bestuursorgaan (een correctie zet u in bodies.json)`;
}

export function rankChannels(source: ChannelSource, today?: string): ChannelInfo[] {
  const out: ChannelInfo[] = [];
  const with_ = (channel: Channel, to: string, notes: string[], key: 'email' | 'webform' | 'postal') => {
    const provenance = source.provenance?.[key];
    const stale = provenance?.checked && today && isStale(provenance.checked, today) ? [staleNote(provenance)] : [];
    out.push({ channel, to, notes: [...notes, ...stale], ...(provenance ? { provenance } : {}) });
  };
  if (source.email) with_('email', source.email, [], 'email');
  if (source.webform) with_('webform', source.webform, source.webformLogin ? [LOGIN_LABELS[source.webformLogin]] : [], 'webform');
  if (source.postal) with_('post', postalLine(source.postal), [], 'postal');
  return out;
}
