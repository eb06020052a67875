// The directory of public bodies (bestuursorganen): the shipped data/bodies.json and the user's
// own corrections in the workspace's bodies.json share these schemas.
import { z } from 'zod';
import { isoDateSchema } from '../schema/common.js';
import { hasControlCharacters } from '../text.js';
import { BODY_KINDS } from './kinds.js';

export { BODY_KINDS, type BodyKind } from './kinds.js';

export const PROVINCES = [
  'Drenthe',
  'Flevoland',
  'Fryslân',
  'Gelderland',
  'Groningen',
  'Limburg',
  'Noord-Brabant',
  'Noord-Holland',
  'Overijssel',
  'Utrecht',
  'Zeeland',
  'Zuid-Holland',
] as const;

/** Ids double as command-line arguments (`--body gemeente-amsterdam`). */
export const bodyIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'ongeldig id: alleen kleine letters, cijfers en koppeltekens (bijvoorbeeld gemeente-amsterdam)',
  })
  .max(120);

/**
 * Names, addresses and notes end up on the terminal, in letters, e-mail headers and calendar files: a
 * control character there (an escape sequence, a line break that starts a new header) is refused.
 */
const CONTROL_ERROR = 'bevat een stuurteken (zoals een escape-code, tab of regeleinde); verwijder het, een naam of adres is één gewone regel tekst';
const plain = (value: string) => !hasControlCharacters(value);
const text = z.string().trim().min(1).refine(plain, { error: CONTROL_ERROR });

export const postcodeSchema = z
  .string()
  .regex(/^[1-9]\d{3} [A-Z]{2}$/, { error: 'ongeldige postcode: gebruik de vorm 1234 AB' });

export const postalAddressSchema = z
  .object({
    /** "Postbus 123", "Antwoordnummer 10095" or a street address. */
    address: text,
    postcode: postcodeSchema.optional(),
    city: text,
    /** Only outside the European Netherlands (Aruba, Bonaire, …); there are no postcodes there. */
    country: text.optional(),
  })
  .strict()
  .refine((p) => p.postcode !== undefined || p.country !== undefined, {
    error: 'een Nederlands postadres heeft een postcode',
    path: ['postcode'],
  });

// A URL parser silently drops tabs and line breaks, so they are refused before it sees them.
const httpUrl = z.string().refine(plain, { error: CONTROL_ERROR }).pipe(z.url({ protocol: /^https?$/, error: 'ongeldige URL: gebruik een adres dat met https:// begint' }));

/** Where a channel's data comes from, and when that source last checked it ('YYYY-MM' or a day). */
const provenanceFields = {
  source: text,
  checked: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/, { error: 'ongeldige datum: gebruik JJJJ-MM of JJJJ-MM-DD' }),
};

/** The ways in for a Woo request specifically, when they differ from the general contact details. */
export const channelsSchema = z
  .object({
    /** The e-mail address for Woo requests. */
    email: z.object({ address: z.email({ error: 'ongeldig e-mailadres' }), ...provenanceFields }).strict().optional(),
    /** The Woo request form (or the page that leads to it), and whether it asks to log in. */
    webform: z.object({ url: httpUrl, login: z.enum(['digid', 'eherkenning', 'digid-of-eherkenning']).optional(), ...provenanceFields }).strict().optional(),
    /** The postal address for Woo requests ("Woo-adres"). */
    postal: z.object({ address: text, postcode: postcodeSchema, city: text, attention: text.optional(), ...provenanceFields }).strict().optional(),
    /** The Woo contact (Woo-contactpersoon), as the source names it. */
    contact: z.object({ text, ...provenanceFields }).strict().optional(),
  })
  .strict();
export type BodyChannels = z.infer<typeof channelsSchema>;

/** The fields of a body, without the cross-field rules (so that a partial version can be derived). */
const bodyFields = z
  .object({
    id: bodyIdSchema,
    name: text,
    /** A well-known abbreviation: AFM, AP, UWV. */
    shortName: text.optional(),
    /** Other names people search for: the source's spelling, a Papiamentu name, "Den Bosch". */
    aliases: z.array(text).optional(),
    kind: z.enum(BODY_KINDS),
    postal: postalAddressSchema.optional(),
    email: z.email({ error: 'ongeldig e-mailadres' }).optional(),
    /** A contact or Woo form, for bodies that give a form instead of an e-mail address. */
    webform: httpUrl.optional(),
    website: httpUrl.optional(),
    /** Channels for Woo requests, each with its source and the date it was checked. */
    channels: channelsSchema.optional(),
    /** False where the Woo does not apply (Caribbean parts of the Kingdom): see wooNote. */
    woo: z.boolean(),
    wooNote: text.optional(),
    province: z.enum(PROVINCES).optional(),
    /** The id of the body this one has merged into (municipal mergers). */
    mergedInto: bodyIdSchema.optional(),
    /** A caution for the user, in Dutch (e.g. an address that could not be verified). */
    note: text.optional(),
  })
  .strict();

export const bodySchema = bodyFields.superRefine((body, ctx) => {
  if (!body.woo && body.wooNote === undefined) {
    ctx.addIssue({ code: 'custom', path: ['wooNote'], message: 'leg uit waarom de Woo niet geldt (wooNote)' });
  }
  if (body.mergedInto === body.id) {
    ctx.addIssue({ code: 'custom', path: ['mergedInto'], message: 'een bestuursorgaan kan niet in zichzelf opgaan' });
  }
});
export type Body = z.infer<typeof bodySchema>;

function uniqueIds(bodies: readonly { id: string }[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  bodies.forEach((body, i) => {
    if (seen.has(body.id)) {
      ctx.addIssue({ code: 'custom', path: ['bodies', i, 'id'], message: `id "${body.id}" komt twee keer voor` });
    }
    seen.add(body.id);
  });
}

/** data/bodies.json as shipped. */
export const directoryFileSchema = z
  .object({
    source: z
      .object({
        name: text,
        file: text,
        /** The month the source data describes: 'YYYY-MM'. */
        date: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
        note: text,
      })
      .strict(),
    generated: isoDateSchema,
    bodies: z.array(bodySchema),
  })
  .strict()
  .superRefine((file, ctx) => uniqueIds(file.bodies, ctx));
export type DirectoryFile = z.infer<typeof directoryFileSchema>;

/**
 * One entry of the user's workspace bodies.json: any field of a body, and `id`. With an existing id it
 * corrects that body (null removes a field); with a new id it adds a body and must then be complete.
 */
export const bodyOverrideSchema = bodyFields
  .omit({ id: true, postal: true })
  .partial()
  .extend({
    id: bodyIdSchema,
    postal: z
      .object({ address: text, postcode: postcodeSchema, city: text, country: text })
      .partial()
      .strict()
      .nullable()
      .optional(),
    shortName: text.nullable().optional(),
    aliases: z.array(text).nullable().optional(),
    email: z.email({ error: 'ongeldig e-mailadres' }).nullable().optional(),
    webform: httpUrl.nullable().optional(),
    website: httpUrl.nullable().optional(),
    channels: channelsSchema.nullable().optional(),
    wooNote: text.nullable().optional(),
    province: z.enum(PROVINCES).nullable().optional(),
    mergedInto: bodyIdSchema.nullable().optional(),
    note: text.nullable().optional(),
  })
  .strict();
export type BodyOverride = z.infer<typeof bodyOverrideSchema>;

/** The user's workspace bodies.json. */
export const overrideFileSchema = z
  .object({
    schemaVersion: z.literal(1).optional(),
    bodies: z.array(bodyOverrideSchema),
  })
  .strict()
  .superRefine((file, ctx) => uniqueIds(file.bodies, ctx));
export type OverrideFile = z.infer<typeof overrideFileSchema>;
