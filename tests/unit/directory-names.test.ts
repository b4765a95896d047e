import { describe, expect, it } from 'vitest';
import { NAMES_MAX_IDS } from '../../shared/contract';
import { tempLedger } from './ledger-helpers';
import { personInput } from '../fixtures/personInput';

/** A ledger with an office, two people and a group they are in, through the channels. */
async function setUp() {
  const { ledger } = tempLedger();
  const ok = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await ledger.invoke(channel as never, input as never);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  };
  await ok('org.create', { name: '测试局', locale: 'zh-CN' });
  const unit = await ok<{ id: string }>('units.save', { name: '办公室', parentId: null });
  const person = (name: string) => ok<{ id: string }>('people.save', personInput(name, { unitId: unit.id }));
  const li = await person('李伟');
  const nhan = await person('Nguyễn Trọng Nhân');
  const group = await ok<{ id: string }>('groups.save', {
    name: '中层干部工作群',
    platform: 'wechat',
    platformGroupId: null,
    purpose: null,
    kind: 'standing',
    task: null,
    endDate: null,
    authorisingDoc: null,
    ownerId: li.id,
    deputyIds: [],
  });
  return { ledger, ok, li, nhan, group, unit };
}

describe('directory.names', () => {
  it('answers the names of the people and groups asked for, and only those', async () => {
    const { ledger, ok, li, nhan, group, unit } = await setUp();
    const names = await ok<{ people: Record<string, string>; groups: Record<string, string> }>('directory.names', {
      ids: [li.id, group.id, 'p-nobody', li.id, unit.id],
    });
    // Nhân was not asked for; an unknown id and a unit's id name no person or group.
    expect(names).toEqual({ people: { [li.id]: '李伟' }, groups: { [group.id]: '中层干部工作群' } });
    expect(names.people[nhan.id]).toBeUndefined();
    ledger.close();
  });

  it('refuses an empty list, too many ids, or an id that is not one, naming what is wrong', async () => {
    const { ledger, li } = await setUp();
    for (const [input, path] of [
      [{ ids: [] }, 'ids'],
      [{ ids: Array.from({ length: NAMES_MAX_IDS + 1 }, () => li.id) }, 'ids'],
      [{ ids: [li.id, 'x'.repeat(65)] }, 'ids.1'],
      [{ ids: ["p'; DROP TABLE people"] }, 'ids.0'],
      [{ ids: [li.id], all: true }, ''],
    ] as const) {
      const result = await ledger.invoke('directory.names', input as never);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      if (path) expect(result.ok ? '' : result.error.message).toContain(path);
    }
    ledger.close();
  });
});

describe('what the charter editor and the exception dialog ask instead of everyone', () => {
  it('directory.positions: each post once, a position of several posts split; people.holdingPost: its active holders', async () => {
    const { ok, unit } = await setUp();
    const save = (name: string, position: string, status: 'active' | 'left' = 'active') =>
      ok<{ id: string }>('people.save', {
        ...personInput(name, { unitId: unit.id }),
        position,
        status,
        leftOn: status === 'left' ? '2024-01-02' : null,
      });
    const chief = await save('刘兆振', '党组书记、局长');
    await save('汪小蓉', '副局长');
    await save('王国艳', '局长', 'left');
    const posts = await ok<string[]>('directory.positions', undefined);
    expect([...posts].sort()).toEqual(['党组书记', '副局长', '局长']);
    expect(await ok('people.holdingPost', { post: '局长' })).toEqual([{ id: chief.id, name: '刘兆振' }]);
    expect(await ok('people.holdingPost', { post: '科员' })).toEqual([]);
  });

  it('group members carry their unit and tier ids (the charter preview checks them as they are now)', async () => {
    const { ok, li, group, unit } = await setUp();
    const detail = await ok<{ members: Array<{ personId: string; unitId: string | null; tierId: string | null }> }>(
      'groups.get',
      { id: group.id },
    );
    expect(detail.members.find((m) => m.personId === li.id)).toMatchObject({ unitId: unit.id, tierId: null });
  });
});
