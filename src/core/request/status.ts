// Where a request stands, derived from its history (never stored).
import { isFinalDecision, type WooEvent } from '../schema/event.js';

export const STATUSES = [
  'draft',
  'sent',
  'received',
  'suspended',
  'adjourned',
  'partly_decided',
  'decided',
  'objection',
  'objection_decided',
  'appeal',
  'forwarded',
  'withdrawn',
] as const;
export type RequestStatus = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<RequestStatus, string> = {
  draft: 'concept',
  sent: 'verzonden',
  received: 'in behandeling',
  suspended: 'opgeschort',
  adjourned: 'verdaagd',
  partly_decided: 'deelbesluit genomen',
  decided: 'besluit genomen',
  objection: 'in bezwaar',
  objection_decided: 'beslissing op bezwaar',
  appeal: 'in beroep',
  forwarded: 'doorgezonden',
  withdrawn: 'ingetrokken',
};

const SUSPENSION_PAIRS: [WooEvent['type'], WooEvent['type']][] = [
  ['clarification-requested', 'clarified'],
  ['third-party-consulted', 'third-party-done'],
];

function has(events: WooEvent[], type: WooEvent['type']): boolean {
  return events.some((e) => e.type === type);
}


/**
 * `suspensionCounts`: false when the deadline engine counts no suspension today (one begun after the
 * term ended does not suspend it), so that the status never says "opgeschort" against the deadlines.
 */
export function requestStatus(events: WooEvent[], today: string, suspensionCounts = true): RequestStatus {
  if (has(events, 'withdrawn')) return 'withdrawn';
  if (has(events, 'objection-decided')) return 'objection_decided';
  if (has(events, 'objection-lodged')) return 'objection';
  if (events.some(isFinalDecision)) return 'decided';
  if (has(events, 'appeal-lodged')) return 'appeal';
  if (has(events, 'decided')) return 'partly_decided';
  // The whole request went to another body (art. 4.2 Woo): that body decides, not this one.
  if (events.some((e) => e.type === 'forwarded' && !e.points?.length)) return 'forwarded';
  const open = SUSPENSION_PAIRS.some(([start, end]) => events.filter((e) => e.type === start).length > events.filter((e) => e.type === end).length);
  const postponed = events.some((e) => e.type === 'postponed' && e.until !== undefined && e.until >= today);
  if ((open || postponed) && suspensionCounts) return 'suspended';
  if (has(events, 'adjourned')) return 'adjourned';
  if (has(events, 'received') || has(events, 'acknowledged')) return 'received';
  if (has(events, 'sent')) return 'sent';
  return 'draft';
}

/** Still waiting for the body's decision. */
export function isOpen(status: RequestStatus): boolean {
  return ['sent', 'received', 'suspended', 'adjourned', 'partly_decided', 'appeal'].includes(status);
}
