/**
 * Membership commands: add one person to a group under its charter, remove one with a reason.
 * An add runs the charter check first; a person outside the charter is refused (`outside_charter`)
 * and needs an approved exception, which adds them through `openMembership` below.
 */
import type { ChannelInput, CharterCheck, CharterCheckResult } from '../../../shared/contract';
import type { Group, Membership } from '../../../shared/domain';
import { LedgerError } from '../../../shared/errors';
import { stmt, transaction, type Db } from '../../db/database';
import { allowedAdderIds, approverLabel, checkRecord, resolveApprover, unitParents } from '../../kernel/charter';
import { recordedDay, type ServiceContext } from '../../kernel/context';
import { appendEvent } from '../../kernel/events';
import { toGroup, toMembership } from '../../kernel/rows';
import { insertMembership } from '../../kernel/store';
import { getGroupRecord, getPersonRecord } from '../../kernel/records';
import { currentMembership, activeGroup } from '../../kernel/records';

/**
 * The charter check for one person and group (the `charter.check` channel), with what the add
 * dialog needs beside it: already a member, a pending request, the approver and who may add.
 */
export function charterCheck(db: Db, groupId: string, personId: string): CharterCheckResult {
  const group = toGroup(getGroupRecord(db, groupId));
  const person = getPersonRecord(db, personId);
  const check = checkRecord(group, person, unitParents(db));
  const pending = stmt(db, `SELECT id FROM exceptions WHERE group_id = ? AND person_id = ? AND status = 'pending'`).get(
    groupId,
    personId,
  ) as { id: number } | undefined;
  const nameOf = stmt(db, 'SELECT id, name FROM people WHERE id = ?');
  const adders = allowedAdderIds(group)
    .map((id) => nameOf.get(id) as { id: string; name: string } | undefined)
    .filter((p): p is { id: string; name: string } => p !== undefined);
  return {
    ...check,
    groupId,
    personId,
    alreadyMember: currentMembership(db, groupId, personId) !== undefined,
    whoMayAdd: group.charter.whoMayAdd,
    approver: group.charter.approver ? resolveApprover(db, group.charter.approver) : null,
    adders: group.charter.whoMayAdd === 'administrator' ? [] : adders,
    pendingExceptionId: pending?.id ?? null,
  };
}

/**
 * Who adds the member on the platform, as the charter allows: the owner (the default), a deputy
 * when the charter says owner and deputies, anyone — or nobody named, i.e. the administrator at
 * the console — when it says administrator.
 */
export function resolveAdder(db: Db, group: Group, addedBy: string | undefined): string | null {
  if (addedBy !== undefined) {
    const adder = getPersonRecord(db, addedBy);
    if (group.charter.whoMayAdd !== 'administrator' && !allowedAdderIds(group).includes(adder.id)) {
      throw new LedgerError('not_allowed_to_add', {
        group: group.name,
        rule: group.charter.whoMayAdd,
        person: adder.name,
      });
    }
    return adder.id;
  }
  return group.charter.whoMayAdd === 'administrator' ? null : group.ownerId;
}

/**
 * Opens a membership interval and records `membership.added`, whose `after` carries the charter
 * check as it was at that moment, so the history shows why the person was let in. A deputy is
 * also written into the group's deputy list (with its own `group.updated`). Call inside a transaction.
 */
export function openMembership(
  ctx: ServiceContext,
  group: Group,
  draft: Omit<Membership, 'id' | 'leftOn' | 'leftReason' | 'groupId'>,
  check: CharterCheck,
): Membership {
  const membership: Membership = {
    ...draft,
    groupId: group.id,
    leftOn: null,
    leftReason: null,
    id: insertMembership(ctx.db, { ...draft, groupId: group.id, leftOn: null, leftReason: null }),
  };
  appendEvent(ctx, {
    kind: 'membership.added',
    subjects: [group.id, membership.personId, `membership-${membership.id}`],
    after: { ...membership, check: { eligible: check.eligible, via: check.via, mismatches: check.mismatches } },
  });
  if (membership.role === 'deputy' && !group.deputyIds.includes(membership.personId)) {
    const after: Group = { ...group, deputyIds: [...group.deputyIds, membership.personId] };
    stmt(ctx.db, 'UPDATE groups SET deputy_ids = ? WHERE id = ?').run(JSON.stringify(after.deputyIds), group.id);
    appendEvent(ctx, { kind: 'group.updated', subjects: [group.id, membership.personId], before: group, after });
  }
  return membership;
}

/** Adds a person who passes the charter check; the interval opens on `joinedOn` (default today). */
export function addMember(ctx: ServiceContext, input: ChannelInput<'members.add'>): Membership {
  return transaction(ctx.db, () => {
    const group = activeGroup(ctx.db, input.groupId);
    const person = getPersonRecord(ctx.db, input.personId);
    if (person.status !== 'active') throw new LedgerError('person_left', { person: person.name });
    if (currentMembership(ctx.db, group.id, person.id)) {
      throw new LedgerError('membership_exists', { person: person.name, group: group.name });
    }
    const requestedBy = input.requestedBy === undefined ? null : getPersonRecord(ctx.db, input.requestedBy).id;
    const addedBy = resolveAdder(ctx.db, group, input.addedBy);
    const joinedOn = recordedDay(ctx.clock, input.joinedOn);
    if (joinedOn < group.createdOn) {
      throw new LedgerError('date_too_early', { date: joinedOn, since: group.createdOn, event: 'group_created' });
    }
    const check = checkRecord(group, person, unitParents(ctx.db));
    if (!check.eligible) {
      throw new LedgerError('outside_charter', {
        person: person.name,
        group: group.name,
        mismatches: check.mismatches.join(','),
        approver: group.charter.approver ? approverLabel(ctx.db, group.charter.approver) : '',
      });
    }
    return openMembership(
      ctx,
      group,
      {
        personId: person.id,
        role: input.role ?? 'member',
        joinedOn,
        addedBy,
        requestedBy,
        basis: joinedOn === group.createdOn ? 'founding' : 'charter',
        basisRef: input.note ?? null,
      },
      check,
    );
  });
}

/** Ends a person's membership of a group with a reason. The owner is never removed this way. */
export function removeMember(ctx: ServiceContext, input: ChannelInput<'members.remove'>): Membership {
  return transaction(ctx.db, () => {
    const group = getGroupRecord(ctx.db, input.groupId);
    const person = getPersonRecord(ctx.db, input.personId);
    const open = currentMembership(ctx.db, group.id, person.id);
    if (!open) throw new LedgerError('not_a_member', { person: person.name, group: group.name });
    if (open.role === 'owner' || group.owner_id === person.id) {
      throw new LedgerError('owner_cannot_be_removed', { person: person.name, group: group.name });
    }
    const leftOn = recordedDay(ctx.clock, input.leftOn);
    if (leftOn < open.joined_on) {
      throw new LedgerError('date_too_early', { date: leftOn, since: open.joined_on, event: 'joined' });
    }
    stmt(ctx.db, 'UPDATE memberships SET left_on = ?, left_reason = ? WHERE id = ?').run(leftOn, input.reason, open.id);
    const before = toMembership(open);
    const after: Membership = { ...before, leftOn, leftReason: input.reason };
    appendEvent(ctx, {
      kind: 'membership.removed',
      subjects: [group.id, person.id, `membership-${open.id}`],
      before,
      after: { ...after, leftOn },
    });
    const deputies = JSON.parse(group.deputy_ids) as string[];
    if (deputies.includes(person.id)) {
      // A deputy who leaves the group is no longer its deputy.
      const groupBefore = toGroup(group);
      const groupAfter: Group = { ...groupBefore, deputyIds: deputies.filter((d) => d !== person.id) };
      stmt(ctx.db, 'UPDATE groups SET deputy_ids = ? WHERE id = ?').run(JSON.stringify(groupAfter.deputyIds), group.id);
      appendEvent(ctx, {
        kind: 'group.updated',
        subjects: [group.id, person.id],
        before: groupBefore,
        after: groupAfter,
      });
    }
    return after;
  });
}
