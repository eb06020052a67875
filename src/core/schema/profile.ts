import { z } from 'zod';
import { cleanText } from '../text.js';

export const PROFILE_FIELDS = ['name', 'address', 'postcode', 'city', 'email', 'phone', 'organisation'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export const PROFILE_LABELS: Record<ProfileField, string> = {
  name: 'Naam',
  address: 'Adres (straat en huisnummer)',
  postcode: 'Postcode',
  city: 'Woonplaats',
  email: 'E-mailadres',
  phone: 'Telefoonnummer',
  organisation: 'Organisatie',
};

// Control characters are dropped: the profile is printed on screen and in every letter.
const text = (min = 0) => z.string().transform(cleanText).pipe(z.string().min(min).max(200));

/** The requester's details; everything optional until a letter needs it. */
export const profileSchema = z.looseObject({
  name: text(1).optional(),
  address: text().optional(),
  postcode: z
    .string()
    .trim()
    .transform((v) => v.toUpperCase().replace(/^(\d{4})\s*([A-Z]{2})$/, '$1 $2'))
    .pipe(z.string().regex(/^\d{4} [A-Z]{2}$/, { error: 'postcode moet de vorm 1234 AB hebben' }))
    .optional(),
  city: text().optional(),
  email: z.email({ error: 'ongeldig e-mailadres' }).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^[+0-9 ()-]{6,20}$/, { error: 'ongeldig telefoonnummer' })
    .optional(),
  organisation: text().optional(),
});
export type Profile = z.infer<typeof profileSchema>;

export const profileFileSchema = z.looseObject({
  schemaVersion: z.literal(1),
  profile: profileSchema,
});
export type ProfileFile = z.infer<typeof profileFileSchema>;
