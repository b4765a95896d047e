import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/db/database';
import type { Clock, ServiceContext } from '../../electron/kernel/context';
import { dashboardSummary } from '../../electron/capabilities/insights/dashboard';
import { BUREAU_CAST, BUREAU_GROUP_CREATED, BUREAU_RULES_ISSUED } from '../../electron/seeds/demo/countyBureau';
import { demoKindFor, loadDemo, type DemoKind } from '../../electron/seeds/demo';
import { YOUTH_CAST, YOUTH_GROUPS_CREATED } from '../../electron/seeds/demo/youthUnion';
import { listPeople, listTiers } from '../../electron/capabilities/directory/queries';
import { allEvents, findChainBreak } from '../../electron/kernel/events';
import { getGroup } from '../../electron/capabilities/groups/queries';
import { createOrganisation } from '../../electron/capabilities/organisation/organisation';
import { buildSnapshot, parseSnapshot } from '../../electron/capabilities/snapshots';

const NOW = new Date('2025-06-15T06:00:00Z');
const TODAY = '2025-06-15';
const clock: Clock = { now: () => NOW };

let db: Db | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
});

function load(kind: DemoKind, at: Clock = clock): ServiceContext {
  db = openDatabase(':memory:');
  const ctx: ServiceContext = { db, actor: 'test', clock: at };
  loadDemo(ctx, kind, kind === 'youth-union' ? 'vi' : 'zh-CN');
  return ctx;
}

function all<T>(sql: string, ...params: Array<string | number>): T[] {
  return db!.prepare(sql).all(...params) as unknown as T[];
}

function count(sql: string, ...params: Array<string | number>): number {
  return (db!.prepare(sql).get(...params) as { n: number }).n;
}

function openMemberIds(groupId: string): string[] {
  return all<{ person_id: string }>('SELECT person_id FROM memberships WHERE group_id = ? AND left_on IS NULL', groupId)
    .map((r) => r.person_id)
    .sort();
}

function peopleIds(where: string, ...params: string[]): string[] {
  return all<{ id: string }>(`SELECT id FROM people WHERE ${where}`, ...params)
    .map((r) => r.id)
    .sort();
}

/** What every demo must satisfy: a valid, time-ordered history that explains every row. */
function expectBelievableHistory(): void {
  const events = allEvents(db!);
  expect(findChainBreak(events)).toBeNull();
  for (let i = 1; i < events.length; i++) expect(events[i]!.at >= events[i - 1]!.at).toBe(true);
  expect(events.at(-1)!.at < NOW.toISOString()).toBe(true);
  expect(count(`SELECT count(*) AS n FROM events WHERE kind = 'membership.added'`)).toBe(
    count('SELECT count(*) AS n FROM memberships'),
  );
  expect(count(`SELECT count(*) AS n FROM events WHERE kind = 'membership.removed'`)).toBe(
    count('SELECT count(*) AS n FROM memberships WHERE left_on IS NOT NULL'),
  );
  expect(count(`SELECT count(*) AS n FROM events WHERE kind = 'person.created'`)).toBe(
    count('SELECT count(*) AS n FROM people'),
  );
  expect(count(`SELECT count(*) AS n FROM events WHERE kind = 'group.created'`)).toBe(
    count('SELECT count(*) AS n FROM groups'),
  );
  // A membership dated D was recorded on D (office hours fall on the same UTC date).
  const mismatched = events.filter(
    (e) => e.kind === 'membership.added' && (e.after as { joinedOn: string }).joinedOn !== e.at.slice(0, 10),
  );
  expect(mismatched).toEqual([]);
  // Every group has its owner as an open 'owner' membership, and its deputies as 'deputy'.
  for (const g of all<{ id: string; owner_id: string; deputy_ids: string }>(
    'SELECT id, owner_id, deputy_ids FROM groups',
  )) {
    const roles = all<{ person_id: string; role: string }>(
      'SELECT person_id, role FROM memberships WHERE group_id = ? AND left_on IS NULL AND role != ?',
      g.id,
      'member',
    );
    const deputies = JSON.parse(g.deputy_ids) as string[];
    expect(roles.filter((r) => r.role === 'owner').map((r) => r.person_id)).toEqual([g.owner_id]);
    expect(
      roles
        .filter((r) => r.role === 'deputy')
        .map((r) => r.person_id)
        .sort(),
    ).toEqual([...deputies].sort());
  }
  // The snapshot verifier checks every schema and reference; the demo must pass it.
  expect(() => parseSnapshot(JSON.stringify(buildSnapshot(db!, clock)))).not.toThrow();
}

describe('county-bureau demo', () => {
  it('has about 110 staff in about 12 units and three tiers', () => {
    load('county-bureau');
    expect(count('SELECT count(*) AS n FROM people')).toBe(110);
    expect(count('SELECT count(*) AS n FROM units')).toBe(12);
    expect(listTiers(db!).map((t) => t.name)).toEqual(['领导班子', '中层干部', '一般干部职工']);
    expect(count(`SELECT count(*) AS n FROM people WHERE tier_id = 'tier-1'`)).toBe(6);
    expect(count(`SELECT count(*) AS n FROM people WHERE tier_id IN ('tier-1', 'tier-2')`)).toBe(22);
    const admin = listPeople(db!, 'lw').find((p) => p.id === BUREAU_CAST.admin);
    expect(admin).toMatchObject({ name: '李伟', position: '办公室副主任', tierId: 'tier-2' });
  });

  it('tells the scope-creep story of 中层干部工作群', () => {
    load('county-bureau');
    const D = BUREAU_GROUP_CREATED;
    const detail = getGroup(db!, BUREAU_CAST.middleManagersGroup);
    expect(detail.group).toMatchObject({
      name: '中层干部工作群',
      platform: 'wechat',
      kind: 'standing',
      ownerId: BUREAU_CAST.admin,
      createdOn: D,
      charter: { tierIds: ['tier-1', 'tier-2'], whoMayAdd: 'owner', approver: { kind: 'position', ref: '局长' } },
    });
    expect(detail.group.charter.allowedContent).toContain('文件转发');
    expect(detail.charterDefined).toBe(true);
    expect(detail.group.purpose).toContain('文件转发和临时通知');
    expect(detail.group.authorisingDoc).toBeTruthy();
    expect(detail.members.length).toBeGreaterThanOrEqual(95);
    expect(detail.members.length).toBeLessThanOrEqual(105);

    // On the day it was created: exactly the founding members, i.e. leadership and middle managers.
    const onD = all<{ person_id: string; basis: string }>(
      `SELECT person_id, basis FROM memberships WHERE group_id = ? AND joined_on <= ? AND (left_on IS NULL OR left_on > ?)`,
      BUREAU_CAST.middleManagersGroup,
      D,
      D,
    );
    expect(onD.map((r) => r.person_id).sort()).toEqual(peopleIds(`tier_id IN ('tier-1', 'tier-2')`));
    expect(onD.every((r) => r.basis === 'founding')).toBe(true);
    expect(getGroup(db!, BUREAU_CAST.middleManagersGroup, D).members).toHaveLength(22);

    // Within three days everyone else was in, added by 李伟 at someone's request.
    const later = all<{
      joined_on: string;
      added_by: string;
      requested_by: string | null;
      basis: string;
      basis_ref: string;
    }>(
      `SELECT * FROM memberships WHERE group_id = ? AND joined_on > ? AND basis != 'exception'`,
      BUREAU_CAST.middleManagersGroup,
      D,
    );
    expect(later.length).toBeGreaterThanOrEqual(70);
    for (const m of later) {
      expect(m.joined_on > D && m.joined_on <= '2019-03-07').toBe(true);
      expect(m).toMatchObject({ added_by: BUREAU_CAST.admin, basis: 'manual' });
      expect(m.requested_by).toBeTruthy();
      expect(m.basis_ref).toBeTruthy();
    }
    expect(getGroup(db!, BUREAU_CAST.middleManagersGroup, '2019-03-07').members.length).toBeGreaterThanOrEqual(95);
    const first = later.find((m) => m.requested_by === BUREAU_CAST.hrColleague);
    expect(first).toMatchObject({ joined_on: '2019-03-05', basis_ref: '要求进群发人事通知' });

    // The quarrel of D+10 was between ordinary members.
    const members = new Map(detail.members.map((m) => [m.personId, m]));
    for (const id of [BUREAU_CAST.quarrelA, BUREAU_CAST.quarrelB, BUREAU_CAST.mediator]) {
      expect(members.get(id)).toMatchObject({
        role: 'member',
        tierRank: 3,
        eligibility: 'outside',
        mismatches: ['tier'],
      });
    }
    // The founders are within the charter; the staff who crept in are outside it, with who asked.
    const founders = detail.members.filter((m) => m.basis === 'founding');
    expect(founders).toHaveLength(22);
    expect(founders.every((m) => m.eligibility === 'in_charter')).toBe(true);
    const hr = members.get(BUREAU_CAST.hrColleague)!;
    expect(hr).toMatchObject({ basis: 'manual', requestedById: BUREAU_CAST.hrColleague, addedById: BUREAU_CAST.admin });
    expect(hr.requestedByName).toBe(hr.name);
    expect(hr.addedByName).toBe('李伟');
  });

  it('has the director’s approved exception, a pending request and the group’s rules', () => {
    const ctx = load('county-bureau');
    const detail = getGroup(db!, BUREAU_CAST.middleManagersGroup);
    const approved = detail.exceptions.filter((e) => e.status === 'approved');
    const pending = detail.exceptions.filter((e) => e.status === 'pending');
    expect(approved).toHaveLength(1);
    expect(pending).toHaveLength(1);
    // Only the approved one let someone in, on the day of the decision, by exception.
    const driver = detail.members.find((m) => m.personId === approved[0]!.personId)!;
    expect(driver).toMatchObject({
      basis: 'exception',
      basisRef: `exception-${approved[0]!.id}`,
      eligibility: 'exception',
      exceptionId: approved[0]!.id,
      joinedOn: approved[0]!.decidedOn,
      requestedById: BUREAU_CAST.officeHead,
    });
    expect(approved[0]).toMatchObject({ decidedBy: BUREAU_CAST.director, approverLabel: '局长', memberNow: true });
    expect(detail.members.some((m) => m.personId === pending[0]!.personId)).toBe(false);

    const summary = dashboardSummary(ctx.db, clock);
    expect(summary.pendingExceptions.map((e) => e.id)).toContain(pending[0]!.id);
    expect(summary.exceptionsDue.map((e) => e.id)).toContain(approved[0]!.id);
    expect(summary.scopeCreep[0]).toMatchObject({ groupId: BUREAU_CAST.middleManagersGroup, byException: 1 });
    expect(summary.scopeCreep[0]!.outside).toBeGreaterThanOrEqual(70);

    // Rules issued in the second week: acknowledged by every manager, not by all the staff.
    expect(detail.rules).toMatchObject({ version: 1, effectiveOn: BUREAU_RULES_ISSUED });
    expect(detail.rules!.notAcknowledged).toBeGreaterThan(10);
    expect(detail.rules!.notAcknowledged).toBeLessThan(detail.members.length - 22);
  });

  it('has tiered groups, a leaver still in a group and an ad-hoc group about to expire', () => {
    const ctx = load('county-bureau');
    const names = all<{ name: string; platform: string }>('SELECT name, platform FROM groups');
    expect(names.map((g) => g.name)).toEqual(expect.arrayContaining(['局领导班子群', '办公室工作群', '人事工作群']));
    expect(new Set(names.map((g) => g.platform))).toEqual(new Set(['wechat', 'wecom', 'dingtalk']));
    expect(openMemberIds(BUREAU_CAST.leadershipGroup)).toEqual(
      [...peopleIds(`tier_id = 'tier-1'`), BUREAU_CAST.officeHead].sort(),
    );
    expect(openMemberIds(BUREAU_CAST.hrGroup)).toEqual(
      [...peopleIds(`unit_id = 'unit-hr'`), BUREAU_CAST.director].sort(),
    );
    expect(openMemberIds(BUREAU_CAST.officeGroup)).toEqual(peopleIds(`unit_id = 'unit-office'`));

    const summary = dashboardSummary(ctx.db, clock);
    expect(summary.leaversStillInGroups.map((l) => l.personId)).toEqual([BUREAU_CAST.leaver]);
    expect(summary.endingGroups.rows.map((g) => g.id)).toEqual([BUREAU_CAST.projectGroup]);
    expect(summary.expiredGroups).toEqual({ rows: [], total: 0 });
    const project = getGroup(db!, BUREAU_CAST.projectGroup).group;
    expect(project.kind).toBe('adhoc');
    expect(project.task).toBeTruthy();
    expect(project.endDate! > TODAY).toBe(true);
    expect(count(`SELECT count(*) AS n FROM people WHERE id = ? AND status = 'left'`, BUREAU_CAST.retiree)).toBe(1);
    expect(openMemberIds(BUREAU_CAST.middleManagersGroup)).not.toContain(BUREAU_CAST.retiree);
  });

  it('writes a believable, verifiable history', () => {
    load('county-bureau');
    expectBelievableHistory();
    const actors = new Set(allEvents(db!).map((e) => e.actor));
    expect(actors).toEqual(new Set(['李伟']));
  });

  it('is the same every time for the same clock', () => {
    load('county-bureau');
    const first = all('SELECT * FROM memberships ORDER BY id');
    const people = all('SELECT * FROM people ORDER BY id');
    db!.close();
    load('county-bureau');
    expect(all('SELECT * FROM memberships ORDER BY id')).toEqual(first);
    expect(all('SELECT * FROM people ORDER BY id')).toEqual(people);
  });
});

describe('youth-union demo', () => {
  const standing = [YOUTH_CAST.allGroup, YOUTH_CAST.standingGroup, YOUTH_CAST.schoolsGroup];

  it('has the organisation, four tiers and 60–80 people', () => {
    load('youth-union');
    const people = count('SELECT count(*) AS n FROM people');
    expect(people).toBeGreaterThanOrEqual(60);
    expect(people).toBeLessThanOrEqual(80);
    expect(listTiers(db!).map((t) => [t.id, t.name])).toEqual([
      ['tier-1', 'Thường trực Đoàn khối'],
      ['tier-2', 'Ủy viên Ban Thường vụ'],
      ['tier-3', 'Bí thư, Phó Bí thư cơ sở đoàn'],
      ['tier-4', 'Đoàn viên'],
    ]);
    const [nhan] = listPeople(db!, 'nguyen trong nhan');
    expect(nhan).toMatchObject({ id: YOUTH_CAST.secretary, position: 'Bí thư Đoàn khối', tierId: 'tier-1' });
    expect(nhan!.handles.zalo).toMatch(/^0[39]\d{8}$/);
  });

  it('has exactly the three Zalo groups of notice 129-TB/ĐTN with their composition', () => {
    load('youth-union');
    const groups = standing.map((id) => getGroup(db!, id).group);
    expect(groups.map((g) => g.name)).toEqual([
      'Đoàn Khối các CQ&DN Trà Vinh',
      'BTV Đoàn khối',
      'Đoàn Khối và Đoàn trường',
    ]);
    for (const g of groups) {
      expect(g).toMatchObject({
        platform: 'zalo',
        kind: 'standing',
        createdOn: YOUTH_GROUPS_CREATED,
        authorisingDoc: 'Thông báo số 129-TB/ĐTN',
      });
      expect(g.charter).toMatchObject({
        whoMayAdd: 'owner',
        approver: { kind: 'position', ref: 'Bí thư Đoàn khối' },
        allowedContent: [
          'Thư mời họp',
          'Thông báo triệu tập',
          'Công văn triệu tập',
          'Tài liệu phục vụ hội nghị',
          'Nhắc thực hiện nhiệm vụ',
          'Nhắc báo cáo định kỳ',
        ],
      });
    }
    const active = `status = 'active'`;
    expect(openMemberIds(YOUTH_CAST.allGroup)).toEqual(
      peopleIds(`${active} AND tier_id IN ('tier-1', 'tier-2', 'tier-3')`),
    );
    expect(openMemberIds(YOUTH_CAST.standingGroup)).toEqual(peopleIds(`${active} AND tier_id IN ('tier-1', 'tier-2')`));
    const schools = `unit_id IN ('unit-thpt-tp', 'unit-thpt-ptb', 'unit-thpt-chuyen', 'unit-gdtx')`;
    expect(openMemberIds(YOUTH_CAST.schoolsGroup)).toEqual(
      peopleIds(`${active} AND (tier_id = 'tier-1' OR (tier_id = 'tier-3' AND ${schools}))`),
    );
    expect(peopleIds(`tier_id = 'tier-3' AND ${schools} AND ${active}`)).toHaveLength(8);
    // The moved secretary was taken out of both groups and the successor added under the charter.
    expect(
      count(`SELECT count(*) AS n FROM memberships WHERE person_id = ? AND left_on IS NULL`, YOUTH_CAST.movedSecretary),
    ).toBe(0);
    expect(
      count(`SELECT count(*) AS n FROM memberships WHERE person_id = ? AND basis = 'charter'`, YOUTH_CAST.newSecretary),
    ).toBe(2);
  });

  it('keeps the notice’s rules in each group and its exceptions by the Secretary’s decision', () => {
    load('youth-union');
    for (const id of standing) {
      const detail = getGroup(db!, id);
      expect(detail.rules).toMatchObject({ version: 1, effectiveOn: YOUTH_GROUPS_CREATED });
      // Most members acknowledged the next morning; a few never did.
      expect(detail.rules!.notAcknowledged).toBeGreaterThan(0);
      expect(detail.rules!.notAcknowledged).toBeLessThan(detail.members.length / 2);
    }
    const all = getGroup(db!, YOUTH_CAST.allGroup);
    const [clerk] = all.exceptions;
    expect(clerk).toMatchObject({
      personId: YOUTH_CAST.officeClerk,
      requestedBy: YOUTH_CAST.officeChief,
      status: 'approved',
      decidedBy: YOUTH_CAST.secretary,
      approver: { kind: 'position', ref: 'Bí thư Đoàn khối' },
      approverLabel: 'Bí thư Đoàn khối',
      memberNow: false,
    });
    const interval = all.members.find((m) => m.personId === YOUTH_CAST.officeClerk);
    expect(interval).toBeUndefined();
    expect(
      getGroup(db!, YOUTH_CAST.allGroup, '2021-03-25').members.find((m) => m.personId === YOUTH_CAST.officeClerk),
    ).toMatchObject({ basis: 'exception', eligibility: 'exception', exceptionId: clerk!.id });
    const pending = getGroup(db!, YOUTH_CAST.schoolsGroup).exceptions;
    expect(pending.map((e) => e.status)).toEqual(['pending']);
  });

  it('has ad-hoc task groups, one overdue and one ending soon', () => {
    const ctx = load('youth-union');
    const current = getGroup(db!, YOUTH_CAST.currentTaskGroup).group;
    const expired = getGroup(db!, YOUTH_CAST.expiredTaskGroup).group;
    for (const g of [current, expired]) {
      expect(g.kind).toBe('adhoc');
      expect(g.task).toBeTruthy();
    }
    expect(current.endDate! > TODAY).toBe(true);
    expect(expired.endDate! < TODAY).toBe(true);
    const summary = dashboardSummary(ctx.db, clock);
    expect(summary.endingGroups.rows.map((g) => g.id)).toEqual([YOUTH_CAST.currentTaskGroup]);
    expect(summary.expiredGroups.rows.map((g) => g.id)).toEqual([YOUTH_CAST.expiredTaskGroup]);
  });

  it('writes a believable, verifiable history', () => {
    load('youth-union');
    expectBelievableHistory();
  });
});

describe('loadDemo', () => {
  it('refuses a registry that is not empty and writes nothing', () => {
    db = openDatabase(':memory:');
    const ctx: ServiceContext = { db, actor: 'test', clock };
    createOrganisation(ctx, { name: '已有单位', locale: 'zh-CN' });
    for (const kind of ['county-bureau', 'youth-union'] as const) {
      expect(() => loadDemo(ctx, kind, 'zh-CN')).toThrow(expect.objectContaining({ code: 'registry_not_empty' }));
    }
    expect(count('SELECT count(*) AS n FROM events')).toBe(1);
    expect(count('SELECT count(*) AS n FROM people') + count('SELECT count(*) AS n FROM units')).toBe(0);
  });

  it('refuses a second load', () => {
    const ctx = load('youth-union');
    const events = count('SELECT count(*) AS n FROM events');
    expect(() => loadDemo(ctx, 'county-bureau', 'zh-CN')).toThrow(
      expect.objectContaining({ code: 'registry_not_empty' }),
    );
    expect(count('SELECT count(*) AS n FROM events')).toBe(events);
  });

  it('writes nothing when the story cannot be told (a clock before it ends)', () => {
    db = openDatabase(':memory:');
    const early: Clock = { now: () => new Date('2019-03-05T02:00:00Z') };
    expect(() => loadDemo({ db: db!, actor: 'test', clock: early }, 'county-bureau', 'zh-CN')).toThrow();
    for (const table of ['organisation', 'tiers', 'units', 'people', 'groups', 'memberships', 'events']) {
      expect(count(`SELECT count(*) AS n FROM ${table}`)).toBe(0);
    }
  });

  it('keeps the data in the organisation’s language whatever the UI locale', () => {
    db = openDatabase(':memory:');
    const org = loadDemo({ db, actor: 'test', clock }, 'county-bureau', 'en');
    expect(org).toMatchObject({ name: '云溪县自然资源局', locale: 'en' });
    expect(listTiers(db).map((t) => t.name)[0]).toBe('领导班子');
    expect(demoKindFor('vi')).toBe('youth-union');
    expect(demoKindFor('zh-CN')).toBe('county-bureau');
  });
});
