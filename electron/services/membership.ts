/** Membership commands: add one person to a group, remove one with a reason. */
import type { ChannelInput } from '../../shared/contract';
import type { Membership } from '../../shared/domain';
import { LedgerError } from '../../shared/errors';
import { stmt, transaction } from '../db/database';
import { today, type ServiceContext } from './context';
import { getPersonRecord } from './directory';
import { appendEvent } from './events';
import { getGroupRecord } from './groups';
import { toMembership, type MembershipRecord } from './rows';
import { insertMembership } from './store';

function openMembership(ctx: ServiceContext, groupId: string, personId: string): MembershipRecord | undefined {
  return stmt(ctx.db, 'SELECT * FROM memberships WHERE group_id = ? AND person_id = ? AND left_on IS NULL').get(
    groupId,
    personId,
  ) as MembershipRecord | undefined;
}

/** Adds a person to a group; the membership interval opens on `joinedOn` (default today). */
export function addMember(ctx: ServiceContext, input: ChannelInput<'members.add'>): Membership {
  return transaction(ctx.db, () => {
    const group = getGroupRecord(ctx.db, input.groupId);
    if (group.status !== 'active') throw new LedgerError('group_closed', { group: group.name, status: group.status });
    const person = getPersonRecord(ctx.db, input.personId);
    if (person.status !== 'active') throw new LedgerError('person_left', { person: person.name });
    if (input.addedBy) getPersonRecord(ctx.db, input.addedBy);
    if (input.requestedBy) getPersonRecord(ctx.db, input.requestedBy);
    if (openMembership(ctx, group.id, person.id)) {
      throw new LedgerError('membership_exists', { person: person.name, group: group.name });
    }
    const draft: Omit<Membership, 'id'> = {
      groupId: group.id,
      personId: person.id,
      role: input.role ?? 'member',
      joinedOn: input.joinedOn ?? today(ctx.clock),
      leftOn: null,
      addedBy: input.addedBy ?? null,
      requestedBy: input.requestedBy ?? null,
      basis: 'manual',
      basisRef: input.note ?? null,
      leftReason: null,
    };
    const membership: Membership = { ...draft, id: insertMembership(ctx.db, draft) };
    appendEvent(ctx, {
      kind: 'membership.added',
      subjects: [group.id, person.id, `membership-${membership.id}`],
      after: membership,
    });
    return membership;
  });
}

/** Ends a person's membership of a group with a reason. The owner is never removed this way. */
export function removeMember(ctx: ServiceContext, input: ChannelInput<'members.remove'>): Membership {
  return transaction(ctx.db, () => {
    const group = getGroupRecord(ctx.db, input.groupId);
    const person = getPersonRecord(ctx.db, input.personId);
    const open = openMembership(ctx, group.id, person.id);
    if (!open) throw new LedgerError('not_a_member', { person: person.name, group: group.name });
    if (open.role === 'owner' || group.owner_id === person.id) {
      throw new LedgerError('owner_cannot_be_removed', { person: person.name, group: group.name });
    }
    const leftOn = input.leftOn ?? today(ctx.clock);
    if (leftOn < open.joined_on) {
      throw new LedgerError('invalid_input', { field: 'leftOn', detail: `before ${open.joined_on}` });
    }
    stmt(ctx.db, 'UPDATE memberships SET left_on = ?, left_reason = ? WHERE id = ?').run(leftOn, input.reason, open.id);
    const before = toMembership(open);
    const after: Membership = { ...before, leftOn, leftReason: input.reason };
    appendEvent(ctx, {
      kind: 'membership.removed',
      subjects: [group.id, person.id, `membership-${open.id}`],
      before,
      after,
    });
    return after;
  });
}
