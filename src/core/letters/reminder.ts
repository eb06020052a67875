// The request to confirm receipt (a reminder): short and polite, not a notice of default.
import type { IsoDate } from '../dates.js';
import type { Fill } from '../request/context.js';
import { CHANNEL_LABELS, type WooEvent } from '../schema/event.js';
import type { Profile } from '../schema/profile.js';
import type { WooRequest } from '../schema/request.js';
import type { LetterModel } from './model.js';
import { recipientParty, senderParty } from './parties.js';
import { onBehalfOf } from './representation.js';
import { z } from 'zod';

const text = z.string().min(1);

/** Wording from templates/letters/reminder.yaml. */
export const reminderTextSchema = z.strictObject({ subject: text, salutation: text, sent: text, ask: text, notReceived: text, closing: text });
export type ReminderText = z.infer<typeof reminderTextSchema>;

export function buildReminder(input: { request: WooRequest; requester: Profile; date: IsoDate; sent: WooEvent }, text: ReminderText, fill: Fill): LetterModel {
  const { request, sent } = input;
  const sender = senderParty(input.requester);
  return {
    kind: 'reminder',
    sender,
    recipient: recipientParty(request.body),
    place: input.requester.city ?? '',
    date: input.date,
    subject: text.subject,
    references: [...(request.reference ? [{ label: 'Uw kenmerk', value: request.reference }] : []), { label: 'Ons kenmerk', value: request.id }],
    salutation: text.salutation,
    body: [
      { kind: 'paragraph', text: fill(text.sent, { sent: sent.date, channel: sent.channel ? CHANNEL_LABELS[sent.channel] : null, title: request.title }) },
      { kind: 'paragraph', text: fill(text.ask, {}) },
      { kind: 'paragraph', text: fill(text.notReceived, {}) },
    ],
    closing: text.closing,
    // The request already enclosed the authorisation: only the signature says for whom.
    signature: onBehalfOf(request, [], sender.name).signature,
    meta: { title: `${text.subject}: ${request.title}`, author: sender.name, subject: request.title },
  };
}
