/** Rows of the incident tables, their look-ups and the labels errors and views name them by. */
import type { EscalationStepView, IncidentRow, PartyView } from '../../../shared/contract';
import { isPlainText, type Party } from '../../../shared/incidents';
import { LedgerError, type ErrorParams } from '../../../shared/errors';
import { stmt, type Db } from '../../db/database';
import { getPersonRecord } from '../../kernel/records';
import type { IncidentChange, StatusFacts } from './status';
import { nextStatus } from './status';

export interface IncidentRecord {
  id: number;
  kind: IncidentRow['kind'];
  severity: IncidentRow['severity'];
  status: IncidentRow['status'];
  group_id: string | null;
  occurred_on: string;
  noticed_on: string;
  summary: string;
  search_key: string;
  document_ref: string | null;
  closed_on: string | null;
  dismiss_reason: string | null;
}

export interface StepRecord {
  id: number;
  incident_id: number;
  seq: number;
  from_kind: Party['kind'];
  from_ref: string;
  to_kind: Party['kind'];
  to_ref: string;
  escalated_on: string;
  channel: EscalationStepView['channel'];
  request: string;
  decided_by_kind: Party['kind'] | null;
  decided_by_ref: string | null;
  decided_on: string | null;
  decision: string | null;
  document_ref: string | null;
}

export function incidentRecord(db: Db, id: number): IncidentRecord {
  const row = stmt(db, 'SELECT * FROM incidents WHERE id = ?').get(id) as IncidentRecord | undefined;
  if (!row) throw new LedgerError('not_found', { kind: 'incident', id });
  return row;
}

export function stepsOf(db: Db, incidentId: number): StepRecord[] {
  return stmt(db, 'SELECT * FROM incident_steps WHERE incident_id = ? ORDER BY seq').all(
    incidentId,
  ) as unknown as StepRecord[];
}

/** Whole days from one calendar date to a later one. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A person (who must exist) or a position, as the window and the messages name it. */
export function partyView(db: Db, kind: Party['kind'], ref: string): PartyView {
  if (kind === 'position') return { kind, ref, label: ref };
  const row = stmt(db, 'SELECT name FROM people WHERE id = ?').get(ref) as { name: string } | undefined;
  return { kind, ref, label: row?.name ?? ref };
}

/** Checks that a party naming a person names one of the registry, and returns it as stored. */
export function resolveParty(db: Db, party: Party): Party {
  if (party.kind === 'person') return { kind: 'person', ref: getPersonRecord(db, party.ref).id };
  const ref = party.ref.trim();
  if (ref.length === 0 || ref.length > 200 || !isPlainText(ref)) {
    throw new LedgerError('invalid_input', {
      issue: ref.length > 200 ? 'too_big' : ref ? 'text.control' : 'too_small',
    });
  }
  return { kind: 'position', ref };
}

/** The incident as the administrator knows it: its group and the start of the summary. */
export function incidentLabel(db: Db, r: Pick<IncidentRecord, 'group_id' | 'summary'>): string {
  const line = r.summary.replace(/\s+/g, ' ').trim();
  const excerpt = [...line].length > 30 ? `${[...line].slice(0, 30).join('')}…` : line;
  if (!r.group_id) return excerpt;
  const group = stmt(db, 'SELECT name FROM groups WHERE id = ?').get(r.group_id) as { name: string } | undefined;
  return group ? `${group.name}: ${excerpt}` : excerpt;
}

/**
 * Applies the status rules to a change of the incident; on a refusal throws the rule's error,
 * with the incident, the waiting step or the decision it concerns named as the administrator knows them.
 */
export function checkChange(
  db: Db,
  today: string,
  r: IncidentRecord,
  steps: StepRecord[],
  change: IncidentChange,
  reason?: string | null,
): IncidentRow['status'] {
  const facts: StatusFacts = {
    status: r.status,
    steps: steps.map((s) => ({ decided: s.decided_on !== null })),
    reason,
  };
  const verdict = nextStatus(facts, change);
  if (verdict.ok) return verdict.status;
  const params: ErrorParams = { incident: incidentLabel(db, r), noticed: r.noticed_on, status: r.status };
  const waiting = steps.find((s) => s.decided_on === null);
  const decided = steps.filter((s) => s.decided_on !== null).at(-1);
  if (verdict.code === 'incident_step_waiting' && waiting) {
    Object.assign(params, {
      to: partyView(db, waiting.to_kind, waiting.to_ref).label,
      since: waiting.escalated_on,
      days: daysBetween(waiting.escalated_on, today),
    });
  }
  if (verdict.code === 'incident_already_decided' && decided) {
    Object.assign(params, {
      by: partyView(db, decided.decided_by_kind!, decided.decided_by_ref!).label,
      date: decided.decided_on!,
    });
  }
  if (verdict.code === 'incident_reason_required') params.status = change === 'reopen' ? 'reopened' : 'dismissed';
  throw new LedgerError(verdict.code, params);
}

/** A step as the window shows it; `today` gives the days a waiting step has waited. */
export function toStepView(db: Db, s: StepRecord, today: string): EscalationStepView {
  return {
    id: s.id,
    seq: s.seq,
    from: partyView(db, s.from_kind, s.from_ref),
    to: partyView(db, s.to_kind, s.to_ref),
    escalatedOn: s.escalated_on,
    channel: s.channel,
    request: s.request,
    decidedBy: s.decided_by_kind && s.decided_by_ref ? partyView(db, s.decided_by_kind, s.decided_by_ref) : null,
    decidedOn: s.decided_on,
    decision: s.decision,
    documentRef: s.document_ref,
    waitingDays: s.decided_on === null ? Math.max(0, daysBetween(s.escalated_on, today)) : null,
  };
}

/** The step as its events store it. */
export function stepPayload(s: StepRecord) {
  return {
    id: s.id,
    incidentId: s.incident_id,
    seq: s.seq,
    from: { kind: s.from_kind, ref: s.from_ref },
    to: { kind: s.to_kind, ref: s.to_ref },
    escalatedOn: s.escalated_on,
    channel: s.channel,
    request: s.request,
    decidedBy: s.decided_by_kind && s.decided_by_ref ? { kind: s.decided_by_kind, ref: s.decided_by_ref } : null,
    decidedOn: s.decided_on,
    decision: s.decision,
    documentRef: s.document_ref,
  };
}

export type IncidentRowRecord = IncidentRecord & {
  group_name: string | null;
  kind_label: string | null;
  waiting_steps: number;
};

/** The label of an incident's kind when it is one of the administrator's own (alias i for incidents). */
export const KIND_LABEL_COLUMN = '(SELECT k.label FROM incident_kinds k WHERE k.id = i.kind) AS kind_label';

/** The columns every incident row is read with (alias i for incidents). */
export const INCIDENT_ROW_COLUMNS = `i.*, g.name AS group_name, ${KIND_LABEL_COLUMN},
  (SELECT count(*) FROM incident_steps s WHERE s.incident_id = i.id AND s.decided_on IS NULL) AS waiting_steps`;

export function toIncidentRow(r: IncidentRowRecord): IncidentRow {
  return {
    id: r.id,
    kind: r.kind,
    kindLabel: r.kind_label,
    severity: r.severity,
    status: r.status,
    groupId: r.group_id,
    groupName: r.group_name,
    occurredOn: r.occurred_on,
    noticedOn: r.noticed_on,
    summary: r.summary,
    documentRef: r.document_ref,
    closedOn: r.closed_on,
    dismissReason: r.dismiss_reason,
    waitingSteps: r.waiting_steps,
  };
}
