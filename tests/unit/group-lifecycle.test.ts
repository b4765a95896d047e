/**
 * Groups have a life (issues 9 and 11): on an injected clock, the dashboard lists ad-hoc groups
 * ending within 14 days and those past their end date (every one counted, the runbook holding a
 * group named), and the groups list and page agree; an end date is extended and a group archived
 * only where that makes sense, with every refusal in three languages; approved exceptions past
 * their review date are pruned as a chosen subset; a dissolution left "dissolving" is finished by
 * a second one, which a cancel does not turn back into an active group.
 */
import { describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../electron/kernel/context';
import { dashboardSummary } from '../../electron/capabilities/insights';
import { archiveGroup, extendEndDate, getGroup, listGroups, saveGroup } from '../../electron/capabilities/groups';
import { addMember } from '../../electron/capabilities/membership';
import {
  cancelRunbook,
  getRunbook,
  nextStep,
  planRunbook,
  recordStep,
  startRunbook,
} from '../../electron/capabilities/runbooks';
import { allEvents } from '../../electron/kernel/events';
import { loadDemo } from '../../electron/seeds/demo';
import { openDatabase } from '../../electron/db/database';
import { LOCALES } from '../../shared/domain';
import { errorMessage } from '../../shared/i18n/errors';
import { DASHBOARD_LIST_LIMIT } from '../../shared/contract';
import { errorOf, fixedClock, smallRegistry } from './helpers';

/** The registry's clock stands at 2024-03-04 (helpers.ts); days relative to it. */
const TODAY = '2024-03-04';
function day(offset: number): string {
  const d = new Date(`${TODAY}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

/** An ad-hoc group owned by 李伟 with 王强 in it, ending `offset` days from today. */
function adhoc(ctx: ServiceContext, name: string, offset: number | null, kind: 'adhoc' | 'standing' = 'adhoc') {
  const group = saveGroup(ctx, {
    name,
    platform: 'zalo',
    platformGroupId: null,
    purpose: null,
    kind,
    task: kind === 'adhoc' ? `${name}的任务` : null,
    endDate: offset === null ? null : day(offset),
    authorisingDoc: null,
    ownerId: 'p-liwei',
    deputyIds: [],
    createdOn: '2024-01-02',
  });
  addMember(ctx, { groupId: group.id, personId: 'p-wang', joinedOn: '2024-01-03' });
  return group;
}

function walkAll(
  ctx: ServiceContext,
  id: number,
  outcome: (name: string) => 'done' | 'skipped' | 'failed' = () => 'done',
) {
  for (let s = nextStep(ctx.db, id); s; s = nextStep(ctx.db, id)) {
    const step = getRunbook(ctx.db, ctx.clock, id).steps.find((x) => x.ord === s!.ord)!;
    const o = outcome(step.name);
    recordStep(ctx, { id, ord: s.ord, outcome: o, ...(o === 'done' ? {} : { note: '手机上未能完成' }) });
  }
}

function status(ctx: ServiceContext, groupId: string): string {
  return getGroup(ctx.db, groupId, undefined, ctx.clock).group.status;
}

describe('the dashboard lists ad-hoc groups at their end, on the injected clock', () => {
  it('ending within 14 days and expired: the boundaries, and the groups list agrees', () => {
    const { ctx, clock } = smallRegistry();
    const yesterday = adhoc(ctx, '昨日结束群', -1);
    const lastDay = adhoc(ctx, '今日结束群', 0);
    const fortnight = adhoc(ctx, '十四天群', 14);
    const later = adhoc(ctx, '十五天群', 15);
    const standing = adhoc(ctx, '常设群但有日期', -10, 'standing');
    const noDate = adhoc(ctx, '无结束日期群', null);

    const summary = dashboardSummary(ctx.db, ctx.clock);
    expect(summary.expiredGroups.rows.map((g) => g.name)).toEqual(['昨日结束群']);
    expect(summary.expiredGroups.total).toBe(1);
    // Soonest first; the end date itself is the task's last day, not yet expired.
    expect(summary.endingGroups.rows.map((g) => g.name)).toEqual(['今日结束群', '十四天群']);
    expect(summary.expiredGroups.rows[0]).toMatchObject({
      id: yesterday.id,
      endDate: day(-1),
      status: 'active',
      members: 2,
      openRunbook: null,
      task: '昨日结束群的任务',
    });

    const rows = new Map(listGroups(ctx.db, undefined, -1, ctx.clock).map((g) => [g.id, g]));
    const flags = (id: string) => ({ expired: rows.get(id)!.expired, endingSoon: rows.get(id)!.endingSoon });
    expect(flags(yesterday.id)).toEqual({ expired: true, endingSoon: false });
    expect(flags(lastDay.id)).toEqual({ expired: false, endingSoon: true });
    expect(flags(fortnight.id)).toEqual({ expired: false, endingSoon: true });
    expect(flags(later.id)).toEqual({ expired: false, endingSoon: false });
    expect(flags(standing.id)).toEqual({ expired: false, endingSoon: false });
    expect(flags(noDate.id)).toEqual({ expired: false, endingSoon: false });
    expect(getGroup(ctx.db, yesterday.id, undefined, ctx.clock).lifecycle).toMatchObject({
      expired: true,
      currentMembers: 2,
      archivable: false,
      archiveBlocked: 'has_members',
    });

    // A day later the last-day group has expired too, and the fifteen-day group comes into view.
    clock.set('2024-03-05T09:00:00.000Z');
    const next = dashboardSummary(ctx.db, ctx.clock);
    expect(next.expiredGroups.rows.map((g) => g.name)).toEqual(['昨日结束群', '今日结束群']);
    expect(next.endingGroups.rows.map((g) => g.name)).toEqual(['十四天群', '十五天群']);
  });

  it('lists every expired group: past the cap the total says how many more there are', () => {
    const { ctx } = smallRegistry();
    for (let i = 0; i < DASHBOARD_LIST_LIMIT + 5; i++) adhoc(ctx, `专项群${String(i).padStart(2, '0')}`, -1 - i);
    const { expiredGroups } = dashboardSummary(ctx.db, ctx.clock);
    expect(expiredGroups.total).toBe(DASHBOARD_LIST_LIMIT + 5);
    expect(expiredGroups.rows).toHaveLength(DASHBOARD_LIST_LIMIT);
    // Longest overdue first.
    expect(expiredGroups.rows[0]!.name).toBe(`专项群${DASHBOARD_LIST_LIMIT + 4}`);
  });

  it('names the runbook holding a group; a dissolving group stays listed, a dissolved one leaves the list', () => {
    const { ctx } = smallRegistry();
    const group = adhoc(ctx, '过期专项群', -3);
    const id = planRunbook(ctx, { kind: 'dissolve', groupId: group.id, reason: '任务已结束' });
    const line = () => dashboardSummary(ctx.db, ctx.clock).expiredGroups.rows.find((g) => g.id === group.id);
    expect(line()?.openRunbook).toEqual({ id, kind: 'dissolve', state: 'draft' });
    startRunbook(ctx, id);
    expect(line()).toMatchObject({ status: 'dissolving', openRunbook: { id, state: 'in_progress' } });
    expect(getGroup(ctx.db, group.id, undefined, ctx.clock).lifecycle).toMatchObject({
      openRunbook: { id, kind: 'dissolve', state: 'in_progress' },
      archiveBlocked: 'runbook_open',
    });
    // 王强 skipped: the walk ends with the group dissolving, no runbook open, still past its end date.
    walkAll(ctx, id, (name) => (name === '王强' ? 'skipped' : 'done'));
    expect(line()).toMatchObject({ status: 'dissolving', members: 1, openRunbook: null });
    walkAll(ctx, startRunbook(ctx, planRunbook(ctx, { kind: 'dissolve', groupId: group.id, reason: '余下成员' })));
    expect(status(ctx, group.id)).toBe('dissolved');
    expect(line()).toBeUndefined();
    expect(listGroups(ctx.db, undefined, -1, ctx.clock).find((g) => g.id === group.id)!.expired).toBe(false);
  });
});

describe('a dissolution left dissolving is finished by a second one', () => {
  it('plans only the people still in it, owner last; a cancel leaves it dissolving; the walk dissolves it', () => {
    const { ctx } = smallRegistry();
    const group = adhoc(ctx, '收尾专项群', -2);
    addMember(ctx, { groupId: group.id, personId: 'p-zhang', joinedOn: '2024-01-04' });
    const first = startRunbook(ctx, planRunbook(ctx, { kind: 'dissolve', groupId: group.id, reason: '任务已结束' }));
    // 张敏 done, 王强 skipped, the owner failed: the group is left dissolving with two people in it.
    walkAll(ctx, first, (name) => (name === '王强' ? 'skipped' : name === '李伟' ? 'failed' : 'done'));
    expect(getRunbook(ctx.db, ctx.clock, first).unfinishedDissolve).toBe(true);
    expect(status(ctx, group.id)).toBe('dissolving');

    const second = planRunbook(ctx, { kind: 'dissolve', groupId: group.id, reason: '完成解散' });
    expect(getRunbook(ctx.db, ctx.clock, second).steps.map((s) => s.name)).toEqual(['王强', '李伟']);
    startRunbook(ctx, second);
    cancelRunbook(ctx, second, '改日再做');
    expect(status(ctx, group.id)).toBe('dissolving');

    const third = startRunbook(ctx, planRunbook(ctx, { kind: 'dissolve', groupId: group.id, reason: '完成解散' }));
    walkAll(ctx, third);
    expect(status(ctx, group.id)).toBe('dissolved');
    expect(getRunbook(ctx.db, ctx.clock, first).unfinishedDissolve).toBe(false);
    // The history says each move of the status.
    const moves = allEvents(ctx.db)
      .filter((e) => e.kind === 'group.status_changed' && e.subjects.includes(group.id))
      .map((e) => `${(e.before as { status: string }).status}→${(e.after as { status: string }).status}`);
    expect(moves).toEqual(['active→dissolving', 'dissolving→dissolved']);
  });

  it('a first dissolution cancelled still makes its group active again', () => {
    const { ctx } = smallRegistry();
    const group = adhoc(ctx, '取消解散群', -2);
    const id = startRunbook(ctx, planRunbook(ctx, { kind: 'dissolve', groupId: group.id, reason: '任务已结束' }));
    cancelRunbook(ctx, id, '任务延期');
    expect(status(ctx, group.id)).toBe('active');
  });
});

describe('extending an end date', () => {
  it('moves an expired group later, records why, and it is no longer expired', () => {
    const { ctx } = smallRegistry();
    const group = adhoc(ctx, '延期专项群', -5);
    const after = extendEndDate(ctx, { groupId: group.id, endDate: day(20), reason: '颁奖推迟' });
    expect(after.endDate).toBe(day(20));
    const detail = getGroup(ctx.db, group.id, undefined, ctx.clock);
    expect(detail.group.endDate).toBe(day(20));
    expect(detail.lifecycle.expired).toBe(false);
    const event = allEvents(ctx.db).at(-1)!;
    expect(event).toMatchObject({
      kind: 'group.end_date_changed',
      subjects: [group.id],
      before: { endDate: day(-5) },
      after: { endDate: day(20), reason: '颁奖推迟' },
    });
    expect(dashboardSummary(ctx.db, ctx.clock).expiredGroups.total).toBe(0);
  });

  it('refuses a day already past, a day not later, a standing group and a dissolved one; nothing changes', () => {
    const { ctx } = smallRegistry();
    const group = adhoc(ctx, '延期专项群', -5);
    const standing = adhoc(ctx, '常设群', null, 'standing');
    const dissolved = adhoc(ctx, '已解散群', -9);
    walkAll(ctx, startRunbook(ctx, planRunbook(ctx, { kind: 'dissolve', groupId: dissolved.id, reason: '结束' })));
    const events = allEvents(ctx.db).length;
    const cases = [
      [errorOf(() => extendEndDate(ctx, { groupId: group.id, endDate: day(-1) })), 'end_date_past'],
      [errorOf(() => extendEndDate(ctx, { groupId: group.id, endDate: day(-5) })), 'end_date_past'],
      [errorOf(() => extendEndDate(ctx, { groupId: standing.id, endDate: day(10) })), 'group_not_adhoc'],
      [errorOf(() => extendEndDate(ctx, { groupId: dissolved.id, endDate: day(10) })), 'group_closed'],
    ] as const;
    for (const [error, code] of cases) expect(error.code).toBe(code);
    extendEndDate(ctx, { groupId: group.id, endDate: day(10) });
    expect(errorOf(() => extendEndDate(ctx, { groupId: group.id, endDate: day(10) })).code).toBe('end_date_not_later');
    expect(allEvents(ctx.db).length).toBe(events + 1);
    for (const locale of LOCALES) {
      const e = errorOf(() => extendEndDate(ctx, { groupId: group.id, endDate: day(3) }));
      const text = errorMessage(locale, e.code, e.params);
      expect(text).toContain(day(3));
      expect(text).toContain(day(10));
      expect(text).not.toMatch(/\{\{|group-|g-/);
    }
  });
});

describe('archiving', () => {
  it('is refused while people are still in the group, in three languages, and nothing changes', () => {
    const { ctx } = smallRegistry();
    const group = adhoc(ctx, 'Tổ giúp việc Hội thi', -5);
    const events = allEvents(ctx.db).length;
    const error = errorOf(() => archiveGroup(ctx, { groupId: group.id }));
    expect(error.code).toBe('group_has_members');
    expect(errorMessage('vi', error.code, error.params)).toBe(
      'Không thể lưu trữ nhóm “Tổ giúp việc Hội thi” khi vẫn còn người trong nhóm (2 người). Hãy giải thể nhóm trước — lần lượt từng người rời nhóm, trưởng nhóm sau cùng — rồi mới lưu trữ.',
    );
    expect(errorMessage('zh-CN', error.code, error.params)).toContain('还有 2 名成员，不能归档');
    expect(errorMessage('en', error.code, error.params)).toContain(
      'cannot be archived while people are still in it (2)',
    );
    expect(status(ctx, group.id)).toBe('active');
    expect(allEvents(ctx.db).length).toBe(events);
  });

  it('is refused while a runbook holds the group, and for a group archived already', () => {
    const { ctx } = smallRegistry();
    const group = adhoc(ctx, '专项群', -5);
    const id = planRunbook(ctx, { kind: 'dissolve', groupId: group.id, reason: '结束' });
    expect(errorOf(() => archiveGroup(ctx, { groupId: group.id })).code).toBe('runbook_group_busy');
    walkAll(ctx, startRunbook(ctx, id));
    archiveGroup(ctx, { groupId: group.id });
    const again = errorOf(() => archiveGroup(ctx, { groupId: group.id }));
    expect(again.code).toBe('group_archived');
    for (const locale of LOCALES) expect(errorMessage(locale, again.code, again.params)).toContain('专项群');
  });

  it('archives a dissolved group, and an active one nobody is left in; the history says so', () => {
    const { ctx } = smallRegistry();
    const dissolved = adhoc(ctx, '已解散专项群', -5);
    walkAll(ctx, startRunbook(ctx, planRunbook(ctx, { kind: 'dissolve', groupId: dissolved.id, reason: '结束' })));
    expect(getGroup(ctx.db, dissolved.id, undefined, ctx.clock).lifecycle.archivable).toBe(true);
    archiveGroup(ctx, { groupId: dissolved.id, reason: '材料已归档' });
    expect(status(ctx, dissolved.id)).toBe('archived');
    expect(allEvents(ctx.db).at(-1)).toMatchObject({
      kind: 'group.status_changed',
      subjects: [dissolved.id],
      before: { status: 'dissolved' },
      after: { status: 'archived', runbookId: null, reason: '材料已归档' },
    });

    // The small registry's group: the owner and 王强 leave by hand.
    const { ctx: other } = smallRegistry();
    other.db.prepare(`UPDATE memberships SET left_on = '2024-03-04' WHERE group_id = 'g-middle'`).run();
    expect(getGroup(other.db, 'g-middle', undefined, other.clock).lifecycle).toMatchObject({
      currentMembers: 0,
      archivable: true,
      archiveBlocked: null,
    });
    archiveGroup(other, { groupId: 'g-middle' });
    expect(status(other, 'g-middle')).toBe('archived');
    expect(dashboardSummary(other.db, other.clock).groups.active).toBe(0);
  });
});

describe('exceptions past their review date', () => {
  /** The county bureau with the clock moved past both approved exceptions' review dates. */
  function bureauLater() {
    const db = openDatabase(':memory:');
    const clock = fixedClock('2026-11-20T09:00:00.000Z');
    const ctx: ServiceContext & { clock: typeof clock } = { db, clock, actor: '李伟' };
    loadDemo(ctx, 'county-bureau', 'zh-CN');
    return ctx;
  }

  it('are listed by group only once the review date has passed, and pruned as the chosen subset', () => {
    const ctx = bureauLater();
    expect(dashboardSummary(ctx.db, ctx.clock).lapsedExceptions).toEqual([]);
    // The demo's exceptions are reviewed 12 and 20 days after it was loaded; 25 days later both are due.
    ctx.clock.set('2026-12-15T09:00:00.000Z');
    const lapsed = dashboardSummary(ctx.db, ctx.clock).lapsedExceptions;
    expect(lapsed.length).toBeGreaterThan(0);
    for (const g of lapsed) {
      for (const p of g.people) expect(p.reviewOn < '2026-12-15').toBe(true);
      expect(g.people.map((p) => p.name).every((n) => n.length > 0)).toBe(true);
    }
    const target = lapsed.find((g) => g.openRunbook === null)!;
    expect(target).toBeDefined();
    const personIds = target.people.map((p) => p.personId);

    // A prune of "everyone outside the charter" does not take them: their exception still lets them in
    // (here nobody else is outside, so there is nothing to prune at all).
    expect(errorOf(() => planRunbook(ctx, { kind: 'prune', groupId: target.groupId, reason: '清理' })).code).toBe(
      'runbook_no_steps',
    );

    // Chosen, they are the prune: exactly them, and the dashboard then names the runbook.
    const id = planRunbook(ctx, {
      kind: 'prune',
      groupId: target.groupId,
      personIds,
      reason: '例外复核日期已过',
    });
    expect(
      getRunbook(ctx.db, ctx.clock, id)
        .steps.map((s) => s.personId)
        .sort(),
    ).toEqual([...personIds].sort());
    const again = dashboardSummary(ctx.db, ctx.clock).lapsedExceptions.find((g) => g.groupId === target.groupId);
    expect(again?.openRunbook).toEqual({ id, kind: 'prune', state: 'draft' });
    walkAll(ctx, startRunbook(ctx, id));
    expect(
      dashboardSummary(ctx.db, ctx.clock).lapsedExceptions.find((g) => g.groupId === target.groupId),
    ).toBeUndefined();
  });

  it('an exception not yet at its review date cannot be pruned by naming it', () => {
    const ctx = bureauLater();
    const due = dashboardSummary(ctx.db, ctx.clock).exceptionsDue[0]!;
    const error = errorOf(() =>
      planRunbook(ctx, { kind: 'prune', groupId: due.groupId, personIds: [due.personId], reason: '清理' }),
    );
    expect(error.code).toBe('runbook_not_planned');
  });
});
