// iCalendar (RFC 5545) for deadlines: one all-day event per item, with reminders some days before.
// Written by hand (no library) so the output is byte-for-byte deterministic.
import { addDays, type IsoDate } from '../core/dates.js';

export interface IcsItem {
  /** Stable across runs, so calendar apps update the event instead of duplicating it. */
  uid: string;
  date: IsoDate;
  summary: string;
  description: string;
  /** RFC 5545 § 3.8.7.4: raised whenever the date changes, so calendar apps take the new version. */
  sequence: number;
  /** Days before the date to remind, each at 09:00; 0 is the day itself. */
  reminders: number[];
}

export interface IcsOptions {
  prodId?: string;
  /** DTSTAMP of every event; passed in so the same input always gives the same file. */
  now: IsoDate;
}

const DEFAULT_PROD_ID = '-//woo//woo-termijnen//NL';
const MAX_LINE_OCTETS = 75;

export function renderIcs(items: IcsItem[], opts: IcsOptions): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${escapeText(opts.prodId ?? DEFAULT_PROD_ID)}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  const stamp = `${basicDate(opts.now)}T000000Z`;
  for (const item of items) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(item.uid)}`,
      `DTSTAMP:${stamp}`,
      `SEQUENCE:${item.sequence}`,
      `DTSTART;VALUE=DATE:${basicDate(item.date)}`,
      // DTEND is exclusive: an all-day event on one day ends at the start of the next.
      `DTEND;VALUE=DATE:${basicDate(addDays(item.date, 1))}`,
      `SUMMARY:${escapeText(item.summary)}`,
      `DESCRIPTION:${escapeText(item.description)}`,
      'TRANSP:TRANSPARENT',
      ...item.reminders.flatMap((days) => ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(item.summary)}`, `TRIGGER:${trigger(days)}`, 'END:VALARM']),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

function basicDate(date: IsoDate): string {
  return date.replaceAll('-', '');
}

/**
 * An all-day event starts at midnight; the reminder comes at 09:00 `days` before (RFC 5545 § 3.8.6.3:
 * a duration before or after the start).
 */
function trigger(days: number): string {
  return days === 0 ? 'PT9H' : days === 1 ? '-PT15H' : `-P${days - 1}DT15H`;
}

/**
 * RFC 5545 § 3.3.11: backslash, semicolon, comma and every line break (CRLF, a bare CR or LF, NEL, U+2028) are escaped
 * in TEXT values. The grammar allows no other control character, and a bare CR could end the line and
 * start a property of its own, so those are removed, as are bidi overrides (their text hides what it says).
 */
function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}

/** RFC 5545 § 3.1: lines longer than 75 octets are folded with CRLF + space, never inside a UTF-8 character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
