// The kinds of event and their Dutch labels, without zod: the command wiring shows them at start-up.
/** Events of a request's history (DESIGN.md, `woo log`). */
export const EVENT_TYPES = [
  'sent',
  'received',
  'acknowledged',
  'clarification-requested',
  'clarified',
  'third-party-consulted',
  'third-party-done',
  'postponed',
  'adjourned',
  'forwarded',
  'decided',
  'notice-of-default',
  'appeal-lodged',
  'objection-lodged',
  'objection-committee',
  'objection-adjourned',
  'objection-postponed',
  'objection-grounds-requested',
  'objection-grounds-supplied',
  'objection-decided',
  'judgment',
  'withdrawn',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Things the body does with a request, which cannot happen before it was sent and received. */
export const BODY_ACTIONS: readonly EventType[] = [
  'acknowledged',
  'clarification-requested',
  'third-party-consulted',
  'postponed',
  'adjourned',
  'forwarded',
  'decided',
];

/** Dutch labels for the timeline. */
export const EVENT_LABELS: Record<EventType, string> = {
  sent: 'verzonden',
  received: 'ontvangen door het bestuursorgaan',
  acknowledged: 'ontvangstbevestiging',
  'clarification-requested': 'verzoek om precisering',
  clarified: 'verzoek gepreciseerd',
  'third-party-consulted': 'zienswijze derden gevraagd (opschorting)',
  'third-party-done': 'zienswijze derden ontvangen of termijn verstreken',
  postponed: 'uitstel met instemming (opschorting)',
  adjourned: 'verdaging',
  forwarded: 'doorgezonden naar ander bestuursorgaan',
  decided: 'besluit',
  'notice-of-default': 'ingebrekestelling verzonden',
  'appeal-lodged': 'beroep wegens niet tijdig beslissen ingesteld',
  'objection-lodged': 'bezwaar ingediend',
  'objection-committee': 'bezwaar naar adviescommissie (art. 7:13 Awb)',
  'objection-adjourned': 'beslissing op bezwaar verdaagd',
  'objection-postponed': 'verder uitstel beslissing op bezwaar met instemming (art. 7:10 lid 4 Awb)',
  'objection-grounds-requested': 'verzocht verzuim te herstellen, zoals de gronden van het bezwaar (opschorting, art. 7:10 lid 2 Awb)',
  'objection-grounds-supplied': 'verzuim hersteld of termijn daarvoor verstreken',
  'objection-decided': 'beslissing op bezwaar',
  judgment: 'uitspraak van de rechter (beroep niet tijdig beslissen)',
  withdrawn: 'verzoek ingetrokken',
};
