import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { EMPTY_CHARTER } from '../../shared/domain';
import { LedgerError } from '../../shared/errors';
import { errorMessage } from '../../shared/i18n/errors';
import type { ServiceContext } from '../../electron/kernel/context';
import { allEvents } from '../../electron/kernel/events';
import { getGroup } from '../../electron/capabilities/groups/queries';
import { saveGroup, setCharter, transferOwnership } from '../../electron/capabilities/groups/commands';
import { addMember, removeMember } from '../../electron/capabilities/membership/membership';
import { smallRegistry } from './helpers';

function refuses(ctx: ServiceContext, code: string, fn: () => unknown): LedgerError {
  const events = allEvents(ctx.db).length;
  const snapshot = () =>
    ctx.db
      .prepare('SELECT * FROM groups ORDER BY id')
      .all()
      .concat(ctx.db.prepare('SELECT * FROM memberships ORDER BY id').all());
  const before = JSON.stringify(snapshot());
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(LedgerError);
  expect((error as LedgerError).code).toBe(code);
  expect(allEvents(ctx.db)).toHaveLength(events);
  expect(JSON.stringify(snapshot())).toBe(before);
  return error as LedgerError;
}

const NEW_GROUP: ChannelInput<'groups.save'> = {
  name: '人事工作群',
  platform: 'dingtalk',
  platformGroupId: 'dd-123',
  purpose: '人事、工资、社保事项',
  kind: 'standing',
  task: null,
  endDate: null,
  authorisingDoc: '局长批示',
  ownerId: 'p-liwei',
  deputyIds: ['p-zhang'],
  createdOn: '2024-03-04',
};

/** The existing 中层干部工作群 with its fields as an edit would send them. */
const EDIT: ChannelInput<'groups.save'> = {
  id: 'g-middle',
  name: '中层干部工作群',
  platform: 'wechat',
  platformGroupId: null,
  purpose: '文件转发',
  kind: 'standing',
  task: null,
  endDate: null,
  authorisingDoc: null,
  deputyIds: [],
};

describe('creating a group', () => {
  it('makes the owner and deputies founding members on the day it was created, with an empty charter', () => {
    const { ctx } = smallRegistry();
    const before = allEvents(ctx.db).length;
    const group = saveGroup(ctx, NEW_GROUP);
    expect(group).toMatchObject({
      ownerId: 'p-liwei',
      deputyIds: ['p-zhang'],
      charter: EMPTY_CHARTER,
      status: 'active',
    });
    expect(group.id).toMatch(/^group-[0-9a-f]{10}$/);
    const detail = getGroup(ctx.db, group.id);
    expect(detail.charterDefined).toBe(false);
    expect(detail.members.map((m) => [m.personId, m.role, m.basis, m.joinedOn, m.addedById])).toEqual([
      ['p-liwei', 'owner', 'founding', '2024-03-04', 'p-liwei'],
      ['p-zhang', 'deputy', 'founding', '2024-03-04', 'p-liwei'],
    ]);
    expect(
      allEvents(ctx.db)
        .slice(before)
        .map((e) => e.kind),
    ).toEqual(['group.created', 'membership.added', 'membership.added']);
  });

  it.each<[string, Partial<ChannelInput<'groups.save'>>, string]>([
    ['without an owner', { ownerId: undefined }, 'owner_required'],
    ['with an owner who has left', { ownerId: 'p-left' }, 'person_left'],
    ['with an unknown owner', { ownerId: 'p-ghost' }, 'not_found'],
    ['with the owner also as a deputy', { deputyIds: ['p-liwei'] }, 'already_owner'],
    ['with a deputy who has left', { deputyIds: ['p-left'] }, 'person_left'],
    ['with an end date before the group', { kind: 'adhoc', endDate: '2024-03-01' }, 'date_too_early'],
  ])('refuses a group %s and writes nothing', (_label, change, code) => {
    const { ctx } = smallRegistry();
    refuses(ctx, code, () => saveGroup(ctx, { ...NEW_GROUP, ...change }));
  });
});

describe('editing a group', () => {
  it('changes details and switches deputy roles, recording before and after', () => {
    const { ctx } = smallRegistry();
    const after = saveGroup(ctx, { ...EDIT, purpose: '文件转发和临时通知', deputyIds: ['p-wang'] });
    expect(after).toMatchObject({ purpose: '文件转发和临时通知', deputyIds: ['p-wang'], ownerId: 'p-liwei' });
    expect(getGroup(ctx.db, 'g-middle').members.find((m) => m.personId === 'p-wang')!.role).toBe('deputy');
    const event = allEvents(ctx.db).at(-1)!;
    expect(event).toMatchObject({
      kind: 'group.updated',
      before: { purpose: '文件转发', deputyIds: [] },
      after: { purpose: '文件转发和临时通知', deputyIds: ['p-wang'] },
    });
    saveGroup(ctx, { ...EDIT, deputyIds: [] });
    expect(getGroup(ctx.db, 'g-middle').members.find((m) => m.personId === 'p-wang')!.role).toBe('member');
  });

  it('finds the edited group by its new name', async () => {
    const { listGroups } = await import('../../electron/capabilities/groups/queries');
    const { ctx } = smallRegistry();
    saveGroup(ctx, { ...EDIT, name: 'Nhóm cán bộ chủ chốt' });
    expect(listGroups(ctx.db, 'nhom can bo').map((g) => g.id)).toEqual(['g-middle']);
  });

  it('refuses to change the owner by editing, and says how to do it', () => {
    const { ctx } = smallRegistry();
    const error = refuses(ctx, 'owner_via_transfer', () => saveGroup(ctx, { ...EDIT, ownerId: 'p-wang' }));
    expect(errorMessage('zh-CN', error.code, error.params)).toContain('转让群主');
  });

  it.each<[string, Partial<ChannelInput<'groups.save'>>, string]>([
    ['a deputy who is not a member', { deputyIds: ['p-nhan'] }, 'not_a_member'],
    ['a deputy who left the group', { deputyIds: ['p-zhang'] }, 'not_a_member'],
    ['the owner as a deputy', { deputyIds: ['p-liwei'] }, 'already_owner'],
    ['a creation date after its first members joined', { createdOn: '2024-03-02' }, 'date_too_early'],
  ])('refuses %s', (_label, change, code) => {
    const { ctx } = smallRegistry();
    refuses(ctx, code, () => saveGroup(ctx, { ...EDIT, ...change }));
  });
});

describe('setting the charter', () => {
  it('stores the charter and records it before and after', () => {
    const { ctx } = smallRegistry();
    const charter = {
      ...EMPTY_CHARTER,
      tierIds: ['tier-2'],
      unitIds: ['unit-office'],
      positions: ['办公室主任', '办公室主任'],
      whoMayAdd: 'owner_and_deputies' as const,
      approver: { kind: 'person' as const, ref: 'p-wang' },
      allowedContent: ['notices', 'meeting_invitations'],
    };
    const group = setCharter(ctx, { groupId: 'g-middle', charter });
    expect(group.charter).toEqual({ ...charter, positions: ['办公室主任'] });
    expect(getGroup(ctx.db, 'g-middle').group.charter).toEqual(group.charter);
    expect(allEvents(ctx.db).at(-1)).toMatchObject({
      kind: 'group.charter_changed',
      before: { tierIds: ['tier-1', 'tier-2'] },
      after: { tierIds: ['tier-2'], approver: { ref: 'p-wang' } },
    });
  });

  it.each<[string, Partial<typeof EMPTY_CHARTER>, string]>([
    ['an unknown tier', { tierIds: ['tier-9'] }, 'tier'],
    ['an unknown unit', { unitIds: ['unit-ghost'] }, 'unit'],
    ['an unknown person', { personIds: ['p-ghost'] }, 'person'],
    ['an unknown approver', { approver: { kind: 'person', ref: 'p-ghost' } }, 'person'],
  ])('refuses %s, naming what is missing', (_label, change, kind) => {
    const { ctx } = smallRegistry();
    const error = refuses(ctx, 'not_found', () =>
      setCharter(ctx, { groupId: 'g-middle', charter: { ...EMPTY_CHARTER, ...change } }),
    );
    expect(error.params.kind).toBe(kind);
  });
});

describe('transferring ownership', () => {
  it('makes a member the owner, keeps the old owner as a member, and records the reason', () => {
    const { ctx } = smallRegistry();
    saveGroup(ctx, { ...EDIT, deputyIds: ['p-wang'] });
    // The owner cannot be removed before the transfer…
    refuses(ctx, 'owner_cannot_be_removed', () =>
      removeMember(ctx, { groupId: 'g-middle', personId: 'p-liwei', reason: '调离' }),
    );
    const group = transferOwnership(ctx, { groupId: 'g-middle', toPersonId: 'p-wang', reason: '李伟调离办公室' });
    expect(group).toMatchObject({ ownerId: 'p-wang', deputyIds: [] });
    const roles = Object.fromEntries(getGroup(ctx.db, 'g-middle').members.map((m) => [m.personId, m.role]));
    expect(roles).toEqual({ 'p-wang': 'owner', 'p-liwei': 'member' });
    expect(allEvents(ctx.db).at(-1)).toMatchObject({
      kind: 'group.owner_transferred',
      subjects: ['g-middle', 'p-liwei', 'p-wang'],
      before: { ownerId: 'p-liwei' },
      after: { ownerId: 'p-wang', reason: '李伟调离办公室' },
    });
    // …and can be after it.
    expect(removeMember(ctx, { groupId: 'g-middle', personId: 'p-liwei', reason: '调离' }).leftOn).toBe('2024-03-04');
  });

  it.each<[string, string, string]>([
    ['someone not in the group', 'p-nhan', 'not_a_member'],
    ['the owner themselves', 'p-liwei', 'already_owner'],
    ['someone who has left the organisation', 'p-left', 'person_left'],
  ])('refuses a transfer to %s', (_label, to, code) => {
    const { ctx } = smallRegistry();
    refuses(ctx, code, () => transferOwnership(ctx, { groupId: 'g-middle', toPersonId: to, reason: 'x' }));
  });

  it('refuses changes to a group that is no longer active', () => {
    const { ctx } = smallRegistry();
    ctx.db.exec("UPDATE groups SET status = 'dissolved' WHERE id = 'g-middle'");
    const error = refuses(ctx, 'group_closed', () => addMember(ctx, { groupId: 'g-middle', personId: 'p-nhan' }));
    expect(errorMessage('vi', error.code, error.params)).toContain('đã giải tán');
    refuses(ctx, 'group_closed', () =>
      transferOwnership(ctx, { groupId: 'g-middle', toPersonId: 'p-wang', reason: 'x' }),
    );
  });
});
