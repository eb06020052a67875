// Dates in decision letters: "10 mei 2021", "10-05-2021", "10 mei jl." (the year comes from the
// letter), and which of them is the receipt, the acknowledgement, the adjournment and the
// decision itself.
import { isPlausibleDate, makeDate, type IsoDate } from '../dates.js';
import type { DecisionDates } from './types.js';

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, febr: 2, maart: 3, mrt: 3, mar: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, augustus: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const MONTH_NAME = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const DATE = new RegExp(
  String.raw`\b(\d{1,2})\s+(${MONTH_NAME})\.?(?:\s+(\d{4})|\s+(jl\.?|j\.l\.|jongstleden))?(?![\p{L}])` +
    String.raw`|\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b`,
  'giu',
);

export interface DateMention {
  date: IsoDate;
  index: number;
  length: number;
}

/**
 * All dates in a text. A date without a year takes `contextYear`; "jl." (jongstleden: last) also
 * moves it a year back when it would otherwise lie after `reference`, the letter's own date.
 */
export function findDates(text: string, contextYear?: number, reference?: IsoDate): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(DATE)) {
    let date: IsoDate | null = null;
    if (m[2]) {
      const year = m[3] ? Number(m[3]) : contextYear;
      if (year === undefined) continue;
      date = valid(year, MONTHS[m[2].toLowerCase()], Number(m[1]));
      if (date && !m[3] && m[4] && reference && date > reference) date = valid(year - 1, MONTHS[m[2].toLowerCase()], Number(m[1]));
    } else if (m[7]) {
      date = valid(Number(m[7]), Number(m[6]), Number(m[5]));
    } else {
      date = valid(Number(m[8]), Number(m[9]), Number(m[10]));
    }
    if (date) found.push({ date, index: m.index ?? 0, length: m[0].length });
  }
  return found;
}

function valid(year: number, month: number, day: number): IsoDate | null {
  const date = makeDate(year, month, day);
  // A year outside 1980–2100 is no date of this request's history (a law of 1978, a typo).
  return isPlausibleDate(date) && Number(date.slice(5, 7)) === month ? date : null;
}

/**
 * The letter's own date: "Datum 5 juli 2021", "Den Haag, 5 juli 2021", a date alone on a header
 * line, or, for a decision sent as an e-mail, its "Verzonden: vrijdag 6 december 2024 14:12" header.
 */
export function letterDate(lines: string[]): IsoDate | undefined {
  const header = lines.slice(0, 40);
  const labelled = header.findIndex((l) => /^\s*(?:datum\b(?!\s+(?:van|verzoek|ontvangst|document))|(?:verzonden|sent)\s*:)/i.test(l));
  if (labelled >= 0) {
    const onLine = findDates(header[labelled])[0] ?? findDates(header[labelled + 1] ?? '')[0];
    if (onLine) return onLine.date;
  }
  for (const line of header) {
    // "'s-Hertogenbosch, 3 april 2024" starts with the old genitive, not a capital.
    const placeAndDate = /^\s*(?:'s[- ])?\p{Lu}[\p{L}' -]{1,40},\s+(.+)$/u.exec(line);
    const alone = /^\s*(?:\p{L}+dag\s+)?\d{1,2}[\s\-/.]+\S+[\s\-/.]+\d{4}\s*$/u.test(line);
    const candidate = placeAndDate ? placeAndDate[1] : alone ? line : '';
    const mention = findDates(candidate)[0];
    if (mention && candidate.trim().length - mention.length < 4) return mention.date;
  }
  return undefined;
}

type DatedEvent = 'received' | 'acknowledged' | 'adjourned';

const KEYWORDS: Record<DatedEvent, RegExp> = {
  acknowledged:
    // "… laten weten dat we je verzoek goed hebben ontvangen": the plain-language acknowledgement.
    /ontvangstbevestiging|ontvangst\s+(?:\S+\s+){0,10}?bevestigd|bevestig\w*\s+(?:\S+\s+){0,4}?(?:de\s+)?ontvangst|\bontvangen\s+en\s+(?:\S+\s+){0,6}?bevestigd|\b(?:laten|liet|lieten)\s+weten\s+dat\s+(?:\S+\s+){0,6}?(?:ontvangen|aangekomen|binnengekomen)\b|\bbevestigd\s+dat\s+(?:\S+\s+){0,6}?ontvangen\b/i,
  // "dat we twee weken extra nodig hadden", "dat wij meer tijd nodig hadden": the plain-language adjournment.
  adjourned: /\b(?:weken|tijd)\s+extra\b|\b(?:extra|meer)\s+tijd\b|\bverdaag\w*|\bverdag(?:en|ing)\b|\bverdaging\b|\b(?:beslis)?termijn\s+(?:\S+\s+){0,8}?verleng\w*|\bverleng\w*\s+(?:\S+\s+){0,4}?(?:beslis)?termijn\b/i,
  received: /\bontv(?:angen|ing|ingen)\b|\bbinnengekomen\b|\bingekomen\b|\bin\s+ontvangst\s+genomen\b|\b(?:kreeg|kregen|kwam|kwamen)\s+(?:\S+\s+){0,10}?binnen\b/i,
};

/** "tot 5 juli" is the end of a term, never the day something happened. */
const UNTIL_BEFORE = /\b(?:tot(?:\s+en\s+met)?|uiterlijk|voor|vóór)\s*$/i;
/** "uw verzoek van 7 mei" names a document's date; "op 10 mei" or "bij brief van 18 mei" names an event's. */
const DOCUMENT_DATE_BEFORE = /\bvan\s*$/i;
const EVENT_LETTER_BEFORE = /\b(?:brief|e-?mail|mail|bericht|schrijven)\s+van\s*$/i;

function dateForEvent(sentence: string, event: DatedEvent, contextYear?: number, reference?: IsoDate): IsoDate | undefined {
  const keyword = KEYWORDS[event].exec(sentence);
  if (!keyword) return undefined;
  if (event === 'received' && KEYWORDS.acknowledged.test(sentence) && !/\bop\s+\d/.test(sentence)) return undefined;
  let best: { date: IsoDate; score: number } | undefined;
  for (const mention of findDates(sentence, contextYear, reference)) {
    const before = sentence.slice(0, mention.index);
    if (UNTIL_BEFORE.test(before)) continue;
    const isEventLetter = EVENT_LETTER_BEFORE.test(before);
    const penalty = event !== 'received' && isEventLetter ? 0 : DOCUMENT_DATE_BEFORE.test(before) ? 1000 : 0;
    // "… op 31 augustus ontvangen en de ontvangst op 5 september bevestigd": a date inside the
    // phrase belongs to it more than one just before it.
    const inside = mention.index > keyword.index && mention.index < keyword.index + keyword[0].length;
    const score = penalty + (inside ? 0 : Math.abs(mention.index - keyword.index));
    if (!best || score < best.score) best = { date: mention.date, score };
  }
  return best?.date;
}

/** "Uw verzoek is op die dag ontvangen": the day is the last date named before it. */
const SAME_DAY = /\b(?:die|dezelfde|diezelfde|datzelfde)\s+dag\b/i;

function sameDayDate(sentence: string, previous: string | undefined, contextYear?: number, reference?: IsoDate): IsoDate | undefined {
  const keyword = KEYWORDS.received.exec(sentence);
  const same = SAME_DAY.exec(sentence);
  if (!keyword || !same || Math.abs(same.index - keyword.index) > 60) return undefined;
  const before = findDates(sentence.slice(0, same.index), contextYear, reference);
  const earlier = before.length > 0 ? before : findDates(previous ?? '', contextYear, reference);
  return earlier[earlier.length - 1]?.date;
}

/** "Bij diezelfde brief is … verdaagd": the date of the letter named in the sentence before. */
const SAME_LETTER = /\b(?:bij|in|met)\s+(?:die|dezelfde|diezelfde|datzelfde|hetzelfde|deze)\s+(?:brief|e-?mail|bericht|schrijven)\b/i;

function sameLetterDate(sentence: string, event: DatedEvent, previous: string | undefined, contextYear?: number, reference?: IsoDate): IsoDate | undefined {
  if (!KEYWORDS[event].test(sentence) || !SAME_LETTER.test(sentence) || findDates(sentence, contextYear, reference).length > 0) return undefined;
  const earlier = findDates(previous ?? '', contextYear, reference);
  return earlier[earlier.length - 1]?.date;
}

export function extractDecisionDates(text: string, sentences: string[]): DecisionDates {
  const decided = letterDate(text.split('\n'));
  const years = findDates(text).map((m) => Number(m.date.slice(0, 4)));
  const contextYear = decided ? Number(decided.slice(0, 4)) : years.length > 0 ? Math.max(...years) : undefined;
  const dates: DecisionDates = {};
  for (const event of ['received', 'acknowledged', 'adjourned'] as const) {
    for (const [i, sentence] of sentences.entries()) {
      if (event === 'received' && !/verzoek|brief|e-?mail|aanvraag/i.test(sentence)) continue;
      const sameDay = event === 'received' ? sameDayDate(sentence, sentences[i - 1], contextYear, decided) : undefined;
      const date = sameDay ?? dateForEvent(sentence, event, contextYear, decided) ?? (event === 'received' ? undefined : sameLetterDate(sentence, event, sentences[i - 1], contextYear, decided));
      if (date) {
        dates[event] = date;
        break;
      }
    }
  }
  if (decided) dates.decided = decided;
  return dates;
}
