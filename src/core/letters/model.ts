// One letter model per letter kind; Markdown, text, PDF and Word are renderings of it (src/render/).
import type { IsoDate } from '../dates.js';

export const LETTER_KINDS = ['request', 'notice-of-default', 'objection', 'objection-pro-forma', 'reminder', 'appeal-for-lateness'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export const LETTER_LABELS: Record<LetterKind, string> = {
  request: 'verzoek',
  'notice-of-default': 'ingebrekestelling',
  objection: 'bezwaarschrift',
  'objection-pro-forma': 'bezwaarschrift (pro forma)',
  reminder: 'verzoek om ontvangstbevestiging',
  'appeal-for-lateness': 'beroepschrift wegens niet tijdig beslissen',
};

/** The renderings of a letter model (src/render/letter.ts). */
export const LETTER_FORMATS = ['md', 'txt', 'pdf', 'docx'] as const;
export type LetterFormat = (typeof LETTER_FORMATS)[number];

export type LetterBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  /** A numbered list; `start` is the first number (points keep their own numbers). */
  | { kind: 'numbered'; items: { number: number; text: string }[] }
  | { kind: 'bullets'; items: string[] };

export interface Party {
  name: string;
  /** Address lines under the name (street, postcode + city, e-mail …). */
  lines: string[];
}

export interface LetterModel {
  kind: LetterKind;
  sender: Party;
  recipient: Party;
  place: string;
  date: IsoDate;
  subject: string;
  /** Reference lines shown above the salutation ("Uw kenmerk: …", "Ons kenmerk: …"). */
  references: { label: string; value: string }[];
  salutation: string;
  body: LetterBlock[];
  closing: string;
  signature: string;
  /** PDF document metadata. */
  meta: { title: string; author: string; subject: string };
}
