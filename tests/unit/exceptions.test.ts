import { describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../electron/kernel/context';
import { allEvents } from '../../electron/kernel/events';
import { decideException, listExceptions, requestException } from '../../electron/capabilities/exceptions/exceptions';
import { getGroup } from '../../electron/capabilities/groups/queries';
import { saveGroup, setCharter } from '../../electron/capabilities/groups/commands';
import { addMember, charterCheck, removeMember } from '../../electron/capabilities/membership/membership';
import { insertPerson } from '../../electron/kernel/store';
import { getPerson } from '../../electron/capabilities/directory/queries';
import type { EventPage } from '../../shared/contract';
import { EMPTY_CHARTER, type Charter } from '../../shared/domain';
import { LedgerError } from '../../shared/errors';
import { errorMessage } from '../../shared/i18n/errors';
import { person, smallRegistry } from './helpers';

function failure(fn: () => unknown): LedgerError {
  try {
    fn();
  } catch (error) {
    if (error instanceof LedgerError) return error;
    throw error;
  }
  throw new Error('expected a LedgerError');
}

/** Runs `fn`, expects the error `code`, and checks that nothing at all was written. */
function refuses(ctx: ServiceContext, code: string, fn: () => unknown): LedgerError {
  const events = allEvents(ctx.db).length;
  const rows = () =>
    ctx.db.prepare('SELECT (SELECT count(*) FROM memberships) + (SELECT count(*) FROM exceptions) AS n').get() as {
      n: number;
    };
  const before = rows().n;
  const error = failure(fn);
  expect(error.code).toBe(code);
  expect(allEvents(ctx.db)).toHaveLength(events);
  expect(rows().n).toBe(before);
  return error;
}

/**
 * smallRegistry's 中层干部工作群 (tiers 1 and 2; owner 李伟; 王强 the 局长 is a member), with the
 * approver set to whoever holds 局长, plus 陈静 (middle tier, not a member) and 孙莉 (a deputy-to-be).
 */
function registry(charter: Partial<Charter> = {}) {
  const r = smallRegistry();
  insertPerson(r.ctx.db, person('p-chen', '陈静', { tierId: 'tier-2' }));
  setCharter(r.ctx, {
    groupId: 'g-middle',
    charter: {
      ...EMPTY_CHARTER,
      tierIds: ['tier-1', 'tier-2'],
      approver: { kind: 'position', ref: '局长' },
      ...charter,
    },
  });
  return r;
}

describe('checked adds', () => {
  it('refuses days that have not come yet, in each language, and writes nothing', () => {
    const { ctx } = registry();
    const events = allEvents(ctx.db).length;
    const join = refuses(ctx, 'date_in_future', () =>
      addMember(ctx, { groupId: 'g-middle', personId: 'p-chen', joinedOn: '2024-03-05' }),
    );
    expect(errorMessage('zh-CN', join.code, join.params)).toBe(
      '日期 2024-03-05 还没到（今天是 2024-03-04）。台账只记录已经发生的事，请到当天再登记。',
    );
    expect(errorMessage('vi', join.code, join.params)).toContain('chưa đến');
    refuses(ctx, 'date_in_future', () =>
      removeMember(ctx, { groupId: 'g-middle', personId: 'p-wang', reason: '调岗', leftOn: '2025-01-01' }),
    );
    refuses(ctx, 'date_in_future', () =>
      requestException(ctx, {
        groupId: 'g-middle',
        personId: 'p-zhang',
        requestedBy: 'p-liwei',
        reason: '需要接收通知',
        requestedOn: '2024-03-05',
      }),
    );
    expect(allEvents(ctx.db)).toHaveLength(events);
  });

  it('refuses someone outside the charter, naming the failed criteria and the approver in each language', () => {
    const { ctx } = registry();
    const error = refuses(ctx, 'outside_charter', () => addMember(ctx, { groupId: 'g-middle', personId: 'p-zhang' }));
    expect(error.params).toMatchObject({
      person: '张敏',
      group: '中层干部工作群',
      mismatches: 'tier',
      approver: '局长',
    });
    expect(errorMessage('zh-CN', error.code, error.params)).toBe(
      '张敏 不在“中层干部工作群”的建群范围内（层级不符）。请提出例外申请，须经局长批准。',
    );
    expect(errorMessage('vi', error.code, error.params)).toContain('không thuộc cấp được tham gia');
    expect(errorMessage('en', error.code, error.params)).toContain('(not in an eligible tier)');
  });

  it('says "the approver named in the charter" when the charter names none', () => {
    const { ctx } = registry({ approver: null });
    const error = refuses(ctx, 'outside_charter', () => addMember(ctx, { groupId: 'g-middle', personId: 'p-zhang' }));
    expect(errorMessage('zh-CN', error.code, error.params)).toContain('须经章程指定的审批人批准');
  });

  it('adds an eligible person by the charter, or as founding on the day the group was created', () => {
    const { ctx } = registry();
    expect(addMember(ctx, { groupId: 'g-middle', personId: 'p-chen' })).toMatchObject({
      basis: 'charter',
      addedBy: 'p-liwei',
      requestedBy: null,
    });
    removeMember(ctx, { groupId: 'g-middle', personId: 'p-chen', reason: '测试', leftOn: '2024-03-04' });
    const { ctx: other } = registry();
    expect(addMember(other, { groupId: 'g-middle', personId: 'p-chen', joinedOn: '2024-03-01' }).basis).toBe(
      'founding',
    );
  });

  it.each<[string, Charter['whoMayAdd'], string | undefined, string | null]>([
    ['the owner by default', 'owner', undefined, 'p-liwei'],
    ['the owner named', 'owner', 'p-liwei', 'p-liwei'],
    ['not a deputy when only the owner adds', 'owner', 'p-wang', 'not_allowed_to_add'],
    ['a deputy when the charter allows deputies', 'owner_and_deputies', 'p-wang', 'p-wang'],
    ['not a plain member even with deputies allowed', 'owner_and_deputies', 'p-nhan', 'not_allowed_to_add'],
    ['nobody named when the administrator adds', 'administrator', undefined, null],
    ['anyone when the administrator adds', 'administrator', 'p-nhan', 'p-nhan'],
  ])('who may add: %s', (_label, whoMayAdd, addedBy, expected) => {
    const { ctx } = registry({ whoMayAdd });
    // 王强 is made a deputy.
    saveGroup(ctx, { ...groupFields(), id: 'g-middle', deputyIds: ['p-wang'] });
    const add = () => addMember(ctx, { groupId: 'g-middle', personId: 'p-chen', ...(addedBy ? { addedBy } : {}) });
    if (expected === 'not_allowed_to_add') {
      const error = refuses(ctx, 'not_allowed_to_add', add);
      expect(errorMessage('zh-CN', error.code, error.params)).toMatch(/只有群主(和群管理员)?可以拉人进群/);
    } else {
      expect(add().addedBy).toBe(expected);
    }
  });

  it('refuses a joining date before the group existed, in words', () => {
    const { ctx } = registry();
    const error = refuses(ctx, 'date_too_early', () =>
      addMember(ctx, { groupId: 'g-middle', personId: 'p-chen', joinedOn: '2024-02-01' }),
    );
    expect(errorMessage('zh-CN', error.code, error.params)).toBe(
      '日期 2024-02-01 过早：不能早于 2024-03-01（建群之日）。',
    );
  });

  it('refuses a leaving date before the member joined, in words', () => {
    const { ctx } = registry();
    const error = refuses(ctx, 'date_too_early', () =>
      removeMember(ctx, { groupId: 'g-middle', personId: 'p-wang', reason: '调离', leftOn: '2024-02-28' }),
    );
    expect(errorMessage('vi', error.code, error.params)).toBe(
      'Ngày 2024-02-28 quá sớm: không thể trước ngày 2024-03-01 (ngày thành viên vào nhóm).',
    );
  });
});

function groupFields() {
  return {
    name: '中层干部工作群',
    platform: 'wechat' as const,
    platformGroupId: null,
    purpose: '文件转发',
    kind: 'standing' as const,
    task: null,
    endDate: null,
    authorisingDoc: null,
    deputyIds: [],
  };
}

describe('exception requests', () => {
  const ask = (ctx: ServiceContext, personId = 'p-zhang', extra = {}) =>
    requestException(ctx, { groupId: 'g-middle', personId, requestedBy: 'p-liwei', reason: '要发人事通知', ...extra });

  it('records a request with the charter’s approver and who can decide it', () => {
    const { ctx } = registry();
    const row = ask(ctx, 'p-zhang', { reviewOn: '2024-06-30' });
    expect(row).toMatchObject({
      status: 'pending',
      personName: '张敏',
      requestedByName: '李伟',
      approver: { kind: 'position', ref: '局长' },
      approverLabel: '局长',
      requestedOn: '2024-03-04',
      reviewOn: '2024-06-30',
      memberNow: false,
    });
    const event = allEvents(ctx.db).at(-1)!;
    expect(event).toMatchObject({
      kind: 'exception.requested',
      subjects: ['g-middle', 'p-zhang', `exception-${row.id}`],
    });
    const check = charterCheck(ctx.db, 'g-middle', 'p-zhang');
    expect(check).toMatchObject({
      eligible: false,
      mismatches: ['tier'],
      alreadyMember: false,
      pendingExceptionId: row.id,
      approver: { label: '局长', people: [{ id: 'p-wang', name: '王强' }] },
      adders: [{ id: 'p-liwei', name: '李伟' }],
    });
  });

  it.each<[string, Partial<Charter>, (ctx: ServiceContext) => unknown, string]>([
    ['no approver in the charter', { approver: null }, (ctx) => ask(ctx), 'no_approver'],
    ['a person already in the group', {}, (ctx) => ask(ctx, 'p-wang'), 'membership_exists'],
    ['a person within the charter (add them instead)', {}, (ctx) => ask(ctx, 'p-chen'), 'within_charter'],
    ['a person who left the organisation', {}, (ctx) => ask(ctx, 'p-left'), 'person_left'],
    [
      'a requester who left the organisation',
      {},
      (ctx) => requestException(ctx, { groupId: 'g-middle', personId: 'p-zhang', requestedBy: 'p-left', reason: 'x' }),
      'person_left',
    ],
    ['a second request while one is pending', {}, (ctx) => ask(ctx), 'exception_pending'],
    [
      'a review date before the request',
      {},
      (ctx) => ask(ctx, 'p-zhang', { reviewOn: '2024-01-01' }),
      'date_too_early',
    ],
  ])('refuses %s', (_label, charter, fn, code) => {
    const { ctx } = registry(charter);
    // The pending case needs a first request to be waiting.
    if (code === 'exception_pending') ask(ctx);
    refuses(ctx, code, () => fn(ctx));
  });

  it('lets only the approver decide; approval adds the member by exception in the same transaction', () => {
    const { ctx, clock } = registry();
    const { id } = ask(ctx);
    clock.set('2024-03-05T09:00:00.000Z'); // decided the next day
    const wrong = refuses(ctx, 'not_the_approver', () =>
      decideException(ctx, { id, decision: 'approved', decidedBy: 'p-liwei' }),
    );
    expect(errorMessage('zh-CN', wrong.code, wrong.params)).toBe('李伟 不是该例外申请的审批人，须由局长审批。');

    const before = allEvents(ctx.db).length;
    const { exception, membership } = decideException(ctx, {
      id,
      decision: 'approved',
      decidedBy: 'p-wang',
      decidedOn: '2024-03-05',
      documentRef: '局长批示',
      reviewOn: '2024-09-01',
    });
    expect(membership).toMatchObject({
      personId: 'p-zhang',
      basis: 'exception',
      basisRef: `exception-${id}`,
      requestedBy: 'p-liwei',
      addedBy: 'p-liwei',
      joinedOn: '2024-03-05',
    });
    expect(exception).toMatchObject({
      status: 'approved',
      decidedByName: '王强',
      decidedOn: '2024-03-05',
      documentRef: '局长批示',
      reviewOn: '2024-09-01',
      membershipId: membership!.id,
      memberNow: true,
    });
    expect(
      allEvents(ctx.db)
        .slice(before)
        .map((e) => e.kind),
    ).toEqual(['membership.added', 'exception.approved']);
    const member = getGroup(ctx.db, 'g-middle').members.find((m) => m.personId === 'p-zhang');
    expect(member).toMatchObject({
      eligibility: 'exception',
      exceptionId: id,
      mismatches: ['tier'],
      requestedByName: '李伟',
    });
    expect(getPerson(ctx.db, 'p-zhang')).toMatchObject({
      memberships: [
        expect.objectContaining({ groupId: 'g-middle', eligibility: 'exception', addedByName: '李伟' }),
        expect.anything(),
      ],
      exceptions: [expect.objectContaining({ id, status: 'approved' })],
    });

    // A decision is final.
    const again = refuses(ctx, 'exception_decided', () =>
      decideException(ctx, { id, decision: 'rejected', decidedBy: 'p-wang' }),
    );
    expect(errorMessage('en', again.code, again.params)).toBe(
      'This exception request was already approved on 2024-03-05; a decision is final.',
    );
  });

  it('rejects without adding anyone, and records the decision', () => {
    const { ctx } = registry();
    const { id } = ask(ctx);
    const { exception, membership } = decideException(ctx, {
      id,
      decision: 'rejected',
      decidedBy: 'p-wang',
      note: '不属于中层干部',
    });
    expect(membership).toBeNull();
    expect(exception).toMatchObject({ status: 'rejected', decisionNote: '不属于中层干部', membershipId: null });
    expect(getGroup(ctx.db, 'g-middle').members.some((m) => m.personId === 'p-zhang')).toBe(false);
    const event = allEvents(ctx.db).at(-1)!;
    expect(event).toMatchObject({
      kind: 'exception.rejected',
      before: { status: 'pending' },
      after: { status: 'rejected' },
    });
    // After a rejection a new request may be made.
    expect(ask(ctx).status).toBe('pending');
  });

  it('keeps the approver of the request even if the charter changes later; a person approver decides alone', () => {
    const { ctx } = registry({ approver: { kind: 'person', ref: 'p-wang' } });
    const { id, approverLabel } = ask(ctx);
    expect(approverLabel).toBe('王强');
    setCharter(ctx, {
      groupId: 'g-middle',
      charter: { ...EMPTY_CHARTER, tierIds: ['tier-1', 'tier-2'], approver: { kind: 'person', ref: 'p-liwei' } },
    });
    refuses(ctx, 'not_the_approver', () => decideException(ctx, { id, decision: 'approved', decidedBy: 'p-liwei' }));
    expect(decideException(ctx, { id, decision: 'approved', decidedBy: 'p-wang' }).exception.status).toBe('approved');
  });

  it('refuses a decision dated before the request', () => {
    const { ctx } = registry();
    const { id } = ask(ctx);
    refuses(ctx, 'date_too_early', () =>
      decideException(ctx, { id, decision: 'approved', decidedBy: 'p-wang', decidedOn: '2024-03-01' }),
    );
  });

  it('lists by group, person and status, pending first', () => {
    const { ctx } = registry();
    const first = ask(ctx);
    decideException(ctx, { id: first.id, decision: 'rejected', decidedBy: 'p-wang' });
    const second = ask(ctx, 'p-nhan');
    expect(listExceptions(ctx.db, { groupId: 'g-middle' }).map((e) => e.id)).toEqual([second.id, first.id]);
    expect(listExceptions(ctx.db, { personId: 'p-zhang' }).map((e) => e.id)).toEqual([first.id]);
    expect(listExceptions(ctx.db, { status: 'pending' }).map((e) => e.personName)).toEqual(['Nguyễn Trọng Nhân']);
  });
});

describe('through the ledger, in the UI language', () => {
  it('refuses an ordinary staff member in 中层干部工作群 until the 局长 approves, with every step in the history', async () => {
    const { tempLedger } = await import('./ledger-helpers');
    const { BUREAU_CAST } = await import('../../electron/seeds/demo/countyBureau');
    const { ledger } = tempLedger();
    await ledger.invoke('org.loadDemo', { kind: 'county-bureau', locale: 'zh-CN' });
    const groupId = BUREAU_CAST.middleManagersGroup;
    // A staff member not yet in the group: one of the enforcement team who never joined.
    const staff = ledger.db
      .prepare(
        `SELECT id, name FROM people WHERE tier_id = 'tier-3' AND status = 'active' AND id NOT IN
           (SELECT person_id FROM memberships WHERE group_id = ? AND left_on IS NULL)
           AND id NOT IN (SELECT person_id FROM exceptions) ORDER BY id LIMIT 1`,
      )
      .get(groupId) as { id: string; name: string };

    const refused = await ledger.invoke('members.add', { groupId, personId: staff.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'outside_charter' } });
    expect(!refused.ok && refused.error.message).toBe(
      `${staff.name} 不在“中层干部工作群”的建群范围内（层级不符）。请提出例外申请，须经局长批准。`,
    );
    const badDate = await ledger.invoke('members.remove', {
      groupId,
      personId: staff.id,
      reason: 'x',
      leftOn: '2019/03/04',
    });
    expect(!badDate.ok && badDate.error.message).toContain('日期格式应为 YYYY-MM-DD');

    const requested = await ledger.invoke('exceptions.request', {
      groupId,
      personId: staff.id,
      requestedBy: BUREAU_CAST.officeHead,
      reason: '需要接收执法通知',
    });
    expect(requested).toMatchObject({ ok: true, value: { status: 'pending', approverLabel: '局长' } });
    const id = (requested as { value: { id: number } }).value.id;
    const byOwner = await ledger.invoke('exceptions.decide', {
      id,
      decision: 'approved',
      decidedBy: BUREAU_CAST.admin,
    });
    expect(!byOwner.ok && byOwner.error.message).toBe('李伟 不是该例外申请的审批人，须由局长审批。');
    const approved = await ledger.invoke('exceptions.decide', {
      id,
      decision: 'approved',
      decidedBy: BUREAU_CAST.director,
    });
    expect(approved).toMatchObject({ ok: true, value: { membership: { basis: 'exception', personId: staff.id } } });

    const result = await ledger.invoke('events.list', { limit: 10, subject: staff.id });
    const history = result.ok ? (result.value as EventPage).events : [];
    expect(history.slice(0, 3).map((e) => e.kind)).toEqual([
      'exception.approved',
      'membership.added',
      'exception.requested',
    ]);
    expect(history.every((e) => e.actor && e.at)).toBe(true);
    ledger.close();
  });
});
