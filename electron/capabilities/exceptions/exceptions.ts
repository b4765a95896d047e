/**
 * Exception requests: someone outside a group's charter asks to be let in. The request names the
 * charter's approver as it stands when asked; only that approver decides, once. Approval opens the
 * membership in the same transaction (basis 'exception', basisRef `exception-<id>`), so there is
 * never an approved exception without its member nor an exception member without its approval.
 */
import type { ChannelInput, ChannelOutput, ExceptionRow } from '../../../shared/contract';
import type { ExceptionRequest } from '../../../shared/domain';
import { LedgerError } from '../../../shared/errors';
import { stmt, transaction, type Db } from '../../db/database';
import { approverLabel, checkRecord, isApprover, unitParents } from '../../kernel/charter';
import { recordedDay, type ServiceContext } from '../../kernel/context';
import { appendEvent } from '../../kernel/events';
import { openMembership, resolveAdder } from '../membership';
import { toException, type ExceptionRecord } from '../../kernel/rows';
import { insertException } from '../../kernel/store';
import { activeGroup, currentMembership, getPersonRecord } from '../../kernel/records';

const EXCEPTION_ROW_SQL = `
  SELECT e.*, g.name AS group_name, p.name AS person_name, rq.name AS requested_by_name, d.name AS decided_by_name,
    ap.name AS approver_name, (m.id IS NOT NULL AND m.left_on IS NULL) AS member_now
  FROM exceptions e
  JOIN groups g ON g.id = e.group_id
  JOIN people p ON p.id = e.person_id
  LEFT JOIN people rq ON rq.id = e.requested_by
  LEFT JOIN people d ON d.id = e.decided_by
  LEFT JOIN people ap ON e.approver_kind = 'person' AND ap.id = e.approver_ref
  LEFT JOIN memberships m ON m.id = e.membership_id`;

type ExceptionRowRecord = ExceptionRecord & {
  group_name: string;
  person_name: string;
  requested_by_name: string | null;
  decided_by_name: string | null;
  approver_name: string | null;
  member_now: number;
};

export function toExceptionRow(r: ExceptionRowRecord): ExceptionRow {
  return {
    ...toException(r),
    groupName: r.group_name,
    personName: r.person_name,
    requestedByName: r.requested_by_name,
    decidedByName: r.decided_by_name,
    approverLabel: r.approver_kind === 'person' ? (r.approver_name ?? r.approver_ref) : r.approver_ref,
    memberNow: r.member_now === 1,
  };
}

/** Pending first, then the newest. */
const ORDER = "ORDER BY e.status = 'pending' DESC, e.requested_on DESC, e.id DESC";

export function listExceptions(db: Db, filter: ChannelInput<'exceptions.list'>): ExceptionRow[] {
  const rows = stmt(
    db,
    `${EXCEPTION_ROW_SQL}
     WHERE (?1 IS NULL OR e.group_id = ?1) AND (?2 IS NULL OR e.person_id = ?2) AND (?3 IS NULL OR e.status = ?3)
     ${ORDER}`,
  ).all(filter.groupId ?? null, filter.personId ?? null, filter.status ?? null) as unknown as ExceptionRowRecord[];
  return rows.map(toExceptionRow);
}

/** Pending requests, and approved ones due for review (within 30 days of `today` or past) whose member is still in. */
export function exceptionsForDashboard(db: Db, today: string): { pending: ExceptionRow[]; due: ExceptionRow[] } {
  const pending = stmt(db, `${EXCEPTION_ROW_SQL} WHERE e.status = 'pending' ${ORDER} LIMIT 50`).all();
  const due = stmt(
    db,
    `${EXCEPTION_ROW_SQL} WHERE e.status = 'approved' AND e.review_on IS NOT NULL AND e.review_on <= date(?, '+30 days')
       AND m.id IS NOT NULL AND m.left_on IS NULL ORDER BY e.review_on, e.id LIMIT 50`,
  ).all(today);
  return {
    pending: (pending as unknown as ExceptionRowRecord[]).map(toExceptionRow),
    due: (due as unknown as ExceptionRowRecord[]).map(toExceptionRow),
  };
}

export function getExceptionRow(db: Db, id: number): ExceptionRow {
  const row = stmt(db, `${EXCEPTION_ROW_SQL} WHERE e.id = ?`).get(id) as unknown as ExceptionRowRecord | undefined;
  if (!row) throw new LedgerError('not_found', { kind: 'exception', id });
  return toExceptionRow(row);
}

function exceptionRecord(db: Db, id: number): ExceptionRecord {
  const row = stmt(db, 'SELECT * FROM exceptions WHERE id = ?').get(id) as ExceptionRecord | undefined;
  if (!row) throw new LedgerError('not_found', { kind: 'exception', id });
  return row;
}

export function requestException(ctx: ServiceContext, input: ChannelInput<'exceptions.request'>): ExceptionRow {
  return transaction(ctx.db, () => {
    const group = activeGroup(ctx.db, input.groupId);
    const approver = group.charter.approver;
    if (!approver) throw new LedgerError('no_approver', { group: group.name });
    const person = getPersonRecord(ctx.db, input.personId);
    if (person.status !== 'active') throw new LedgerError('person_left', { person: person.name });
    const requester = getPersonRecord(ctx.db, input.requestedBy);
    if (requester.status !== 'active') throw new LedgerError('person_left', { person: requester.name });
    if (currentMembership(ctx.db, group.id, person.id)) {
      throw new LedgerError('membership_exists', { person: person.name, group: group.name });
    }
    const check = checkRecord(group, person, unitParents(ctx.db));
    if (check.eligible) {
      throw new LedgerError('within_charter', { person: person.name, group: group.name, via: check.via ?? '' });
    }
    const pending = stmt(
      ctx.db,
      `SELECT 1 AS x FROM exceptions WHERE group_id = ? AND person_id = ? AND status = 'pending'`,
    );
    if (pending.get(group.id, person.id)) {
      throw new LedgerError('exception_pending', { person: person.name, group: group.name });
    }
    const requestedOn = recordedDay(ctx.clock, input.requestedOn);
    if (requestedOn < group.createdOn) {
      throw new LedgerError('date_too_early', { date: requestedOn, since: group.createdOn, event: 'group_created' });
    }
    if (input.reviewOn !== undefined && input.reviewOn < requestedOn) {
      throw new LedgerError('date_too_early', { date: input.reviewOn, since: requestedOn, event: 'requested' });
    }
    const draft: Omit<ExceptionRequest, 'id'> = {
      groupId: group.id,
      personId: person.id,
      role: input.role ?? 'member',
      requestedBy: requester.id,
      requestedOn,
      reason: input.reason,
      approver: { kind: approver.kind, ref: approver.ref },
      status: 'pending',
      decidedBy: null,
      decidedOn: null,
      documentRef: null,
      decisionNote: null,
      reviewOn: input.reviewOn ?? null,
      membershipId: null,
    };
    const id = insertException(ctx.db, draft);
    appendEvent(ctx, {
      kind: 'exception.requested',
      subjects: [group.id, person.id, `exception-${id}`],
      after: {
        ...draft,
        status: 'pending' as const,
        id,
        check: { eligible: false, via: null, mismatches: check.mismatches },
      },
    });
    return getExceptionRow(ctx.db, id);
  });
}

export function decideException(
  ctx: ServiceContext,
  input: ChannelInput<'exceptions.decide'>,
): ChannelOutput<'exceptions.decide'> {
  return transaction(ctx.db, () => {
    const record = exceptionRecord(ctx.db, input.id);
    if (record.status !== 'pending') {
      throw new LedgerError('exception_decided', { status: record.status, date: record.decided_on ?? '' });
    }
    const before = toException(record);
    const decider = getPersonRecord(ctx.db, input.decidedBy);
    if (!isApprover(ctx.db, before.approver, decider.id)) {
      throw new LedgerError('not_the_approver', {
        person: decider.name,
        approver: approverLabel(ctx.db, before.approver),
      });
    }
    const decidedOn = recordedDay(ctx.clock, input.decidedOn);
    if (decidedOn < before.requestedOn) {
      throw new LedgerError('date_too_early', { date: decidedOn, since: before.requestedOn, event: 'requested' });
    }
    const reviewOn = input.reviewOn ?? before.reviewOn;
    if (reviewOn !== null && reviewOn < decidedOn) {
      throw new LedgerError('date_too_early', { date: reviewOn, since: decidedOn, event: 'decided' });
    }
    let membership = null;
    if (input.decision === 'approved') {
      const group = activeGroup(ctx.db, before.groupId);
      const person = getPersonRecord(ctx.db, before.personId);
      if (person.status !== 'active') throw new LedgerError('person_left', { person: person.name });
      if (currentMembership(ctx.db, group.id, person.id)) {
        throw new LedgerError('membership_exists', { person: person.name, group: group.name });
      }
      const addedBy = resolveAdder(ctx.db, group, input.addedBy);
      membership = openMembership(
        ctx,
        group,
        {
          personId: person.id,
          role: before.role,
          joinedOn: decidedOn,
          addedBy,
          requestedBy: before.requestedBy,
          basis: 'exception',
          basisRef: `exception-${before.id}`,
        },
        checkRecord(group, person, unitParents(ctx.db)),
      );
    }
    const after: ExceptionRequest = {
      ...before,
      status: input.decision,
      decidedBy: decider.id,
      decidedOn,
      documentRef: input.documentRef ?? null,
      decisionNote: input.note ?? null,
      reviewOn,
      membershipId: membership?.id ?? null,
    };
    stmt(
      ctx.db,
      `UPDATE exceptions SET status = ?, decided_by = ?, decided_on = ?, document_ref = ?, decision_note = ?,
         review_on = ?, membership_id = ? WHERE id = ?`,
    ).run(
      after.status,
      after.decidedBy,
      after.decidedOn,
      after.documentRef,
      after.decisionNote,
      after.reviewOn,
      after.membershipId,
      after.id,
    );
    const subjects = [before.groupId, before.personId, `exception-${before.id}`, decider.id];
    if (input.decision === 'approved') {
      appendEvent(ctx, { kind: 'exception.approved', subjects, before, after: { ...after, status: 'approved' } });
    } else {
      appendEvent(ctx, { kind: 'exception.rejected', subjects, before, after: { ...after, status: 'rejected' } });
    }
    return { exception: getExceptionRow(ctx.db, before.id), membership };
  });
}
