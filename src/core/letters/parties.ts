// Sender and addressee blocks shared by every letter kind.
import type { Profile } from '../schema/profile.js';
import type { BodyRef } from '../schema/request.js';
import type { Party } from './model.js';

export function senderParty(p: Profile): Party {
  const lines = [
    p.organisation,
    p.address,
    [p.postcode, p.city].filter(Boolean).join('  '),
    p.email,
    p.phone ? `tel. ${p.phone}` : undefined,
  ].filter((l): l is string => Boolean(l && l.trim()));
  return { name: p.name ?? '', lines };
}

export function recipientParty(b: BodyRef): Party {
  const lines = [b.address, [b.postcode, b.city].filter(Boolean).join('  ')].filter((l): l is string => Boolean(l && l.trim()));
  if (lines.length === 0 && b.email) lines.push(`per e-mail: ${b.email}`);
  return { name: b.name, lines };
}

/** How the body can reach the requester, for "bericht mij via …". */
export function contactLine(p: Profile): string | undefined {
  const parts = [p.email, p.phone ? `telefoonnummer ${p.phone}` : undefined].filter(Boolean);
  return parts.length ? parts.join(' of ') : undefined;
}

/** The requester's details with gaps filled from the current profile. */
export function withProfileDefaults(snapshot: Profile, current: Profile): Profile {
  return { ...current, ...Object.fromEntries(Object.entries(snapshot).filter(([, v]) => v !== undefined && v !== '')) };
}
