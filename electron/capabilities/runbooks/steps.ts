/**
 * Walking a runbook: one step's outcome per transaction, with the membership change a `done`
 * makes and the event that records it, so a walk killed at any moment holds every acknowledged
 * step exactly once and resumes at its first step without an outcome. The last outcome finishes
 * the runbook. A membership changed outside the runbook is never overwritten: the step is refused
 * (`runbook_step_drift`) and the step view shows the drift.
 */
import type { ChannelInput } from '../../../shared/contract';
import { LedgerError } from '../../../shared/errors';
import { stmt, transaction } from '../../db/database';
import { checkRecord, unitParents } from '../../kernel/charter';
import { today, type ServiceContext } from '../../kernel/context';
import { appendEvent } from '../../kernel/events';
import { currentMembership, getGroupRecord, getPersonRecord } from '../../kernel/records';
import { toGroup } from '../../kernel/rows';
import { transferOwnership } from '../groups';
import { openMembership } from '../membership';
import { closeMembership, membershipById, reopenMembership } from './memberships';
import {
  getRunbookRecord,
  lastRecordedStep,
  requireRunning,
  runbookStep,
  runbookSteps,
  setGroupStatus,
  stepPayload,
  storedPlan,
  type RunbookRecord,
  type StepRecord,
} from './records';

function drift(ctx: ServiceContext, step: StepRecord): never {
  throw new LedgerError('runbook_step_drift', {
    person: getPersonRecord(ctx.db, step.person_id).name,
    group: getGroupRecord(ctx.db, step.group_id).name,
  });
}

/** Steps of the group other than `step` that are neither done nor skipped (waiting or failed). */
function othersLeft(ctx: ServiceContext, step: StepRecord): number {
  return (
    stmt(
      ctx.db,
      `SELECT count(*) AS n FROM runbook_steps WHERE runbook_id = ? AND group_id = ? AND ord <> ?
          AND (outcome IS NULL OR outcome NOT IN ('done', 'skipped'))`,
    ).get(step.runbook_id, step.group_id, step.ord) as { n: number }
  ).n;
}

/** Makes the membership change of a `done` step; returns the membership it closed or opened. */
function perform(ctx: ServiceContext, r: RunbookRecord, step: StepRecord): number | null {
  const { db } = ctx;
  const group = getGroupRecord(db, step.group_id);
  const person = getPersonRecord(db, step.person_id);
  if (step.action === 'remove') {
    const open = currentMembership(db, group.id, person.id);
    if (!open) drift(ctx, step);
    const owns = open.role === 'owner' || group.owner_id === person.id;
    if (owns && r.kind !== 'dissolve') {
      throw new LedgerError('owner_cannot_be_removed', { person: person.name, group: group.name });
    }
    if (owns) {
      const left = othersLeft(ctx, step);
      if (left > 0) throw new LedgerError('runbook_owner_last', { person: person.name, group: group.name, left });
    }
    return closeMembership(ctx, open, today(ctx.clock), r.reason).id;
  }
  if (step.action === 'add') {
    if (currentMembership(db, group.id, person.id)) drift(ctx, step);
    if (person.status !== 'active') throw new LedgerError('person_left', { person: person.name });
    const g = toGroup(group);
    const joinedOn = today(ctx.clock);
    const check = checkRecord(g, person, unitParents(db));
    return openMembership(
      ctx,
      g,
      {
        personId: person.id,
        role: step.role ?? 'member',
        joinedOn,
        addedBy: null,
        requestedBy: null,
        basis: 'charter',
        basisRef: r.reason.slice(0, 500),
      },
      check,
    ).id;
  }
  // transfer: the successor must still be a member.
  if (!currentMembership(db, group.id, person.id)) drift(ctx, step);
  transferOwnership(ctx, { groupId: group.id, toPersonId: person.id, reason: r.reason });
  return null;
}

/** Finishes a runbook whose every step has an outcome; a fully done dissolve marks its group dissolved. */
function finish(ctx: ServiceContext, r: RunbookRecord, steps: StepRecord[]): void {
  const count = (o: string) => steps.filter((s) => s.outcome === o).length;
  stmt(ctx.db, `UPDATE runbooks SET state = 'finished', ended_at = ? WHERE id = ?`).run(
    ctx.clock.now().toISOString(),
    r.id,
  );
  stmt(ctx.db, 'UPDATE runbook_groups SET open = NULL WHERE runbook_id = ?').run(r.id);
  appendEvent(ctx, {
    kind: 'runbook.finished',
    subjects: [`runbook-${r.id}`, ...new Set(steps.map((s) => s.group_id))],
    before: { id: r.id, state: r.state },
    after: { id: r.id, state: 'finished', done: count('done'), skipped: count('skipped'), failed: count('failed') },
  });
  // Dissolved only when every step was done and nobody is left in the group.
  const groupId = steps[0]!.group_id;
  const remaining = stmt(ctx.db, 'SELECT count(*) AS n FROM memberships WHERE group_id = ? AND left_on IS NULL').get(
    groupId,
  ) as { n: number };
  if (r.kind === 'dissolve' && count('done') === steps.length && remaining.n === 0) {
    setGroupStatus(ctx, groupId, 'dissolved', r);
  }
}

/**
 * Records one step's outcome (a `done` makes its change); the last outcome finishes the runbook.
 * Reads the one step and counts what is left rather than every step: reading all of a 1,000-step
 * walk twice per step was half of a step's time.
 */
export function recordStep(ctx: ServiceContext, input: ChannelInput<'runbooks.step'>): number {
  return transaction(ctx.db, () => {
    const { db } = ctx;
    const r = getRunbookRecord(db, input.id);
    requireRunning(r);
    const step = runbookStep(db, r.id, input.ord);
    if (!step) throw new LedgerError('runbook_unknown_step', { ord: input.ord });
    const names = () => ({
      person: getPersonRecord(db, step.person_id).name,
      group: getGroupRecord(db, step.group_id).name,
    });
    // A failed step may be tried again; any other outcome must be undone first.
    if (step.outcome !== null && step.outcome !== 'failed') throw new LedgerError('runbook_step_recorded', names());
    const note = input.note?.trim() || null;
    if (input.outcome === 'skipped' && !note) throw new LedgerError('runbook_skip_reason', { person: names().person });
    const membershipId = input.outcome === 'done' ? perform(ctx, r, step) : null;
    const acted = (
      stmt(db, 'SELECT coalesce(max(acted), 0) + 1 AS n FROM runbook_steps WHERE runbook_id = ?').get(r.id) as {
        n: number;
      }
    ).n;
    const at = ctx.clock.now().toISOString();
    stmt(
      db,
      'UPDATE runbook_steps SET outcome = ?, note = ?, at = ?, acted = ?, membership_id = ? WHERE runbook_id = ? AND ord = ?',
    ).run(input.outcome, note, at, acted, membershipId, r.id, step.ord);
    const recorded = { ...step, outcome: input.outcome, note, at, acted, membership_id: membershipId };
    appendEvent(ctx, {
      kind: 'runbook.step_recorded',
      subjects: [`runbook-${r.id}`, step.group_id, step.person_id],
      after: stepPayload(recorded),
    });
    const open = stmt(db, 'SELECT count(*) AS n FROM runbook_steps WHERE runbook_id = ? AND outcome IS NULL').get(
      r.id,
    ) as { n: number };
    if (open.n === 0) finish(ctx, r, runbookSteps(db, r.id));
    return r.id;
  });
}

/**
 * Undoes the last recorded step of a runbook in progress: a done removal re-opens the membership
 * it closed, a done add closes the one it opened, a done transfer hands the group back.
 */
export function undoStep(ctx: ServiceContext, id: number): number {
  return transaction(ctx.db, () => {
    const { db } = ctx;
    const r = getRunbookRecord(db, id);
    requireRunning(r);
    const last = lastRecordedStep(db, id);
    if (!last || last.outcome === null) throw new LedgerError('runbook_nothing_to_undo');
    let membership = null;
    if (last.outcome === 'done') {
      if (last.action === 'remove') {
        const closed = membershipById(db, last.membership_id!);
        if (!closed || closed.left_on === null || currentMembership(db, last.group_id, last.person_id)) {
          drift(ctx, last);
        }
        membership = reopenMembership(ctx, closed);
      } else if (last.action === 'add') {
        const opened = membershipById(db, last.membership_id!);
        if (!opened || opened.left_on !== null) drift(ctx, last);
        membership = closeMembership(ctx, opened, today(ctx.clock), r.reason);
      } else {
        const input = storedPlan(r).input;
        const back = input.kind === 'offboard' ? input.personId : null;
        const group = getGroupRecord(db, last.group_id);
        if (!back || group.owner_id !== last.person_id || !currentMembership(db, group.id, back)) drift(ctx, last);
        transferOwnership(ctx, { groupId: group.id, toPersonId: back, reason: r.reason });
      }
    }
    stmt(
      db,
      `UPDATE runbook_steps SET outcome = NULL, note = NULL, at = NULL, acted = NULL, membership_id = NULL
        WHERE runbook_id = ? AND ord = ?`,
    ).run(id, last.ord);
    appendEvent(ctx, {
      kind: 'runbook.step_undone',
      subjects: [`runbook-${id}`, last.group_id, last.person_id],
      before: stepPayload({ ...last, outcome: last.outcome }),
      after: { runbookId: id, ord: last.ord, membership },
    });
    return id;
  });
}
