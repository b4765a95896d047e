import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/db/database';
import type { Clock, ServiceContext } from '../../electron/kernel/context';
import { dashboardSummary } from '../../electron/capabilities/insights/dashboard';
import { loadDemo } from '../../electron/seeds/demo';
import { BUREAU_CAST } from '../../electron/seeds/demo/countyBureau';
import { decideException, requestException } from '../../electron/capabilities/exceptions/exceptions';
import { saveGroup, setCharter } from '../../electron/capabilities/groups/commands';
import { addMember } from '../../electron/capabilities/membership/membership';
import { scopeCreepGroups, scopeCreepReport, scopeCreepSummary } from '../../electron/capabilities/insights/reports';
import { searchAll } from '../../electron/capabilities/insights/search';
import { insertPerson } from '../../electron/kernel/store';
import { EMPTY_CHARTER } from '../../shared/domain';
import { person, smallRegistry } from './helpers';

const clock: Clock = { now: () => new Date('2025-06-15T06:00:00Z') };
let db: Db | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
});

function bureau(): ServiceContext {
  db = openDatabase(':memory:');
  const ctx: ServiceContext = { db, actor: 'test', clock };
  loadDemo(ctx, 'county-bureau', 'zh-CN');
  return ctx;
}

describe('scope-creep report', () => {
  it('is read as counts first, then section by section with the same people as the whole report', () => {
    const ctx = bureau();
    const whole = scopeCreepReport(ctx.db, clock);
    const summary = scopeCreepSummary(ctx.db, clock);
    // The window's first answer holds every group's counts and no people.
    expect(summary.groups).toEqual(whole.groups.map(({ entries: _, ...counts }) => counts));
    expect(summary.groupsWithoutCharter).toBe(whole.groupsWithoutCharter);
    expect(JSON.stringify(summary)).not.toContain('"entries"');
    // Sections asked for in any order come back in report order, each with all its people.
    const ids = whole.groups.map((g) => g.groupId);
    expect(scopeCreepGroups(ctx.db, clock, [...ids].reverse())).toEqual(whole.groups);
    expect(scopeCreepGroups(ctx.db, clock, [ids[0]!])).toEqual([whole.groups[0]]);
    // A group that is not in the report (no one outside its charter, or unknown) is left out.
    expect(scopeCreepGroups(ctx.db, clock, ['group-that-does-not-exist'])).toEqual([]);
  });

  it('reads the registry again for its sections once anything has changed since the counts', () => {
    const ctx = bureau();
    const middle = BUREAU_CAST.middleManagersGroup;
    const counts = () => scopeCreepSummary(ctx.db, clock).groups.find((g) => g.groupId === middle)!;
    const section = () => scopeCreepGroups(ctx.db, clock, [middle])[0];
    const whole = () => scopeCreepReport(ctx.db, clock).groups.find((g) => g.groupId === middle);
    const before = counts();
    expect(section()!.entries).toHaveLength(before.outside + before.byException);
    // The charter narrowed to the leadership: the middle managers are outside now, in the counts
    // and in the section read after them.
    setCharter(ctx, { groupId: middle, charter: { ...EMPTY_CHARTER, tierIds: ['tier-1'] } });
    const narrowed = counts();
    expect(narrowed.outside).toBeGreaterThan(before.outside);
    expect(section()).toEqual(whole());
    expect(section()!.entries.filter((e) => e.eligibility === 'outside')).toHaveLength(narrowed.outside);
    // Opened to every tier: only the one who has left the organisation is still outside.
    setCharter(ctx, { groupId: middle, charter: { ...EMPTY_CHARTER, tierIds: ['tier-1', 'tier-2', 'tier-3'] } });
    expect(counts().outside).toBe(1);
    expect(section()).toEqual(whole());
    expect(
      section()!
        .entries.filter((e) => e.eligibility === 'outside')
        .map((e) => e.personId),
    ).toEqual([BUREAU_CAST.leaver]);
  });

  it('lists the staff outside the 中层 group’s charter and how each got in', () => {
    const ctx = bureau();
    const report = scopeCreepReport(ctx.db, clock);
    expect(report.generatedAt).toBe('2025-06-15T06:00:00.000Z');
    const middle = report.groups[0]!;
    expect(middle).toMatchObject({ groupId: BUREAU_CAST.middleManagersGroup, name: '中层干部工作群', byException: 1 });
    // The 22 leaders and middle managers are in the charter; the rest crept in or came by exception.
    expect(middle.inCharter).toBe(22);
    expect(middle.inCharter + middle.outside + middle.byException).toBe(middle.members);
    const outside = middle.entries.filter((e) => e.eligibility === 'outside');
    expect(outside).toHaveLength(middle.outside);
    // Every one of them is staff added by hand — and one has since left the organisation, flagged as such.
    expect(outside.every((e) => e.basis === 'manual' && e.tierRank === 3)).toBe(true);
    expect(outside.filter((e) => !e.mismatches.includes('tier')).map((e) => [e.personId, e.mismatches])).toEqual([
      [BUREAU_CAST.leaver, ['left']],
    ]);
    const hr = outside.find((e) => e.personId === BUREAU_CAST.hrColleague)!;
    expect(hr).toMatchObject({
      joinedOn: '2019-03-05',
      addedByName: '李伟',
      requestedById: BUREAU_CAST.hrColleague,
      basisRef: '要求进群发人事通知',
    });
    // The one who came in by the book is listed after the others, with the exception that let them in.
    const byException = middle.entries.at(-1)!;
    expect(byException).toMatchObject({
      eligibility: 'exception',
      basis: 'exception',
      requestedById: BUREAU_CAST.officeHead,
    });
    expect(byException.exceptionId).toBeTypeOf('number');
  });

  it('gives each listed member the details of their own membership, whatever its number', () => {
    const ctx = bureau();
    const before = scopeCreepReport(ctx.db, clock);
    // Memberships renumbered in reverse, the largest past 2^32 (the report then sorts their numbers
    // another way): every entry still has its own join date, basis and who added and asked.
    ctx.db.exec('PRAGMA foreign_keys = OFF');
    const ids = (ctx.db.prepare('SELECT id FROM memberships ORDER BY id').all() as Array<{ id: number }>).map(
      (r) => r.id,
    );
    const big = 2 ** 32 + 10;
    for (const [i, id] of ids.entries()) {
      const to = big + ids.length - i;
      ctx.db.prepare('UPDATE memberships SET id = ? WHERE id = ?').run(to, id);
      ctx.db.prepare('UPDATE exceptions SET membership_id = ? WHERE membership_id = ?').run(to, id);
    }
    ctx.db.exec('PRAGMA foreign_keys = ON');
    const after = scopeCreepReport(ctx.db, clock);
    expect(after.groups.map((g) => g.entries.length)).toEqual(before.groups.map((g) => g.entries.length));
    const byPerson = (r: typeof before) =>
      r.groups.flatMap((g) =>
        g.entries.map((e) => `${g.groupId} ${e.personId} ${e.joinedOn} ${e.basis} ${e.addedById} ${e.requestedById}`),
      );
    expect(byPerson(after).sort()).toEqual(byPerson(before).sort());
    expect(after.groups.flatMap((g) => g.entries).every((e) => e.joinedOn !== '')).toBe(true);
  });

  it('counts groups whose charter names no composition apart, and leaves out groups that keep to theirs', () => {
    const { ctx } = smallRegistry();
    // smallRegistry's group (tiers 1 and 2) holds only 李伟 and 王强: nothing to report.
    expect(scopeCreepReport(ctx.db, clock)).toMatchObject({ groups: [], groupsWithoutCharter: 0 });
    const open = saveGroup(ctx, {
      name: '闲聊群',
      platform: 'wechat',
      platformGroupId: null,
      purpose: null,
      kind: 'standing',
      task: null,
      endDate: null,
      authorisingDoc: null,
      ownerId: 'p-zhang',
      deputyIds: [],
    });
    addMember(ctx, { groupId: open.id, personId: 'p-nhan' });
    expect(scopeCreepReport(ctx.db, clock)).toMatchObject({ groups: [], groupsWithoutCharter: 1 });
    // Once it has a charter, the member outside it is reported; a leaver still in the group is too.
    setCharter(ctx, { groupId: open.id, charter: { ...EMPTY_CHARTER, tierIds: ['tier-1'] } });
    const report = scopeCreepReport(ctx.db, clock);
    expect(report.groupsWithoutCharter).toBe(0);
    expect(report.groups.map((g) => [g.groupId, g.members, g.inCharter, g.outside])).toEqual([[open.id, 2, 1, 1]]);
    expect(report.groups[0]!.entries.map((e) => [e.personId, e.mismatches])).toEqual([['p-nhan', ['tier']]]);
  });

  it('orders groups by how many are outside, and counts exceptions apart from them', () => {
    const { ctx } = smallRegistry();
    for (const i of [1, 2, 3]) insertPerson(ctx.db, person(`p-s${i}`, `职工${i}`));
    setCharter(ctx, {
      groupId: 'g-middle',
      charter: { ...EMPTY_CHARTER, tierIds: ['tier-1', 'tier-2'], approver: { kind: 'person', ref: 'p-wang' } },
    });
    const { id } = requestException(ctx, {
      groupId: 'g-middle',
      personId: 'p-s1',
      requestedBy: 'p-liwei',
      reason: '协助',
    });
    decideException(ctx, { id, decision: 'approved', decidedBy: 'p-wang' });
    const other = saveGroup(ctx, {
      name: '办公室群',
      platform: 'wecom',
      platformGroupId: null,
      purpose: null,
      kind: 'standing',
      task: null,
      endDate: null,
      authorisingDoc: null,
      ownerId: 'p-wang',
      deputyIds: [],
    });
    for (const p of ['p-s2', 'p-s3']) addMember(ctx, { groupId: other.id, personId: p });
    setCharter(ctx, { groupId: other.id, charter: { ...EMPTY_CHARTER, tierIds: ['tier-1'] } });
    const report = scopeCreepReport(ctx.db, clock);
    expect(report.groups.map((g) => [g.name, g.outside, g.byException])).toEqual([
      ['办公室群', 2, 0],
      ['中层干部工作群', 0, 1],
    ]);
  });
});

describe('dashboard checks', () => {
  it('shows the scope creep top list, exceptions pending and due, and tier warnings of the demo', () => {
    const ctx = bureau();
    const summary = dashboardSummary(ctx.db, clock);
    expect(summary.scopeCreep[0]!.groupId).toBe(BUREAU_CAST.middleManagersGroup);
    expect(summary.scopeCreep.length).toBeLessThanOrEqual(10);
    expect(summary.pendingExceptions).toHaveLength(1);
    // Both approved exceptions come up for review within 30 days: the driver and the planner.
    expect(summary.exceptionsDue.map((e) => e.groupId).sort()).toEqual(
      [BUREAU_CAST.middleManagersGroup, BUREAU_CAST.projectGroup].sort(),
    );
    // The HR group and the task group mix the director (tier 1) with staff (tier 3) without a tier rule.
    const mixing = summary.tierWarnings.filter((w) => w.kind === 'tier_mixing').map((w) => w.groupId);
    expect(mixing).toEqual(expect.arrayContaining([BUREAU_CAST.hrGroup, BUREAU_CAST.projectGroup]));
    expect(summary.tierWarningsTotal).toBe(summary.tierWarnings.length);
    expect(summary.tierWarnings.find((w) => w.groupId === BUREAU_CAST.hrGroup)).toMatchObject({
      highestRank: 1,
      lowestRank: 3,
    });
  });

  it('warns of staff two tiers below a leadership-only group (skip level)', () => {
    const ctx = bureau();
    setCharter(ctx, {
      groupId: BUREAU_CAST.leadershipGroup,
      charter: { ...EMPTY_CHARTER, tierIds: ['tier-1'], whoMayAdd: 'administrator' },
    });
    // The office head (tier 2) is one tier below: not a skip.
    expect(dashboardSummary(ctx.db, clock).tierWarnings.some((w) => w.groupId === BUREAU_CAST.leadershipGroup)).toBe(
      false,
    );
    setCharter(ctx, { groupId: BUREAU_CAST.leadershipGroup, charter: { ...EMPTY_CHARTER } });
    addMember(ctx, { groupId: BUREAU_CAST.leadershipGroup, personId: BUREAU_CAST.quarrelA, joinedOn: '2025-06-15' });
    setCharter(ctx, { groupId: BUREAU_CAST.leadershipGroup, charter: { ...EMPTY_CHARTER, tierIds: ['tier-1'] } });
    expect(dashboardSummary(ctx.db, clock).tierWarnings.find((w) => w.groupId === BUREAU_CAST.leadershipGroup)).toEqual(
      {
        groupId: BUREAU_CAST.leadershipGroup,
        groupName: '局领导班子群',
        kind: 'skip_level',
        people: 1,
        highestRank: 1,
        lowestRank: 3,
      },
    );
  });
});

describe('search everywhere', () => {
  it.each([
    ['lw', 'people', BUREAU_CAST.admin],
    ['liwei', 'people', BUREAU_CAST.admin],
    ['中层', 'groups', BUREAU_CAST.middleManagersGroup],
    ['zcgbgzq', 'groups', BUREAU_CAST.middleManagersGroup],
  ] as const)('"%s" finds %s %s', (query, kind, id) => {
    const ctx = bureau();
    expect(searchAll(ctx.db, query)[kind].map((r) => r.id)).toContain(id);
  });

  it('answers at most 20 of each, and nothing for a query of only spaces', () => {
    const ctx = bureau();
    // Every phone number holds a 1, so all 110 people match.
    const results = searchAll(ctx.db, '1');
    expect(results.people).toHaveLength(20);
    expect(results.groups.length).toBeLessThanOrEqual(20);
    expect(searchAll(ctx.db, '   ')).toEqual({ people: [], groups: [] });
  });
});
