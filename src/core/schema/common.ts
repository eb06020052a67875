import { z } from 'zod';
import { hasPlausibleYear, isIsoDate, PLAUSIBLE_YEARS } from '../dates.js';

/** A calendar date 'YYYY-MM-DD' that exists (2026-02-30 is refused) in a plausible year (1980–2100). */
export const isoDateSchema = z
  .string()
  .refine(isIsoDate, { error: 'ongeldige datum: gebruik JJJJ-MM-DD met een bestaande dag', abort: true })
  .refine(hasPlausibleYear, { error: `ongeldige datum: het jaar moet tussen ${PLAUSIBLE_YEARS.from} en ${PLAUSIBLE_YEARS.to} liggen` });

/** Request ids are file names: lower-case words joined by '-', never '/' or '..'. */
export const requestIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'ongeldig id: alleen kleine letters, cijfers en koppeltekens (bijvoorbeeld 2026-003-politie-cas)',
  })
  .max(80);
