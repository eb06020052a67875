// Validation messages in plain Dutch, for options and for the fields of the user's files: zod's own
// Dutch locale says "Te klein: verwacht dat number >0 is", which no user should have to decode.
import type { z } from 'zod';

const TYPES: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een geheel getal',
  bigint: 'een geheel getal',
  boolean: 'ja of nee (true of false)',
  array: 'een lijst',
  object: 'een object ({ … })',
  date: 'een datum',
  nan: 'een getal',
};

const FORMATS: Record<string, string> = {
  email: 'geen geldig e-mailadres',
  url: 'geen geldige URL (zoals https://www.voorbeeld.nl/)',
  date: 'geen geldige datum (JJJJ-MM-DD)',
  datetime: 'geen geldig tijdstip',
  regex: 'heeft niet de juiste vorm',
};

function received(input: unknown): string {
  if (input === undefined) return 'niets';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'een lijst';
  return TYPES[typeof input] ?? typeof input;
}

function size(origin: string, n: number | bigint): string {
  if (origin === 'string') return `${n} ${n === 1 ? 'teken' : 'tekens'}`;
  if (origin === 'array' || origin === 'set' || origin === 'map') return `${n} ${n === 1 ? 'element' : 'elementen'}`;
  return String(n);
}

/** The Dutch message for one zod issue; undefined leaves it to the schema's own message. */
export function dutchZodMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'ontbreekt';
      // A flag such as --weeks x arrives here as NaN, 1.5 for an int is a number too: "not a number" would say nothing.
      if (typeof issue.input === 'number' && /^(number|int|bigint|nan)$/.test(issue.expected)) return `moet ${TYPES[issue.expected] ?? issue.expected} zijn`;
      return `moet ${TYPES[issue.expected] ?? issue.expected} zijn, niet ${received(issue.input)}`;
    case 'too_small': {
      const origin = String(issue.origin);
      const min = issue.minimum as number;
      if (origin === 'string' && min === 1) return 'mag niet leeg zijn';
      if (origin === 'string' || origin === 'array' || origin === 'set') return `moet minstens ${size(origin, min)} hebben`;
      return issue.inclusive ? `moet ${min} of meer zijn` : `moet groter dan ${min} zijn`;
    }
    case 'too_big': {
      const origin = String(issue.origin);
      const max = issue.maximum as number;
      if (origin === 'string' || origin === 'array' || origin === 'set') return `mag hoogstens ${size(origin, max)} hebben`;
      return issue.inclusive ? `mag hoogstens ${max} zijn` : `moet kleiner dan ${max} zijn`;
    }
    case 'invalid_format':
      return FORMATS[issue.format] ?? 'heeft niet de juiste vorm';
    case 'invalid_value':
      return issue.values.length === 1 ? `moet ${JSON.stringify(issue.values[0])} zijn` : `moet een van deze zijn: ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'not_multiple_of':
      return `moet een veelvoud van ${issue.divisor} zijn`;
    case 'unrecognized_keys':
      return `${issue.keys.length > 1 ? 'onbekende velden' : 'onbekend veld'}: ${issue.keys.join(', ')}`;
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return 'ongeldige waarde';
    default:
      return undefined;
  }
}
