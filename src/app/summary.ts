// Status and deadlines of a stored request: one deadline engine for show, list, agenda and letters.
import type { IsoDate } from '../core/dates.js';
import { missingAcknowledgement, type MissingAcknowledgement } from '../core/request/acknowledgement.js';
import { computeDeadlines, deadlineInputFromEvents, isStepDate, stepTaken, type Deadline, type DeadlineReport } from '../core/law/index.js';
import { isOpen, requestStatus, STATUS_LABELS, type RequestStatus } from '../core/request/status.js';
import type { WooRequest } from '../core/schema/request.js';

export interface RequestSummary {
  status: RequestStatus;
  statusLabel: string;
  /** Null while the request has not been sent (no clock runs yet). */
  deadlines: DeadlineReport | null;
  /** The decision deadline passed without a final decision. */
  overdue: boolean;
  /** The next deadline from today on, if any. */
  next: Deadline | null;
  /** Sent ten days ago or more, and nothing shows it arrived. */
  acknowledgementMissing: MissingAcknowledgement | null;
}

export function deadlinesOf(request: WooRequest, today: IsoDate): DeadlineReport | null {
  const input = deadlineInputFromEvents(request.events, { regime: request.regime, committee: request.committee });
  if (!input.received && !input.sent) return null;
  return computeDeadlines(input, today);
}

export function summarise(request: WooRequest, today: IsoDate): RequestSummary {
  const deadlines = deadlinesOf(request, today);
  const status = requestStatus(request.events, today, !deadlines || deadlines.suspension !== undefined);
  const decision = deadlines?.deadlines.find((d) => d.kind === 'decision');
  // The body is late: with the decision on the request, or with a decision on an objection (art. 7:10 Awb).
  // While a suspension runs the term has no end yet: not late.
  const overdue = Boolean(decision && isOpen(status) && status !== 'suspended' && decision.date < today) || Boolean(deadlines?.deadlines.some((d) => d.kind === 'objection_decision' && d.date < today));
  // Once decided, the decision term is history: the next date is the requester's own (objection).
  const decided = status === 'decided' || status === 'objection' || status === 'objection_decided';
  const open = deadlines?.deadlines.filter((d) => !(decided && d.kind === 'decision') && !stepTaken(request.events, d)) ?? [];
  // The next date ahead; failing that, a step that became possible and is still open (a notice of
  // default or an appeal), since that is what the requester can do now.
  const next =
    open.filter((d) => d.date >= today).sort((a, b) => (a.date < b.date ? -1 : 1))[0] ??
    open.filter((d) => isStepDate(d.kind)).sort((a, b) => (a.date < b.date ? 1 : -1))[0] ??
    null;
  return { status, statusLabel: overdue ? `${STATUS_LABELS[status]}, te laat` : STATUS_LABELS[status], deadlines, overdue, next, acknowledgementMissing: missingAcknowledgement(request.events, today) };
}
