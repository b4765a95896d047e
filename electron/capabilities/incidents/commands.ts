/**
 * Recording and handling incidents. Every change is one transaction with its event; the status
 * rules are those of status.ts; dates are checked against the day they follow (occurred → noticed
 * → escalated → decided → closed) and none may be in the future.
 */
import type { ChannelInput, IncidentDetail } from '../../../shared/contract';
import { isPlainText, SUMMARY_MAX, type Party } from '../../../shared/incidents';
import { LedgerError } from '../../../shared/errors';
import { searchKey } from '../../../shared/search';
import { stmt, transaction, type Db } from '../../db/database';
import { recordedDay, today, type ServiceContext } from '../../kernel/context';
import { appendEvent } from '../../kernel/events';
import { getGroupRecord, getPersonRecord } from '../../kernel/records';
import { getIncident } from './queries';
import { requireUsableKind } from './kinds';
import {
  checkChange,
  incidentRecord,
  partyView,
  resolveParty,
  stepPayload,
  stepsOf,
  type IncidentRecord,
} from './records';

/** Trimmed text, refused when empty, too long or holding control characters (as the contract does). */
function plain(value: string, max: number): string;
function plain(value: string | null | undefined, max: number): string | null;
function plain(value: string | null | undefined, max: number): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (text.length === 0) throw new LedgerError('invalid_input', { issue: 'too_small' });
  if (text.length > max) throw new LedgerError('invalid_input', { issue: 'too_big' });
  if (!isPlainText(text)) throw new LedgerError('invalid_input', { issue: 'text.control' });
  return text;
}

/** `date` is not before `since` (the day of `event`). */
function notBefore(date: string, since: string, event: string): void {
  if (date < since) throw new LedgerError('date_too_early', { date, since, event });
}

function peopleOf(db: Db, id: number): Array<{ personId: string; role: string }> {
  return stmt(
    db,
    'SELECT person_id AS personId, role FROM incident_people WHERE incident_id = ? ORDER BY person_id, role',
  ).all(id) as Array<{ personId: string; role: string }>;
}

/** The incident as its events store it (with its kind's label then, when the kind is the administrator's own). */
function incidentPayload(db: Db, r: IncidentRecord) {
  const label = stmt(db, 'SELECT label FROM incident_kinds WHERE id = ?').get(r.kind) as { label: string | null };
  return {
    id: r.id,
    kind: r.kind,
    ...(label.label === null ? {} : { kindLabel: label.label }),
    severity: r.severity,
    status: r.status,
    groupId: r.group_id,
    occurredOn: r.occurred_on,
    noticedOn: r.noticed_on,
    summary: r.summary,
    documentRef: r.document_ref,
    people: peopleOf(db, r.id) as Array<{ personId: string; role: 'poster' | 'party' | 'witness' | 'reporter' }>,
  };
}

function subjects(r: Pick<IncidentRecord, 'id' | 'group_id'>, ...people: Array<string | null | undefined>): string[] {
  const list = [`incident-${r.id}`, ...(r.group_id ? [r.group_id] : []), ...people.filter((p): p is string => !!p)];
  return [...new Set(list)];
}

type Fields = Omit<ChannelInput<'incidents.create'>, 'noticedOn'> & { noticedOn?: string };

/**
 * The checked fields of a new or corrected incident, its people without repeats. The kind must be
 * offered for new incidents, unless a corrected incident keeps the kind it has (`currentKind`).
 */
function checkedFields(ctx: ServiceContext, input: Fields, currentKind?: string) {
  requireUsableKind(ctx.db, input.kind, currentKind);
  const groupId = input.groupId === null ? null : getGroupRecord(ctx.db, input.groupId).id;
  const occurredOn = recordedDay(ctx.clock, input.occurredOn);
  const noticedOn = recordedDay(ctx.clock, input.noticedOn);
  notBefore(noticedOn, occurredOn, 'incident_occurred');
  const seen = new Set<string>();
  const people = input.people.filter((p) => {
    const key = `${p.personId}/${p.role}`;
    if (seen.has(key)) return false;
    seen.add(key);
    getPersonRecord(ctx.db, p.personId);
    return true;
  });
  const summary = plain(input.summary, SUMMARY_MAX);
  const documentRef = plain(input.documentRef, 500);
  return { groupId, occurredOn, noticedOn, summary, documentRef, people, kind: input.kind, severity: input.severity };
}

function writePeople(db: Db, id: number, people: Array<{ personId: string; role: string }>): void {
  stmt(db, 'DELETE FROM incident_people WHERE incident_id = ?').run(id);
  const insert = stmt(db, 'INSERT INTO incident_people (incident_id, person_id, role) VALUES (?, ?, ?)');
  for (const p of people) insert.run(id, p.personId, p.role);
}

export function createIncident(ctx: ServiceContext, input: ChannelInput<'incidents.create'>): IncidentDetail {
  return transaction(ctx.db, () => {
    const f = checkedFields(ctx, input);
    const { lastInsertRowid } = stmt(
      ctx.db,
      `INSERT INTO incidents (kind, severity, status, group_id, occurred_on, noticed_on, summary, search_key, document_ref)
       VALUES (?, ?, 'open', ?, ?, ?, ?, ?, ?)`,
    ).run(
      f.kind,
      f.severity,
      f.groupId,
      f.occurredOn,
      f.noticedOn,
      f.summary,
      searchKey(f.summary, f.documentRef),
      f.documentRef,
    );
    const id = Number(lastInsertRowid);
    writePeople(ctx.db, id, f.people);
    const after = incidentPayload(ctx.db, incidentRecord(ctx.db, id));
    appendEvent(ctx, {
      kind: 'incident.recorded',
      subjects: subjects({ id, group_id: f.groupId }, ...f.people.map((p) => p.personId)),
      after: { ...after, status: 'open' as const },
    });
    return getIncident(ctx.db, ctx.clock, id);
  });
}

/** Corrects what was recorded (kind, severity, group, dates, summary, people); the status is left alone. */
export function updateIncident(ctx: ServiceContext, input: ChannelInput<'incidents.update'>): IncidentDetail {
  return transaction(ctx.db, () => {
    const record = incidentRecord(ctx.db, input.id);
    checkChange(ctx.db, today(ctx.clock), record, stepsOf(ctx.db, record.id), 'update');
    const before = incidentPayload(ctx.db, record);
    const f = checkedFields(ctx, input, record.kind);
    const firstStep = stepsOf(ctx.db, record.id)[0];
    if (firstStep) notBefore(firstStep.escalated_on, f.noticedOn, 'incident_noticed');
    stmt(
      ctx.db,
      `UPDATE incidents SET kind = ?, severity = ?, group_id = ?, occurred_on = ?, noticed_on = ?, summary = ?,
         search_key = ?, document_ref = ? WHERE id = ?`,
    ).run(
      f.kind,
      f.severity,
      f.groupId,
      f.occurredOn,
      f.noticedOn,
      f.summary,
      searchKey(f.summary, f.documentRef),
      f.documentRef,
      record.id,
    );
    writePeople(ctx.db, record.id, f.people);
    const after = incidentPayload(ctx.db, incidentRecord(ctx.db, record.id));
    const named = [...before.people, ...after.people].map((p) => p.personId);
    appendEvent(ctx, {
      kind: 'incident.updated',
      subjects: [...new Set([...subjects(record, ...named), ...(f.groupId ? [f.groupId] : [])])],
      before,
      after,
    });
    return getIncident(ctx.db, ctx.clock, record.id);
  });
}

const personOf = (party: Party) => (party.kind === 'person' ? party.ref : null);

/** Records that the matter was put to someone; the incident is escalated until that step is decided. */
export function escalateIncident(ctx: ServiceContext, input: ChannelInput<'incidents.escalate'>): IncidentDetail {
  return transaction(ctx.db, () => {
    const record = incidentRecord(ctx.db, input.id);
    const steps = stepsOf(ctx.db, record.id);
    checkChange(ctx.db, today(ctx.clock), record, steps, 'escalate');
    const from = resolveParty(ctx.db, input.from);
    const to = resolveParty(ctx.db, input.to);
    const escalatedOn = recordedDay(ctx.clock, input.escalatedOn);
    notBefore(escalatedOn, record.noticed_on, 'incident_noticed');
    const request = plain(input.request, 1000);
    const { lastInsertRowid } = stmt(
      ctx.db,
      `INSERT INTO incident_steps (incident_id, seq, from_kind, from_ref, to_kind, to_ref, escalated_on, channel, request)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(record.id, steps.length + 1, from.kind, from.ref, to.kind, to.ref, escalatedOn, input.channel, request);
    stmt(ctx.db, `UPDATE incidents SET status = 'escalated' WHERE id = ?`).run(record.id);
    const step = stepsOf(ctx.db, record.id).find((s) => s.id === Number(lastInsertRowid))!;
    appendEvent(ctx, {
      kind: 'incident.escalated',
      subjects: subjects(record, personOf(from), personOf(to)),
      before: { incidentId: record.id, status: record.status },
      after: { ...stepPayload(step), status: 'escalated' as const },
    });
    return getIncident(ctx.db, ctx.clock, record.id);
  });
}

/** Records the decision of a waiting step (the one named, else the oldest waiting). */
export function decideIncident(ctx: ServiceContext, input: ChannelInput<'incidents.decide'>): IncidentDetail {
  return transaction(ctx.db, () => {
    const record = incidentRecord(ctx.db, input.id);
    const steps = stepsOf(ctx.db, record.id);
    const now = today(ctx.clock);
    let step = steps.find((s) => s.decided_on === null);
    if (input.stepId !== undefined) {
      step = steps.find((s) => s.id === input.stepId);
      if (!step) throw new LedgerError('not_found', { kind: 'escalation_step', id: input.stepId });
      if (step.decided_on !== null && record.status !== 'closed' && record.status !== 'dismissed') {
        throw new LedgerError('incident_step_decided', {
          to: partyView(ctx.db, step.to_kind, step.to_ref).label,
          since: step.escalated_on,
          by: partyView(ctx.db, step.decided_by_kind!, step.decided_by_ref!).label,
          date: step.decided_on,
        });
      }
    }
    const status = checkChange(ctx.db, now, record, steps, 'decide');
    const decidedBy = resolveParty(ctx.db, input.decidedBy);
    const decidedOn = recordedDay(ctx.clock, input.decidedOn);
    notBefore(decidedOn, step!.escalated_on, 'step_escalated');
    const decision = plain(input.decision, 1000);
    const documentRef = plain(input.documentRef, 500);
    stmt(
      ctx.db,
      `UPDATE incident_steps SET decided_by_kind = ?, decided_by_ref = ?, decided_on = ?, decision = ?, document_ref = ?
       WHERE id = ?`,
    ).run(decidedBy.kind, decidedBy.ref, decidedOn, decision, documentRef, step!.id);
    stmt(ctx.db, 'UPDATE incidents SET status = ? WHERE id = ?').run(status, record.id);
    const after = stepsOf(ctx.db, record.id).find((s) => s.id === step!.id)!;
    appendEvent(ctx, {
      kind: 'incident.decided',
      subjects: subjects(record, personOf(decidedBy)),
      before: stepPayload(step!),
      after: { ...stepPayload(after), decidedOn, decision, status },
    });
    return getIncident(ctx.db, ctx.clock, record.id);
  });
}

/** Records what was done about the incident: a warning, a removal, new rules … */
export function addIncidentAction(ctx: ServiceContext, input: ChannelInput<'incidents.addAction'>): IncidentDetail {
  return transaction(ctx.db, () => {
    const record = incidentRecord(ctx.db, input.id);
    checkChange(ctx.db, today(ctx.clock), record, stepsOf(ctx.db, record.id), 'addAction');
    const target = input.targetPersonId === undefined ? null : getPersonRecord(ctx.db, input.targetPersonId).id;
    const takenOn = recordedDay(ctx.clock, input.takenOn);
    notBefore(takenOn, record.noticed_on, 'incident_noticed');
    const link = plain(input.link, 200);
    const note = plain(input.note, 1000);
    const { lastInsertRowid } = stmt(
      ctx.db,
      'INSERT INTO incident_actions (incident_id, kind, link, target_person_id, note, taken_on) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(record.id, input.kind, link, target, note, takenOn);
    appendEvent(ctx, {
      kind: 'incident.action_added',
      subjects: subjects(record, target),
      after: {
        id: Number(lastInsertRowid),
        incidentId: record.id,
        kind: input.kind,
        link,
        targetPersonId: target,
        note,
        takenOn,
      },
    });
    return getIncident(ctx.db, ctx.clock, record.id);
  });
}

/** The last day a decision was taken on the incident, or its notice day. */
function lastDecisionDay(record: IncidentRecord, steps: ReturnType<typeof stepsOf>): [string, string] {
  const decided = steps
    .map((s) => s.decided_on)
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1);
  return decided ? [decided, 'incident_decided'] : [record.noticed_on, 'incident_noticed'];
}

export function closeIncident(ctx: ServiceContext, input: ChannelInput<'incidents.close'>): IncidentDetail {
  return transaction(ctx.db, () => {
    const record = incidentRecord(ctx.db, input.id);
    const steps = stepsOf(ctx.db, record.id);
    checkChange(ctx.db, today(ctx.clock), record, steps, 'close');
    const closedOn = recordedDay(ctx.clock, input.closedOn);
    notBefore(closedOn, ...lastDecisionDay(record, steps));
    const note = plain(input.note, 1000);
    stmt(ctx.db, `UPDATE incidents SET status = 'closed', closed_on = ? WHERE id = ?`).run(closedOn, record.id);
    appendEvent(ctx, {
      kind: 'incident.closed',
      subjects: subjects(record),
      before: { incidentId: record.id, status: record.status },
      after: { incidentId: record.id, status: 'closed', closedOn, note },
    });
    return getIncident(ctx.db, ctx.clock, record.id);
  });
}

export function dismissIncident(ctx: ServiceContext, input: ChannelInput<'incidents.dismiss'>): IncidentDetail {
  return transaction(ctx.db, () => {
    const record = incidentRecord(ctx.db, input.id);
    const steps = stepsOf(ctx.db, record.id);
    checkChange(ctx.db, today(ctx.clock), record, steps, 'dismiss', input.reason);
    const dismissedOn = recordedDay(ctx.clock, input.dismissedOn);
    notBefore(dismissedOn, ...lastDecisionDay(record, steps));
    const reason = plain(input.reason, 1000);
    stmt(ctx.db, `UPDATE incidents SET status = 'dismissed', closed_on = ?, dismiss_reason = ? WHERE id = ?`).run(
      dismissedOn,
      reason,
      record.id,
    );
    appendEvent(ctx, {
      kind: 'incident.dismissed',
      subjects: subjects(record),
      before: { incidentId: record.id, status: record.status },
      after: { incidentId: record.id, status: 'dismissed', dismissedOn, reason },
    });
    return getIncident(ctx.db, ctx.clock, record.id);
  });
}

/** Opens a closed or dismissed incident again; its status follows from its steps. */
export function reopenIncident(ctx: ServiceContext, input: ChannelInput<'incidents.reopen'>): IncidentDetail {
  return transaction(ctx.db, () => {
    const record = incidentRecord(ctx.db, input.id);
    const status = checkChange(ctx.db, today(ctx.clock), record, stepsOf(ctx.db, record.id), 'reopen', input.reason);
    const reopenedOn = recordedDay(ctx.clock, input.reopenedOn);
    notBefore(reopenedOn, record.closed_on!, 'incident_closed');
    const reason = plain(input.reason, 1000);
    stmt(ctx.db, 'UPDATE incidents SET status = ?, closed_on = NULL, dismiss_reason = NULL WHERE id = ?').run(
      status,
      record.id,
    );
    appendEvent(ctx, {
      kind: 'incident.reopened',
      subjects: subjects(record),
      before: { incidentId: record.id, status: record.status, closedOn: record.closed_on },
      after: { incidentId: record.id, status, reopenedOn, reason },
    });
    return getIncident(ctx.db, ctx.clock, record.id);
  });
}
