// The parts every follow-up letter shares: parties, place and date, references, signature.
import type { IsoDate } from '../dates.js';
import type { Profile } from '../schema/profile.js';
import type { WooRequest } from '../schema/request.js';
import type { LetterBlock, LetterKind, LetterModel } from './model.js';
import { recipientParty, senderParty } from './parties.js';
import { onBehalfOf } from './representation.js';

export interface FrameInput {
  kind: LetterKind;
  request: WooRequest;
  requester: Profile;
  date: IsoDate;
  subject: string;
  salutation: string;
  body: LetterBlock[];
  closing: string;
}

export function frameLetter(f: FrameInput): LetterModel {
  const sender = senderParty(f.requester);
  const signed = onBehalfOf(f.request, f.body, sender.name);
  return {
    kind: f.kind,
    sender,
    recipient: recipientParty(f.request.body),
    place: f.requester.city ?? '',
    date: f.date,
    subject: f.subject,
    references: [
      ...(f.request.reference ? [{ label: 'Uw kenmerk', value: f.request.reference }] : []),
      { label: 'Ons kenmerk', value: f.request.id },
    ],
    salutation: f.salutation,
    body: signed.body,
    closing: f.closing,
    signature: signed.signature,
    meta: { title: `${f.subject}`, author: sender.name, subject: f.request.title },
  };
}

export function lawName(regime: 'woo' | 'wob'): string {
  return regime === 'woo' ? 'Wet open overheid (Woo)' : 'Wet openbaarheid van bestuur (Wob)';
}

/** How the letters name the request: a request made before 1 May 2022 is a Wob request. */
export function requestWord(regime: 'woo' | 'wob'): string {
  return regime === 'woo' ? 'Woo-verzoek' : 'Wob-verzoek';
}
