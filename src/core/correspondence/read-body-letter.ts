// Reads a letter from the body between request and decision (and after it): what kind it is, on
// which sentence that rests, and the events it implies for the legal clock. It uses the decision
// reader's structure, sentences and dates (one reader, not two) and reads only the letter's own
// text: not its letterhead furniture, annexes or objection clause.
import type { IsoDate } from '../dates.js';
import { extractDecisionDates, findDates, letterDate } from '../decision/dates.js';
import { normaliseLetterText } from '../decision/normalise.js';
import { splitSentences } from '../decision/segment.js';
import { readLetterStructure } from '../decision/structure.js';
import type { EventType } from '../schema/event.js';

export const BODY_LETTER_KINDS = [
  'objection_decision',
  'partial_decision',
  'decision',
  'acknowledgement',
  'adjournment',
  'clarification',
  'third_party',
  'postponement',
  'forwarding',
  'hearing',
] as const;
export type BodyLetterKind = (typeof BODY_LETTER_KINDS)[number];

export const BODY_LETTER_LABELS: Record<BodyLetterKind, string> = {
  objection_decision: 'beslissing op bezwaar',
  partial_decision: 'deelbesluit',
  decision: 'besluit',
  acknowledgement: 'ontvangstbevestiging',
  adjournment: 'verdaging van de beslistermijn',
  clarification: 'verzoek om precisering',
  third_party: 'zienswijze van derden gevraagd',
  postponement: 'uitstel (opschorting) met instemming',
  forwarding: 'doorzending naar een ander bestuursorgaan',
  hearing: 'uitnodiging voor een hoorzitting',
};

export interface KindMatch {
  kind: BodyLetterKind;
  /** The sentence the kind rests on. */
  basis: string;
}

export interface ProposedBodyEvent {
  type: EventType;
  date: IsoDate;
  weeks?: number;
  until?: IsoDate;
  note?: string;
  basis: string;
}

export interface BodyLetterReading {
  kinds: KindMatch[];
  letterDate?: IsoDate;
  events: ProposedBodyEvent[];
  /** The body's case number (kenmerk, zaaknummer). */
  reference?: string;
  /** Who handles it at the body. */
  contact?: string;
  /** The body the request was forwarded to, as the letter names it. */
  forwardedTo?: string;
}

const KIND_PATTERNS: Record<BodyLetterKind, RegExp> = {
  objection_decision: /\bbeslissing\s+op\s+(?:uw|het)\s+(?:bezwaar|bezwaarschrift)\b|\b(?:uw\s+)?bezwaar(?:schrift)?\s+(?:\S+\s+){0,4}?(?:(?:kennelijk\s+)?(?:on)?gegrond|niet-ontvankelijk)\b|\bverklaar\s+(?:ik|wij)\s+(?:uw\s+)?bezwaar\b/i,
  partial_decision: /\b(?:eerste|tweede|derde|vierde|vijfde|\d+e)?\s*deelbesluit\b|\bbesluit\s+over\s+een\s+(?:eerste\s+)?deel\s+van\s+uw\s+verzoek\b/i,
  decision: /\b(?:ik|wij|we)\s+(?:heb|hebben)\s+besloten\b|\bbesluit\s+(?:ik|wij|we)\b|\b(?:hierbij|bij\s+deze)\s+(?:\S+\s+){0,3}?(?:mijn|ons)\s+besluit\b|\bneem\s+(?:ik|wij)\s+(?:het\s+volgende\s+)?besluit\b|\bbesluit\s+op\s+uw\s+(?:woo|wob)-?verzoek\b/i,
  acknowledgement: /ontvangstbevestiging|\bbevestig\w*\s+(?:\S+\s+){0,4}?(?:de\s+)?ontvangst\b|\bontvangst\s+(?:\S+\s+){0,6}?bevestig\w*|\b(?:wij|we|ik)\s+(?:heb|hebben)\s+(?:uw|je)\s+(?:woo-|wob-)?(?:verzoek|aanvraag|brief|e-?mail)\s+(?:\S+\s+){0,6}?ontvangen\b|\buw\s+(?:woo-|wob-)?verzoek\s+(?:\S+\s+){0,4}?is\s+(?:op\s+\S+\s+\S+\s+(?:\d{4}\s+)?)?(?:door\s+\S+\s+)?ontvangen\b/i,
  adjournment: /\bverdaag\w*|\bverdaging\b|\b(?:beslis)?termijn\s+(?:\S+\s+){0,8}?verleng\w*|\bverleng\w*\s+(?:\S+\s+){0,4}?(?:beslis)?termijn\b|\b(?:weken|tijd)\s+extra\b|\b(?:extra|meer)\s+tijd\s+nodig\b/i,
  clarification: /\bprecis\w*|\bverduidelijk\w*|\bspecific\w*|\bnader\s+(?:te\s+)?omschrijv\w*|\bte\s+(?:breed|algemeen|ruim)\s+(?:geformuleerd|omschreven)\b|\bartikel\s+4[.:]1,?\s+(?:vijfde|lid\s+5)|\bafbaken\w*|\binperk\w*/i,
  third_party: /\bzienswijze\w*\b(?=[^.]*\b(?:derde|derden|belanghebbende|belanghebbenden|betrokkene|betrokkenen|partij|partijen|organisatie|bedrijf|onderneming)\b)|\b(?:derde|derden|belanghebbende|belanghebbenden)\b(?=[^.]*\bzienswijze)|\bartikel\s+4[.:]4,?\s+(?:derde|lid\s+3)|\bartikel\s+4:8\b/i,
  postponement: /\b(?:uitstel|opschort\w*|opgeschort)\b(?=[^.]*\b(?:instemming|ingestemd|akkoord|afgesproken|overeengekomen|besproken|toestemming|afspraak)\b)|\b(?:instemming|akkoord|afspraak|afgesproken)\b(?=[^.]*\b(?:uitstel|opschort\w*|opgeschort|later\s+beslis\w*)\b)/i,
  forwarding: /\b(?:doorgezonden|doorgestuurd|doorgeleid|overgedragen|doorzend\w*|doorsturen)\b(?=[^.]*\b(?:naar|aan)\b)|\bartikel\s+4[.:]2\s+(?:van\s+de\s+)?(?:woo|wet\s+open\s+overheid)\b|\bartikel\s+2:3\s+(?:van\s+de\s+)?(?:awb|algemene\s+wet\s+bestuursrecht)\b/i,
  hearing: /\bhoorzitting\b|\b(?:uit(?:te)?nodig\w*|gelegenheid)\b[^.]*\b(?:gehoord|te\s+horen|horen)\b/i,
};

/** Sentences that name a kind without being one: the objection clause, a promise, a question. */
const NOT_THIS_LETTER = /\b(?:kunt\s+u|kan\s+u|kun\s+je)\s+(?:\S+\s+){0,6}?bezwaar\b|\bbinnen\s+zes\s+weken\b|\bals\s+u\s+(?:het\s+)?niet\s+eens\b|\bu\s+ontvangt\s+(?:\S+\s+){0,4}?besluit\b|\b(?:zal|zullen|wordt|worden)\s+(?:\S+\s+){0,6}?(?:besluit|beslissen|beslist)\b[^.]*\b(?:uiterlijk|binnen|voor)\b/i;

const NUMBER_WORDS: Record<string, number> = { een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8 };
const WEEKS = /\b(?:met|voor|van|nog)\s+(?:ten\s+hoogste\s+|maximaal\s+|hooguit\s+)?(\d{1,2}|een|één|twee|drie|vier|vijf|zes|zeven|acht)\s+weken\b|\b(\d{1,2}|twee|vier|zes)\s+weken\s+(?:extra|langer|verdaag\w*|verleng\w*)/i;

function weeksIn(sentence: string): number | undefined {
  const m = WEEKS.exec(sentence);
  if (!m) return undefined;
  const word = (m[1] ?? m[2]).toLowerCase();
  return /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word];
}

/** "tot en met 15 januari 2027", "uiterlijk 15 januari": the end of a postponement. */
function untilIn(sentence: string, year?: number): IsoDate | undefined {
  const at = /\b(?:tot(?:\s+en\s+met)?|uiterlijk(?:\s+op)?|voor|vóór)\s+(?:\p{L}+dag\s+)?(?=\d)/iu.exec(sentence);
  if (!at) return undefined;
  return findDates(sentence.slice(at.index + at[0].length), year)[0]?.date;
}

const REFERENCE = /^\s*(?:ons\s+kenmerk|kenmerk|zaaknummer|referentie|ons\s+nummer|dossiernummer)\s*[:.]?\s+(\S[^\n]{1,60})$/im;
const CONTACT = /^\s*(?:contactpersoon|behandeld\s+door|behandelaar|inlichtingen(?:\s+bij)?)\s*[:.]?\s+(\S[^\n]{1,60})$/im;
/** "… doorgezonden aan de gemeente Utrecht", "naar het Ministerie van Financiën". */
const FORWARDED_TO = /\b(?:doorgezonden|doorgestuurd|doorgeleid|overgedragen)\s+(?:\S+\s+){0,6}?(?:naar|aan)\s+(?:(?:de|het)\s+)?((?:\p{Lu}[\p{L}'’-]*|ministerie|gemeente|provincie|college|minister|staatssecretaris|waterschap|politie)(?:\s+(?:\p{Lu}[\p{L}'’-]*|van|voor|en|der|de|het))*)/u;

/** "Bij brief van 6 november 2020 is … verdaagd", "Op 7 mei 2021 heb ik …": a step told with its own date. */
const RECOUNTED = /^\s*(?:(?:bij|in|met)\s+(?:(?:mijn|onze|de)\s+)?(?:brief|e-?mail|mail|bericht)\s+van|op)\s+(?=\d)/i;

function recountedDate(sentence: string, year: number | undefined, letter: IsoDate): IsoDate {
  if (!RECOUNTED.test(sentence)) return letter;
  const first = findDates(sentence, year)[0]?.date;
  return first && first <= letter ? first : letter;
}

export function readBodyLetter(raw: string): BodyLetterReading {
  const text = normaliseLetterText(raw);
  const parts = readLetterStructure(text);
  const own = parts.filter((p) => !['annex_statute', 'annex_inventory', 'annex_other', 'objection_clause', 'letterhead'].includes(p.kind));
  const body = own.length ? own.map((p) => p.text).join('\n\n') : text;
  const sentences = body
    .split(/\n\s*\n/)
    .flatMap((para) => splitSentences(para.replace(/\s*\n\s*/g, ' ')))
    .map((s) => s.trim())
    .filter(Boolean);
  const date = letterDate(text.split('\n'));
  const year = date ? Number(date.slice(0, 4)) : undefined;

  const kinds: KindMatch[] = [];
  for (const kind of BODY_LETTER_KINDS) {
    const basis = sentences.find((s) => KIND_PATTERNS[kind].test(s) && !NOT_THIS_LETTER.test(s));
    if (basis) kinds.push({ kind, basis });
  }
  // A decision recounts the acknowledgement and the adjournment: it is the decision, not those.
  const decisionKind = kinds.find((k) => k.kind === 'objection_decision' || k.kind === 'partial_decision' || k.kind === 'decision');
  const found = decisionKind ? [decisionKind] : kinds;
  const reading: BodyLetterReading = { kinds: found, events: [], ...(date ? { letterDate: date } : {}) };
  const reference = REFERENCE.exec(text)?.[1]?.trim();
  if (reference) reading.reference = reference;
  const contact = CONTACT.exec(text)?.[1]?.trim();
  if (contact) reading.contact = contact;
  if (!date || decisionKind) return reading;

  // Any letter may say when the request arrived; that fixes the start of the clock.
  const dates = extractDecisionDates(text, sentences);
  if (found.length && dates.received && dates.received <= date) {
    const basis = sentences.find((s) => findDates(s, year).some((m) => m.date === dates.received)) ?? found[0].basis;
    reading.events.push({ type: 'received', date: dates.received, basis });
  }
  for (const { kind, basis } of found) {
    const on = recountedDate(basis, year, date);
    if (kind === 'acknowledgement') {
      // The letter itself is the acknowledgement, unless it tells of an earlier one ("… heb ik de ontvangst bevestigd").
      reading.events.push({ type: 'acknowledged', date: /\bbevestigd\b/i.test(basis) ? on : date, basis });
    } else if (kind === 'adjournment') {
      const weeks = weeksIn(basis) ?? sentences.map(weeksIn).find((w) => w !== undefined);
      reading.events.push({ type: 'adjourned', date: on, ...(weeks ? { weeks } : {}), basis });
    } else if (kind === 'clarification') {
      reading.events.push({ type: 'clarification-requested', date: on, basis });
    } else if (kind === 'third_party') {
      reading.events.push({ type: 'third-party-consulted', date: on, basis });
    } else if (kind === 'postponement') {
      const until = untilIn(basis, year) ?? sentences.map((s) => untilIn(s, year)).find(Boolean);
      if (until) reading.events.push({ type: 'postponed', date: on, until, basis });
    } else if (kind === 'forwarding') {
      const m = FORWARDED_TO.exec(basis) ?? sentences.map((s) => FORWARDED_TO.exec(s)).find(Boolean);
      const to = m ? m[1].replace(/(?:\s+(?:van|voor|en|der|de|het))+$/i, '').trim() : undefined;
      if (to) reading.forwardedTo = to;
      reading.events.push({ type: 'forwarded', date: on, ...(to ? { note: `doorgezonden aan ${to}` } : {}), basis });
    }
  }
  return reading;
}
