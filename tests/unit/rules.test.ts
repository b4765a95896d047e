import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../shared/i18n/errors';
import { allEvents } from '../../electron/kernel/events';
import { acknowledgeRules, getRules, publishRules } from '../../electron/capabilities/rules/rules';
import { errorOf, smallRegistry } from './helpers';

const RULES_V1 = '1. 只发工作通知。\n2. 不在群里争吵。';
const RULES_V2 = '1. 只发工作通知、会议通知和文件。\n2. 不在群里争吵，有矛盾找办公室。';

function acknowledgements(db: ReturnType<typeof smallRegistry>['ctx']['db']) {
  return db.prepare('SELECT * FROM acknowledgements ORDER BY version, person_id').all();
}

describe('group rules', () => {
  it('has no current version before any is published', () => {
    const { ctx } = smallRegistry();
    expect(getRules(ctx.db, 'g-middle')).toEqual({
      groupId: 'g-middle',
      versions: [],
      current: null,
      acknowledged: [],
      notAcknowledged: [],
    });
    expect(errorOf(() => getRules(ctx.db, 'g-none')).params).toMatchObject({ kind: 'group', id: 'g-none' });
  });

  it('publishes numbered versions, newest first, effective today unless dated, each with its event', () => {
    const { ctx, clock } = smallRegistry();
    const v1 = publishRules(ctx, { groupId: 'g-middle', text: `  ${RULES_V1}  ` });
    expect(v1).toEqual({
      groupId: 'g-middle',
      version: 1,
      text: RULES_V1,
      effectiveOn: '2024-03-04',
      publishedAt: '2024-03-04T09:00:00.000Z',
    });
    expect(allEvents(ctx.db).at(-1)).toMatchObject({
      kind: 'rules.published',
      actor: 'tester',
      subjects: ['g-middle'],
      after: v1,
    });
    clock.set('2024-04-01T02:00:00.000Z');
    const v2 = publishRules(ctx, { groupId: 'g-middle', text: RULES_V2, effectiveOn: '2024-04-15' });
    expect(v2.version).toBe(2);
    const view = getRules(ctx.db, 'g-middle');
    expect(view.versions.map((v) => [v.version, v.effectiveOn])).toEqual([
      [2, '2024-04-15'],
      [1, '2024-03-04'],
    ]);
    expect(view.current).toEqual(v2);
    expect(errorOf(() => publishRules(ctx, { groupId: 'g-none', text: 'x' })).code).toBe('not_found');
  });

  it('lists which current members acknowledged the current version and the last version of the others', () => {
    const { ctx, clock } = smallRegistry();
    publishRules(ctx, { groupId: 'g-middle', text: RULES_V1 });
    expect(acknowledgeRules(ctx, { groupId: 'g-middle', version: 1, personIds: ['p-liwei'] })).toEqual({ recorded: 1 });
    publishRules(ctx, { groupId: 'g-middle', text: RULES_V2 });
    clock.set('2024-03-05T09:00:00.000Z'); // acknowledged the next day
    acknowledgeRules(ctx, { groupId: 'g-middle', version: 2, personIds: ['p-wang'], acknowledgedOn: '2024-03-05' });

    const view = getRules(ctx.db, 'g-middle');
    expect(view.current?.version).toBe(2);
    expect(view.acknowledged).toEqual([{ personId: 'p-wang', name: '王强', acknowledgedOn: '2024-03-05' }]);
    // 李伟 acknowledged only version 1; 张敏 left the group and is not asked.
    expect(view.notAcknowledged).toEqual([{ personId: 'p-liwei', name: '李伟', lastVersion: 1 }]);
  });

  it('records one event listing the people, and skips people who already acknowledged', () => {
    const { ctx } = smallRegistry();
    publishRules(ctx, { groupId: 'g-middle', text: RULES_V1 });
    acknowledgeRules(ctx, { groupId: 'g-middle', version: 1, personIds: ['p-liwei'] });
    const events = allEvents(ctx.db).length;
    expect(
      acknowledgeRules(ctx, { groupId: 'g-middle', version: 1, personIds: ['p-liwei', 'p-wang', 'p-wang'] }),
    ).toEqual({ recorded: 1 });
    const after = allEvents(ctx.db);
    expect(after).toHaveLength(events + 1);
    expect(after.at(-1)).toMatchObject({
      kind: 'rules.acknowledged',
      subjects: ['g-middle', 'p-wang'],
      after: { groupId: 'g-middle', version: 1, acknowledgedOn: '2024-03-04', personIds: ['p-wang'] },
    });
    // Everyone already acknowledged: nothing to record, no event.
    expect(acknowledgeRules(ctx, { groupId: 'g-middle', version: 1, personIds: ['p-wang'] })).toEqual({ recorded: 0 });
    expect(allEvents(ctx.db)).toHaveLength(events + 1);
    expect(getRules(ctx.db, 'g-middle').notAcknowledged).toEqual([]);
  });

  it('refuses a version the group does not have', () => {
    const { ctx } = smallRegistry();
    publishRules(ctx, { groupId: 'g-middle', text: RULES_V1 });
    const error = errorOf(() => acknowledgeRules(ctx, { groupId: 'g-middle', version: 2, personIds: ['p-liwei'] }));
    expect(error.code).toBe('rules_version_unknown');
    expect(errorMessage('vi', error.code, error.params)).toBe('Nhóm “中层干部工作群” không có nội quy phiên bản 2.');
    expect(acknowledgements(ctx.db)).toEqual([]);
  });

  it('records nobody when one of the people is not a current member, and names that person', () => {
    const { ctx } = smallRegistry();
    publishRules(ctx, { groupId: 'g-middle', text: RULES_V1 });
    const events = allEvents(ctx.db).length;
    // 张敏 was in the group from 2024-03-02 to 2024-03-03; 王强 is a member.
    const error = errorOf(() =>
      acknowledgeRules(ctx, { groupId: 'g-middle', version: 1, personIds: ['p-wang', 'p-zhang'] }),
    );
    expect(error.code).toBe('not_a_member');
    expect(errorMessage('zh-CN', error.code, error.params)).toBe('张敏 目前不是“中层干部工作群”的成员。');
    expect(errorOf(() => acknowledgeRules(ctx, { groupId: 'g-middle', version: 1, personIds: ['p-ghost'] })).code).toBe(
      'not_found',
    );
    expect(acknowledgements(ctx.db)).toEqual([]);
    expect(allEvents(ctx.db)).toHaveLength(events);
  });

  it('keeps the rules of a group that is no longer active: no new version, no acknowledgement', () => {
    const { ctx } = smallRegistry();
    const v1 = publishRules(ctx, { groupId: 'g-middle', text: RULES_V1 });
    ctx.db.prepare("UPDATE groups SET status = 'archived' WHERE id = 'g-middle'").run();
    const events = allEvents(ctx.db).length;
    expect(errorOf(() => publishRules(ctx, { groupId: 'g-middle', text: RULES_V2 })).code).toBe('group_closed');
    const ack = errorOf(() =>
      acknowledgeRules(ctx, { groupId: 'g-middle', version: v1.version, personIds: ['p-liwei'] }),
    );
    expect(ack.code).toBe('group_closed');
    expect(errorMessage('zh-CN', ack.code, ack.params)).toContain('已归档');
    expect(getRules(ctx.db, 'g-middle').versions).toHaveLength(1);
    expect(acknowledgements(ctx.db)).toEqual([]);
    expect(allEvents(ctx.db)).toHaveLength(events);
  });
});
