import { describe, expect, it } from 'vitest';
import { getGroup } from '../../electron/capabilities/groups/queries';
import { saveGroup, setCharter } from '../../electron/capabilities/groups/commands';
import { addMember, removeMember } from '../../electron/capabilities/membership/membership';
import type { ServiceContext } from '../../electron/kernel/context';
import { insertPerson } from '../../electron/kernel/store';
import { EMPTY_CHARTER } from '../../shared/domain';
import { person, smallRegistry } from './helpers';

/**
 * A group created on 2024-05-01 by 李伟 (owner), whose memberships are intervals [joined, left):
 *   A joined 05-10 and is still in;
 *   B was in from the founding day until 05-20;
 *   C joined 05-10, left 05-15, and came back 05-25 (a reopened interval);
 *   D joined and left on 05-12 (in for no whole day: an interval of length zero).
 */
function story(): { ctx: ServiceContext; groupId: string } {
  const { ctx, clock } = smallRegistry();
  // The story is entered afterwards, in June: the ledger records days that have come.
  clock.set('2024-06-01T09:00:00.000Z');
  for (const id of ['A', 'B', 'C', 'D']) insertPerson(ctx.db, person(`p-${id}`, `成员${id}`));
  const group = saveGroup(ctx, {
    name: '专项工作群',
    platform: 'wecom',
    platformGroupId: null,
    purpose: null,
    kind: 'standing',
    task: null,
    endDate: null,
    authorisingDoc: null,
    ownerId: 'p-liwei',
    deputyIds: ['p-B'],
    createdOn: '2024-05-01',
  });
  const add = (personId: string, joinedOn: string) => addMember(ctx, { groupId: group.id, personId, joinedOn });
  const leave = (personId: string, leftOn: string) =>
    removeMember(ctx, { groupId: group.id, personId, leftOn, reason: '任务调整' });
  add('p-A', '2024-05-10');
  leave('p-B', '2024-05-20');
  add('p-C', '2024-05-10');
  leave('p-C', '2024-05-15');
  add('p-C', '2024-05-25');
  add('p-D', '2024-05-12');
  leave('p-D', '2024-05-12');
  return { ctx, groupId: group.id };
}

describe('members as of a date', () => {
  it.each<[string, string, string[]]>([
    ['the day before the group existed', '2024-04-30', []],
    ['the founding day', '2024-05-01', ['p-liwei', 'p-B']],
    ['the day before A and C joined', '2024-05-09', ['p-liwei', 'p-B']],
    ['the day A and C joined (joining day counts)', '2024-05-10', ['p-liwei', 'p-A', 'p-B', 'p-C']],
    ['the day D joined and left (an empty interval)', '2024-05-12', ['p-liwei', 'p-A', 'p-B', 'p-C']],
    ['the day before C left', '2024-05-14', ['p-liwei', 'p-A', 'p-B', 'p-C']],
    ['the day C left (leaving day does not count)', '2024-05-15', ['p-liwei', 'p-A', 'p-B']],
    ['the day before B left', '2024-05-19', ['p-liwei', 'p-A', 'p-B']],
    ['the day B left', '2024-05-20', ['p-liwei', 'p-A']],
    ['the gap before C came back', '2024-05-24', ['p-liwei', 'p-A']],
    ['the day C came back', '2024-05-25', ['p-liwei', 'p-A', 'p-C']],
    ['long after', '2030-01-01', ['p-liwei', 'p-A', 'p-C']],
  ])('on %s (%s) the group held %j', (_label, date, expected) => {
    const { ctx, groupId } = story();
    const members = getGroup(ctx.db, groupId, date).members;
    expect(members.map((m) => m.personId).sort()).toEqual([...expected].sort());
    // Each person appears once, with the interval that covers the date.
    for (const m of members) expect(m.joinedOn <= date && (m.leftOn === null || m.leftOn > date)).toBe(true);
  });

  it('shows the current members without a date, C once with the reopened interval', () => {
    const { ctx, groupId } = story();
    const detail = getGroup(ctx.db, groupId);
    expect(detail.asOf).toBeNull();
    expect(detail.members.map((m) => [m.personId, m.joinedOn])).toEqual([
      ['p-liwei', '2024-05-01'],
      ['p-A', '2024-05-10'],
      ['p-C', '2024-05-25'],
    ]);
  });

  it('judges members of a past date against the charter as it stands now', () => {
    const { ctx, groupId } = story();
    // 李伟 is in the middle tier; everyone else is staff.
    setCharter(ctx, { groupId, charter: { ...EMPTY_CHARTER, tierIds: ['tier-2'] } });
    const past = getGroup(ctx.db, groupId, '2024-05-10');
    expect(past.asOf).toBe('2024-05-10');
    expect(Object.fromEntries(past.members.map((m) => [m.personId, m.eligibility]))).toEqual({
      'p-liwei': 'in_charter',
      // B was a deputy then, but left the group and the deputy list on 05-20.
      'p-B': 'outside',
      'p-A': 'outside',
      'p-C': 'outside',
    });
    expect(past.members.find((m) => m.personId === 'p-A')!.mismatches).toEqual(['tier']);
  });
});
