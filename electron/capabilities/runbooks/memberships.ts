/**
 * The membership changes a runbook step makes, each recording the same events the membership
 * commands do: an interval closed with the runbook's reason (the owner too, for a dissolve), an
 * interval re-opened by an undo. A deputy who leaves drops off the group's deputy list and comes
 * back onto it when the leave is undone.
 */
import type { Group, Membership } from '../../../shared/domain';
import { LedgerError } from '../../../shared/errors';
import { stmt, type Db } from '../../db/database';
import type { ServiceContext } from '../../kernel/context';
import { appendEvent } from '../../kernel/events';
import { getGroupRecord } from '../../kernel/records';
import { toGroup, toMembership, type MembershipRecord } from '../../kernel/rows';

export function membershipById(db: Db, id: number): MembershipRecord | undefined {
  return stmt(db, 'SELECT * FROM memberships WHERE id = ?').get(id) as MembershipRecord | undefined;
}

function setDeputies(ctx: ServiceContext, groupId: string, personId: string, deputy: boolean): void {
  const before = toGroup(getGroupRecord(ctx.db, groupId));
  const has = before.deputyIds.includes(personId);
  if (has === deputy) return;
  const after: Group = {
    ...before,
    deputyIds: deputy ? [...before.deputyIds, personId] : before.deputyIds.filter((d) => d !== personId),
  };
  stmt(ctx.db, 'UPDATE groups SET deputy_ids = ? WHERE id = ?').run(JSON.stringify(after.deputyIds), groupId);
  appendEvent(ctx, { kind: 'group.updated', subjects: [groupId, personId], before, after });
}

/** Closes an open interval on `leftOn` with `reason` and records `membership.removed`. */
export function closeMembership(
  ctx: ServiceContext,
  open: MembershipRecord,
  leftOn: string,
  reason: string,
): Membership {
  if (leftOn < open.joined_on) {
    throw new LedgerError('date_too_early', { date: leftOn, since: open.joined_on, event: 'joined' });
  }
  stmt(ctx.db, 'UPDATE memberships SET left_on = ?, left_reason = ? WHERE id = ?').run(leftOn, reason, open.id);
  const before = toMembership(open);
  const after: Membership = { ...before, leftOn, leftReason: reason };
  appendEvent(ctx, {
    kind: 'membership.removed',
    subjects: [open.group_id, open.person_id, `membership-${open.id}`],
    before,
    after: { ...after, leftOn },
  });
  setDeputies(ctx, open.group_id, open.person_id, false);
  return after;
}

/** Re-opens an interval a runbook step closed (the event is the undo's own). */
export function reopenMembership(ctx: ServiceContext, closed: MembershipRecord): Membership {
  stmt(ctx.db, 'UPDATE memberships SET left_on = NULL, left_reason = NULL WHERE id = ?').run(closed.id);
  if (closed.role === 'deputy') setDeputies(ctx, closed.group_id, closed.person_id, true);
  return { ...toMembership(closed), leftOn: null, leftReason: null };
}
