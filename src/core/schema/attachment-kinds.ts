// Kinds of evidence, without zod: the command wiring offers them at start-up (--help, choices).
/** Evidence kept with a request; `woo attach --as`. */
export const ATTACHMENT_KINDS = ['acknowledgement', 'delivery-receipt', 'form-confirmation', 'body-letter'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const ATTACHMENT_LABELS: Record<AttachmentKind, string> = {
  acknowledgement: 'ontvangstbevestiging',
  'delivery-receipt': 'bewijs van aflevering (aangetekend)',
  'form-confirmation': 'bevestiging van het webformulier',
  'body-letter': 'brief van het bestuursorgaan (woo receive)',
};
