/**
 * Runbook commands around the walk: plan a draft, change it, start it (the snapshot of every
 * touched group taken in the same commit), pause, resume, cancel. Each is one transaction with
 * its events; the steps themselves are in steps.ts.
 */
import type { ChannelInput, RunbookPlanInput } from '../../../shared/contract';
import { LedgerError } from '../../../shared/errors';
import { stmt, transaction, type Db } from '../../db/database';
import { today, type ServiceContext } from '../../kernel/context';
import { appendEvent } from '../../kernel/events';
import { activeGroup, getPersonRecord } from '../../kernel/records';
import { buildPlan, dissolvableGroup, snapshotOf, type BuiltPlan } from './plan';
import {
  getRunbookRecord,
  incidentRef,
  planPayload,
  requireDraft,
  requireGroupsFree,
  requireOpen,
  runbookGroupIds,
  setGroupStatus,
  storedPlan,
  type RunbookRecord,
  type StoredPlan,
} from './records';

type Authorisation = NonNullable<RunbookPlanInput['authorisation']>;

function authorisationColumns(db: Db, a: Authorisation | null | undefined) {
  return {
    person: a?.personId === undefined ? null : getPersonRecord(db, a.personId).id,
    position: a?.position ?? null,
    on: a?.on ?? null,
    documentRef: a?.documentRef ?? null,
  };
}

/** Writes the groups and steps of a plan (a draft's old ones are replaced). */
function writePlan(db: Db, id: number, plan: BuiltPlan): void {
  stmt(db, 'DELETE FROM runbook_steps WHERE runbook_id = ?').run(id);
  stmt(db, 'DELETE FROM runbook_groups WHERE runbook_id = ?').run(id);
  const group = stmt(db, 'INSERT INTO runbook_groups (runbook_id, group_id, sort, open) VALUES (?, ?, ?, 1)');
  plan.groupIds.forEach((g, i) => group.run(id, g, i + 1));
  const step = stmt(
    db,
    'INSERT INTO runbook_steps (runbook_id, ord, group_id, person_id, action, role) VALUES (?, ?, ?, ?, ?, ?)',
  );
  plan.steps.forEach((s, i) => step.run(id, i + 1, s.groupId, s.personId, s.action, s.role));
}

function subjects(db: Db, r: RunbookRecord, input: RunbookPlanInput): string[] {
  const people = input.kind === 'offboard' ? [input.personId] : [];
  return [`runbook-${r.id}`, ...runbookGroupIds(db, r.id), ...people];
}

/** Drafts a runbook with its steps in walking order. */
export function planRunbook(ctx: ServiceContext, given: RunbookPlanInput): number {
  return transaction(ctx.db, () => {
    const { db } = ctx;
    // A group another runbook holds is refused before anything about the plan itself.
    if (given.kind !== 'offboard') requireGroupsFree(db, [given.groupId], null);
    const incidentId = incidentRef(db, given.incidentId);
    const input: RunbookPlanInput = { ...given, incidentId: incidentId ?? undefined };
    if (incidentId === null) delete input.incidentId;
    const plan = buildPlan(db, input, today(ctx.clock));
    requireGroupsFree(db, plan.groupIds, null);
    const auth = authorisationColumns(db, input.authorisation);
    const stored: StoredPlan = { input, notPlanned: plan.notPlanned };
    const result = stmt(
      db,
      `INSERT INTO runbooks (kind, state, reason, plan, incident_id, authorised_by_person, authorised_by_position,
         authorised_on, document_ref, created_at) VALUES (?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      input.kind,
      input.reason.trim(),
      JSON.stringify(stored),
      incidentId,
      auth.person,
      auth.position,
      auth.on,
      auth.documentRef,
      ctx.clock.now().toISOString(),
    );
    const id = Number(result.lastInsertRowid);
    writePlan(db, id, plan);
    const record = getRunbookRecord(db, id);
    appendEvent(ctx, {
      kind: 'runbook.planned',
      subjects: subjects(db, record, input),
      after: planPayload(db, record),
    });
    return id;
  });
}

/** Changes a draft: its reason, incident, authorisation, prune subset or successors; steps re-planned. */
export function updatePlan(ctx: ServiceContext, input: ChannelInput<'runbooks.updatePlan'>): number {
  return transaction(ctx.db, () => {
    const { db } = ctx;
    const before = getRunbookRecord(db, input.id);
    requireDraft(before);
    const old = storedPlan(before).input;
    const next = { ...old } as RunbookPlanInput;
    if (input.reason !== undefined) next.reason = input.reason;
    if (input.incidentId !== undefined) next.incidentId = incidentRef(db, input.incidentId) ?? undefined;
    if (next.incidentId === undefined) delete next.incidentId;
    if (input.authorisation !== undefined) next.authorisation = input.authorisation ?? undefined;
    if (input.personIds !== undefined && next.kind === 'prune') next.personIds = input.personIds;
    if (input.successors !== undefined && next.kind === 'offboard') next.successors = input.successors;
    const payloadBefore = planPayload(db, before);
    const plan = buildPlan(db, next, today(ctx.clock));
    requireGroupsFree(db, plan.groupIds, before.id);
    const auth = authorisationColumns(db, next.authorisation);
    stmt(
      db,
      `UPDATE runbooks SET reason = ?, plan = ?, incident_id = ?, authorised_by_person = ?, authorised_by_position = ?,
         authorised_on = ?, document_ref = ? WHERE id = ?`,
    ).run(
      next.reason.trim(),
      JSON.stringify({ input: next, notPlanned: plan.notPlanned } satisfies StoredPlan),
      next.incidentId ?? null,
      auth.person,
      auth.position,
      auth.on,
      auth.documentRef,
      before.id,
    );
    writePlan(db, before.id, plan);
    const after = getRunbookRecord(db, before.id);
    appendEvent(ctx, {
      kind: 'runbook.plan_updated',
      subjects: subjects(db, after, next),
      before: payloadBefore,
      after: planPayload(db, after),
    });
    return before.id;
  });
}

/**
 * Plans a draft again from the memberships as they are now, so the walk starts from the same state
 * as its snapshot (someone who joined or left since the plan was drafted); a change is recorded as
 * `runbook.plan_updated`. A plan that no longer holds (a successor gone) refuses the start.
 */
function refreshPlan(ctx: ServiceContext, r: RunbookRecord): void {
  const { db } = ctx;
  const stored = storedPlan(r);
  const before = planPayload(db, r);
  const plan = buildPlan(db, stored.input, today(ctx.clock));
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const steps = plan.steps.map((s, i) => ({ ord: i + 1, groupId: s.groupId, personId: s.personId, action: s.action }));
  if (same(steps, before.steps) && same(plan.groupIds, before.groupIds)) return;
  requireGroupsFree(db, plan.groupIds, r.id);
  writePlan(db, r.id, plan);
  stmt(db, 'UPDATE runbooks SET plan = ? WHERE id = ?').run(
    JSON.stringify({ input: stored.input, notPlanned: plan.notPlanned } satisfies StoredPlan),
    r.id,
  );
  appendEvent(ctx, {
    kind: 'runbook.plan_updated',
    subjects: subjects(db, r, stored.input),
    before,
    after: planPayload(db, r),
  });
}

/**
 * Starts a draft. The membership of every group it touches is written as its snapshot in the same
 * commit; a dissolve marks its group dissolving, a rebuild makes its dissolved group active again.
 */
export function startRunbook(ctx: ServiceContext, id: number): number {
  return transaction(ctx.db, () => {
    const { db } = ctx;
    const r = getRunbookRecord(db, id);
    requireDraft(r);
    refreshPlan(ctx, r);
    const groupIds = runbookGroupIds(db, id);
    // A dissolution may finish what an earlier one left dissolving; anything else needs an active group.
    if (r.kind === 'dissolve') for (const g of groupIds) dissolvableGroup(db, g);
    else if (r.kind !== 'rebuild') for (const g of groupIds) activeGroup(db, g);
    const write = stmt(db, 'UPDATE runbook_groups SET snapshot = ? WHERE runbook_id = ? AND group_id = ?');
    const snapshots = groupIds.map((groupId) => {
      const members = snapshotOf(db, groupId);
      write.run(JSON.stringify(members), id, groupId);
      return { groupId, members: members.length };
    });
    const startedAt = ctx.clock.now().toISOString();
    // Who carries it out, as the report names them: the administrator, never an account id.
    const carriedOutBy = ctx.adminName === undefined ? ctx.actor : ctx.adminName;
    stmt(db, `UPDATE runbooks SET state = 'in_progress', started_at = ?, carried_out_by = ? WHERE id = ?`).run(
      startedAt,
      carriedOutBy,
      id,
    );
    appendEvent(ctx, {
      kind: 'runbook.started',
      subjects: [`runbook-${id}`, ...groupIds],
      after: { id, state: 'in_progress', carriedOutBy, snapshots },
    });
    if (r.kind === 'dissolve') setGroupStatus(ctx, groupIds[0]!, 'dissolving', r);
    if (r.kind === 'rebuild') setGroupStatus(ctx, groupIds[0]!, 'active', r);
    return id;
  });
}

function pausedFor(ctx: ServiceContext, r: RunbookRecord): number {
  return r.state === 'paused' && r.paused_at ? ctx.clock.now().getTime() - Date.parse(r.paused_at) : 0;
}

export function pauseRunbook(ctx: ServiceContext, id: number): number {
  return transaction(ctx.db, () => {
    const r = getRunbookRecord(ctx.db, id);
    requireOpen(r);
    if (r.state !== 'in_progress') throw new LedgerError('runbook_not_running');
    stmt(ctx.db, `UPDATE runbooks SET state = 'paused', paused_at = ? WHERE id = ?`).run(
      ctx.clock.now().toISOString(),
      id,
    );
    appendEvent(ctx, {
      kind: 'runbook.paused',
      subjects: [`runbook-${id}`],
      before: { id, state: r.state },
      after: { id, state: 'paused' },
    });
    return id;
  });
}

export function resumeRunbook(ctx: ServiceContext, id: number): number {
  return transaction(ctx.db, () => {
    const r = getRunbookRecord(ctx.db, id);
    requireOpen(r);
    if (r.state !== 'paused') throw new LedgerError('runbook_not_paused');
    stmt(ctx.db, `UPDATE runbooks SET state = 'in_progress', paused_at = NULL, paused_ms = ? WHERE id = ?`).run(
      r.paused_ms + pausedFor(ctx, r),
      id,
    );
    appendEvent(ctx, {
      kind: 'runbook.resumed',
      subjects: [`runbook-${id}`],
      before: { id, state: 'paused' },
      after: { id, state: 'in_progress' },
    });
    return id;
  });
}

/** Whether this runbook's start moved its group to dissolving (a follow-up found it so already). */
function movedToDissolving(db: Db, id: number): boolean {
  return (
    stmt(
      db,
      `SELECT 1 AS x FROM event_subjects s JOIN events e ON e.seq = s.seq
        WHERE s.subject = ? AND e.kind = 'group.status_changed' LIMIT 1`,
    ).get(`runbook-${id}`) !== undefined
  );
}

/**
 * Cancels an open runbook with a reason. Steps already done stay done (undo them first if they
 * should not); a group the dissolution made dissolving becomes active again, while one an earlier
 * dissolution had left dissolving stays so.
 */
export function cancelRunbook(ctx: ServiceContext, id: number, reason: string): number {
  return transaction(ctx.db, () => {
    const r = getRunbookRecord(ctx.db, id);
    requireOpen(r);
    stmt(
      ctx.db,
      `UPDATE runbooks SET state = 'cancelled', ended_at = ?, cancel_reason = ?, paused_at = NULL, paused_ms = ?
        WHERE id = ?`,
    ).run(ctx.clock.now().toISOString(), reason.trim(), r.paused_ms + pausedFor(ctx, r), id);
    stmt(ctx.db, 'UPDATE runbook_groups SET open = NULL WHERE runbook_id = ?').run(id);
    appendEvent(ctx, {
      kind: 'runbook.cancelled',
      subjects: [`runbook-${id}`, ...runbookGroupIds(ctx.db, id)],
      before: { id, state: r.state },
      after: { id, state: 'cancelled', reason: reason.trim() },
    });
    if (r.kind === 'dissolve' && r.state !== 'draft' && movedToDissolving(ctx.db, id)) {
      const status = stmt(ctx.db, 'SELECT status FROM groups WHERE id = ?').get(runbookGroupIds(ctx.db, id)[0]!) as {
        status: string;
      };
      if (status.status === 'dissolving') setGroupStatus(ctx, runbookGroupIds(ctx.db, id)[0]!, 'active', r);
    }
    return id;
  });
}
