/**
 * Group commands: create or edit a group, set its charter, transfer its ownership. Each is one
 * transaction with its events; a bad reference or date is refused before anything is written.
 * Ownership never changes through an edit: a transfer is its own command with a reason.
 */
import { randomBytes } from 'node:crypto';
import type { ChannelInput } from '../../../shared/contract';
import { EMPTY_CHARTER, type Charter, type Group } from '../../../shared/domain';
import { LedgerError } from '../../../shared/errors';
import { stmt, transaction, type Db } from '../../db/database';
import { checkRecord, unitParents } from '../../kernel/charter';
import { recordedDay, type ServiceContext } from '../../kernel/context';
import { appendEvent } from '../../kernel/events';
import { openMembership } from '../membership';
import { toGroup, toMembership } from '../../kernel/rows';
import { insertGroup, updateGroup } from '../../kernel/store';
import { activeGroup, currentMembership, getGroupRecord, getPersonRecord } from '../../kernel/records';

function newGroupId(db: Db): string {
  for (;;) {
    const id = `group-${randomBytes(5).toString('hex')}`;
    if (!stmt(db, 'SELECT 1 AS x FROM groups WHERE id = ?').get(id)) return id;
  }
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** An ad-hoc group's end date cannot come before the group itself. */
function checkEndDate(endDate: string | null, createdOn: string): void {
  if (endDate !== null && endDate < createdOn) {
    throw new LedgerError('date_too_early', { date: endDate, since: createdOn, event: 'group_created' });
  }
}

/** The details a create and an edit both take from the form as given. */
function detailsOf(
  input: ChannelInput<'groups.save'>,
): Pick<Group, 'name' | 'platform' | 'platformGroupId' | 'purpose' | 'kind' | 'task' | 'endDate' | 'authorisingDoc'> {
  const { name, platform, platformGroupId, purpose, kind, task, endDate, authorisingDoc } = input;
  return { name, platform, platformGroupId, purpose, kind, task, endDate, authorisingDoc };
}

export function saveGroup(ctx: ServiceContext, input: ChannelInput<'groups.save'>): Group {
  return transaction(ctx.db, () =>
    input.id === undefined ? createGroup(ctx, input) : editGroup(ctx, input.id, input),
  );
}

/** A new group: the owner and deputies are its founding members on the day it was created. */
function createGroup(ctx: ServiceContext, input: ChannelInput<'groups.save'>): Group {
  const { db } = ctx;
  if (!input.ownerId) throw new LedgerError('owner_required');
  const owner = getPersonRecord(db, input.ownerId);
  if (owner.status !== 'active') throw new LedgerError('person_left', { person: owner.name });
  const deputyIds = unique(input.deputyIds);
  const deputies = deputyIds.map((id) => getPersonRecord(db, id));
  for (const d of deputies) {
    if (d.id === owner.id) throw new LedgerError('already_owner', { person: d.name, group: input.name });
    if (d.status !== 'active') throw new LedgerError('person_left', { person: d.name });
  }
  const createdOn = recordedDay(ctx.clock, input.createdOn);
  checkEndDate(input.endDate, createdOn);
  const group: Group = {
    id: newGroupId(db),
    ...detailsOf(input),
    ownerId: owner.id,
    deputyIds,
    charter: EMPTY_CHARTER,
    status: 'active',
    createdOn,
  };
  insertGroup(db, group);
  appendEvent(ctx, { kind: 'group.created', subjects: [group.id, owner.id, ...deputyIds], after: group });
  const parents = unitParents(db);
  for (const person of [owner, ...deputies]) {
    openMembership(
      ctx,
      group,
      {
        personId: person.id,
        role: person.id === owner.id ? 'owner' : 'deputy',
        joinedOn: createdOn,
        addedBy: owner.id,
        requestedBy: null,
        basis: 'founding',
        basisRef: null,
      },
      checkRecord(group, person, parents),
    );
  }
  return group;
}

/**
 * Edits a group's details and deputies. Deputies must be current members; their membership role
 * follows (member ↔ deputy). The creation date may move earlier, never past its first member.
 */
function editGroup(ctx: ServiceContext, id: string, input: ChannelInput<'groups.save'>): Group {
  const { db } = ctx;
  const before = toGroup(getGroupRecord(db, id));
  if (input.ownerId !== undefined && input.ownerId !== before.ownerId) {
    throw new LedgerError('owner_via_transfer', { group: before.name });
  }
  const deputyIds = unique(input.deputyIds);
  for (const personId of deputyIds) {
    const person = getPersonRecord(db, personId);
    if (personId === before.ownerId)
      throw new LedgerError('already_owner', { person: person.name, group: before.name });
    if (!currentMembership(db, id, personId)) {
      throw new LedgerError('not_a_member', { person: person.name, group: before.name });
    }
  }
  const createdOn = input.createdOn === undefined ? before.createdOn : recordedDay(ctx.clock, input.createdOn);
  if (createdOn !== before.createdOn) {
    const first = stmt(db, 'SELECT min(joined_on) AS d FROM memberships WHERE group_id = ?').get(id) as {
      d: string | null;
    };
    if (first.d !== null && first.d < createdOn) {
      throw new LedgerError('date_too_early', { date: first.d, since: createdOn, event: 'group_created' });
    }
  }
  checkEndDate(input.endDate, createdOn);
  const after: Group = {
    ...before,
    ...detailsOf(input),
    deputyIds,
    createdOn,
  };
  updateGroup(db, after);
  const setRole = stmt(db, 'UPDATE memberships SET role = ? WHERE group_id = ? AND person_id = ? AND left_on IS NULL');
  const changed: string[] = [];
  for (const personId of deputyIds.filter((d) => !before.deputyIds.includes(d))) {
    setRole.run('deputy', id, personId);
    changed.push(personId);
  }
  for (const personId of before.deputyIds.filter((d) => !deputyIds.includes(d))) {
    setRole.run('member', id, personId);
    changed.push(personId);
  }
  appendEvent(ctx, { kind: 'group.updated', subjects: [id, ...changed], before, after });
  return after;
}

/** Sets a group's charter after checking that every tier, unit and person it names exists. */
export function setCharter(ctx: ServiceContext, input: ChannelInput<'groups.setCharter'>): Group {
  return transaction(ctx.db, () => {
    const { db } = ctx;
    const before = toGroup(getGroupRecord(db, input.groupId));
    const exists = (table: 'tiers' | 'units' | 'people', kind: string, ids: string[]) => {
      const sql =
        table === 'tiers'
          ? 'SELECT 1 AS x FROM tiers WHERE id = ?'
          : table === 'units'
            ? 'SELECT 1 AS x FROM units WHERE id = ?'
            : 'SELECT 1 AS x FROM people WHERE id = ?';
      for (const id of ids) if (!stmt(db, sql).get(id)) throw new LedgerError('not_found', { kind, id });
    };
    const charter: Charter = {
      ...input.charter,
      tierIds: unique(input.charter.tierIds),
      unitIds: unique(input.charter.unitIds),
      positions: unique(input.charter.positions),
      personIds: unique(input.charter.personIds),
      allowedContent: unique(input.charter.allowedContent),
    };
    exists('tiers', 'tier', charter.tierIds);
    exists('units', 'unit', charter.unitIds);
    exists('people', 'person', charter.personIds);
    if (charter.approver?.kind === 'person') exists('people', 'person', [charter.approver.ref]);
    const after: Group = { ...before, charter };
    updateGroup(db, after);
    appendEvent(ctx, {
      kind: 'group.charter_changed',
      subjects: [before.id],
      before: before.charter,
      after: charter,
    });
    return after;
  });
}

/**
 * Makes a current, active member the owner. The old owner stays in the group as a member; the new
 * one leaves the deputy list. The event records the reason.
 */
export function transferOwnership(ctx: ServiceContext, input: ChannelInput<'groups.transferOwnership'>): Group {
  return transaction(ctx.db, () => {
    const { db } = ctx;
    const before = activeGroup(db, input.groupId);
    const to = getPersonRecord(db, input.toPersonId);
    if (before.ownerId === to.id) throw new LedgerError('already_owner', { person: to.name, group: before.name });
    if (to.status !== 'active') throw new LedgerError('person_left', { person: to.name });
    const membership = currentMembership(db, before.id, to.id);
    if (!membership) throw new LedgerError('not_a_member', { person: to.name, group: before.name });
    const after: Group = { ...before, ownerId: to.id, deputyIds: before.deputyIds.filter((d) => d !== to.id) };
    const setRole = stmt(
      db,
      'UPDATE memberships SET role = ? WHERE group_id = ? AND person_id = ? AND left_on IS NULL',
    );
    if (before.ownerId) setRole.run('member', before.id, before.ownerId);
    setRole.run('owner', before.id, to.id);
    updateGroup(db, after);
    appendEvent(ctx, {
      kind: 'group.owner_transferred',
      subjects: [before.id, ...(before.ownerId ? [before.ownerId] : []), to.id],
      before: { ownerId: before.ownerId, deputyIds: before.deputyIds, membership: toMembership(membership) },
      after: { ownerId: to.id, deputyIds: after.deputyIds, reason: input.reason },
    });
    return after;
  });
}
