import { z } from 'zod';
import { isoDateSchema } from './common.js';

/** How a decision assessed one document, in the government's own vocabulary (inventarislijst). */
export const DOCUMENT_ASSESSMENTS = ['public', 'partial_public', 'not_public', 'already_public'] as const;
export type DocumentAssessment = (typeof DOCUMENT_ASSESSMENTS)[number];

export const DOCUMENT_ASSESSMENT_LABELS: Record<DocumentAssessment, string> = {
  public: 'openbaar',
  partial_public: 'deels openbaar',
  not_public: 'niet openbaar',
  already_public: 'reeds openbaar',
};

/** One row of a decision's document ledger (its inventory list). */
export const ledgerDocumentSchema = z.looseObject({
  /** The body's document number as written ("4", "2a", "12.3"). */
  number: z.string().trim().min(1).max(40),
  date: isoDateSchema.optional(),
  description: z.string().max(2000).optional(),
  assessment: z.enum(DOCUMENT_ASSESSMENTS),
  /** Refusal grounds as codes (see core/grounds.ts). */
  grounds: z.array(z.string()).default([]),
  /** The request points the document belongs to, when the inventory or the letter says so. */
  points: z.array(z.number().int().positive()).optional(),
  /** The inventory row or sentence the document was read from. */
  evidence: z.string().max(4000).optional(),
});
export type LedgerDocument = z.infer<typeof ledgerDocumentSchema>;
