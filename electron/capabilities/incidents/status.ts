/**
 * The status rules of an incident, as one pure function (unit-tested as a table):
 *  - closed and dismissed incidents refuse every change but a reopening;
 *  - a decision needs an escalation step that waits for one;
 *  - an incident cannot be closed while a step waits for a decision;
 *  - a dismissal (and a reopening) needs a reason; a decided incident is closed, not dismissed;
 *  - "decided" means at least one decided step and none waiting; "escalated", a step waiting.
 */
import type { IncidentErrorCode } from '../../../shared/i18n/incidentErrors';
import type { IncidentStatus } from '../../../shared/incidents';

export type IncidentChange = 'update' | 'escalate' | 'decide' | 'addAction' | 'close' | 'dismiss' | 'reopen';

export interface StatusFacts {
  status: IncidentStatus;
  /** Every escalation step of the incident, decided or still waiting. */
  steps: ReadonlyArray<{ decided: boolean }>;
  /** The reason given with a dismissal or a reopening. */
  reason?: string | null;
}

export type StatusVerdict = { ok: true; status: IncidentStatus } | { ok: false; code: IncidentErrorCode };

export function isFinal(status: IncidentStatus): boolean {
  return status === 'closed' || status === 'dismissed';
}

/** The status an unfinished incident has from its steps: escalated while one waits, decided once one is decided. */
export function settledStatus(steps: StatusFacts['steps']): IncidentStatus {
  if (steps.some((s) => !s.decided)) return 'escalated';
  if (steps.some((s) => s.decided)) return 'decided';
  return 'open';
}

/** What a change makes of the incident's status, or the rule it breaks. */
export function nextStatus(facts: StatusFacts, change: IncidentChange): StatusVerdict {
  const refuse = (code: IncidentErrorCode): StatusVerdict => ({ ok: false, code });
  const hasReason = (facts.reason ?? '').trim().length > 0;
  if (change === 'reopen') {
    if (!isFinal(facts.status)) return refuse('incident_not_final');
    if (!hasReason) return refuse('incident_reason_required');
    return { ok: true, status: settledStatus(facts.steps) };
  }
  if (isFinal(facts.status)) return refuse('incident_final');
  const waiting = facts.steps.filter((s) => !s.decided).length;
  switch (change) {
    case 'update':
    case 'addAction':
      return { ok: true, status: facts.status };
    case 'escalate':
      return { ok: true, status: 'escalated' };
    case 'decide':
      if (waiting === 0) return refuse('incident_not_escalated');
      return { ok: true, status: waiting > 1 ? 'escalated' : 'decided' };
    case 'close':
      if (waiting > 0) return refuse('incident_step_waiting');
      return { ok: true, status: 'closed' };
    case 'dismiss':
      if (!hasReason) return refuse('incident_reason_required');
      if (facts.status === 'decided') return refuse('incident_already_decided');
      return { ok: true, status: 'dismissed' };
  }
}
