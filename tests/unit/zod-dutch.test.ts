// zod's issues in plain Dutch: no "Te klein: verwacht dat number >0 is".
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dutchZodMessage } from '../../src/core/zod-dutch.js';

const message = (schema: z.ZodType, value: unknown) => schema.safeParse(value, { error: (i) => dutchZodMessage(i) }).error?.issues[0].message;

describe('dutchZodMessage', () => {
  it.each([
    [z.coerce.number().int().positive(), '0', 'moet groter dan 0 zijn'],
    [z.coerce.number().int().nonnegative(), '-1', 'moet 0 of meer zijn'],
    [z.coerce.number().max(52), '60', 'mag hoogstens 52 zijn'],
    [z.coerce.number(), 'twee', 'moet een getal zijn'],
    [z.number().int(), 1.5, 'moet een geheel getal zijn'],
    [z.string(), 5, 'moet tekst zijn, niet een getal'],
    [z.string(), undefined, 'ontbreekt'],
    [z.string().min(1), '', 'mag niet leeg zijn'],
    [z.string().max(3), 'abcd', 'mag hoogstens 3 tekens hebben'],
    [z.array(z.string()).min(2), ['a'], 'moet minstens 2 elementen hebben'],
    [z.email(), 'geen-adres', 'geen geldig e-mailadres'],
    [z.enum(['md', 'pdf']), 'doc', 'moet een van deze zijn: md, pdf'],
    [z.object({}).strict(), { extra: 1 }, 'onbekend veld: extra'],
  ])('case %#', (schema, value, expected) => {
    expect(message(schema as z.ZodType, value)).toBe(expected);
  });
});
