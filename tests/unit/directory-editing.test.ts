import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { errorMessage } from '../../shared/i18n/errors';
import { findChainBreak, allEvents } from '../../electron/kernel/events';
import { listPeople, listTiers, listUnits } from '../../electron/capabilities/directory/queries';
import {
  deleteTier,
  deleteUnit,
  reorderTiers,
  savePerson,
  saveTier,
  saveUnit,
} from '../../electron/capabilities/directory';
import type { ServiceContext } from '../../electron/kernel/context';
import { errorOf, smallRegistry } from './helpers';
import { tempLedger } from './ledger-helpers';

function eventCount(ctx: ServiceContext): number {
  return allEvents(ctx.db).length;
}

function lastEvent(ctx: ServiceContext) {
  return allEvents(ctx.db).at(-1)!;
}

const newPerson = (extra: Partial<ChannelInput<'people.save'>> = {}): ChannelInput<'people.save'> => ({
  name: '陈静',
  unitId: 'unit-office',
  position: '科员',
  tierId: 'tier-3',
  phone: null,
  handles: {},
  status: 'active',
  leftOn: null,
  ...extra,
});

describe('units', () => {
  it('creates, renames and moves units in a tree, each with its event', () => {
    const { ctx } = smallRegistry();
    const bureau = saveUnit(ctx, { name: '综合科', parentId: 'unit-office' });
    expect(bureau.id).toMatch(/^unit-[0-9a-f]{10}$/);
    expect(bureau.parentId).toBe('unit-office');
    expect(lastEvent(ctx)).toMatchObject({
      kind: 'unit.created',
      actor: 'tester',
      subjects: [bureau.id],
      after: bureau,
    });

    const finance = saveUnit(ctx, { name: '财务科', parentId: null });
    expect(finance.sort).toBe(2); // after 办公室 (sort 1) at the top level

    const renamed = saveUnit(ctx, { id: bureau.id, name: '综合管理科', parentId: 'unit-office' });
    expect(lastEvent(ctx)).toMatchObject({
      kind: 'unit.updated',
      before: { name: '综合科', parentId: 'unit-office' },
      after: { name: '综合管理科', parentId: 'unit-office' },
    });
    const moved = saveUnit(ctx, { id: renamed.id, name: renamed.name, parentId: finance.id });
    expect(listUnits(ctx.db).find((u) => u.id === moved.id)?.parentId).toBe(finance.id);
    expect(findChainBreak(allEvents(ctx.db))).toBeNull();
  });

  it('refuses to put a unit under itself or its own sub-unit, and changes nothing', () => {
    const { ctx } = smallRegistry();
    const child = saveUnit(ctx, { name: '综合科', parentId: 'unit-office' });
    const grandchild = saveUnit(ctx, { name: '文印室', parentId: child.id });
    const events = eventCount(ctx);
    const before = listUnits(ctx.db);
    for (const parentId of ['unit-office', child.id, grandchild.id]) {
      const error = errorOf(() => saveUnit(ctx, { id: 'unit-office', name: '办公室', parentId }));
      expect(error.code).toBe('unit_cycle');
      expect(error.params.name).toBe('办公室');
    }
    expect(listUnits(ctx.db)).toEqual(before);
    expect(eventCount(ctx)).toBe(events);
  });

  it('needs an existing parent', () => {
    const { ctx } = smallRegistry();
    const error = errorOf(() => saveUnit(ctx, { name: '综合科', parentId: 'unit-nowhere' }));
    expect(error.code).toBe('not_found');
    expect(error.params).toMatchObject({ kind: 'unit', id: 'unit-nowhere' });
    expect(listUnits(ctx.db)).toHaveLength(1);
  });

  it('deletes a unit only when no person, sub-unit or charter uses it, and says what uses it', () => {
    const { ctx } = smallRegistry();
    // 办公室 holds five people (one of them left) and gets a sub-unit.
    const child = saveUnit(ctx, { name: '综合科', parentId: 'unit-office' });
    const inUse = errorOf(() => deleteUnit(ctx, 'unit-office'));
    expect(inUse.code).toBe('in_use');
    expect(inUse.params).toMatchObject({ name: '办公室', people: 4, leavers: 1, subUnits: 1, charters: 0, count: 6 });
    expect(errorMessage('en', inUse.code, inUse.params)).toBe(
      '“办公室” is still used by 6 record(s) (4 active staff, 1 former staff, 1 sub-unit(s)) and cannot be deleted.',
    );

    // A charter names the sub-unit.
    ctx.db
      .prepare('UPDATE groups SET charter = json_set(charter, ?, json_array(?)) WHERE id = ?')
      .run('$.unitIds', child.id, 'g-middle');
    expect(errorOf(() => deleteUnit(ctx, child.id)).params).toMatchObject({ charters: 1, count: 1 });

    const empty = saveUnit(ctx, { name: '临时专班', parentId: null });
    const events = eventCount(ctx);
    expect(deleteUnit(ctx, empty.id)).toBeNull();
    expect(listUnits(ctx.db).map((u) => u.id)).not.toContain(empty.id);
    expect(eventCount(ctx)).toBe(events + 1);
    expect(lastEvent(ctx)).toMatchObject({ kind: 'unit.deleted', before: { name: '临时专班' }, after: null });
  });

  it('explains in the UI language what still uses a unit (through the ledger)', async () => {
    const { ledger } = tempLedger();
    await ledger.invoke('org.create', { name: '测试局', locale: 'zh-CN' });
    const unit = await ledger.invoke('units.save', { name: '办公室', parentId: null });
    if (!unit.ok) throw new Error(unit.error.message);
    const id = (unit.value as { id: string }).id;
    await ledger.invoke('units.save', { name: '综合科', parentId: id });
    const result = await ledger.invoke('units.delete', { id });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('in_use');
    expect(result.error.message).toBe('“办公室”仍被 1 条记录使用（下级部门 1 个），不能删除。');
    ledger.close();
  });
});

describe('tiers', () => {
  it('creates a tier below the lowest and renames one', () => {
    const { ctx } = smallRegistry();
    const tier = saveTier(ctx, { name: '见习人员' });
    expect(tier.rank).toBe(4);
    expect(lastEvent(ctx)).toMatchObject({ kind: 'tier.created', after: tier });
    const renamed = saveTier(ctx, { id: 'tier-2', name: '中层正副职' });
    expect(renamed).toEqual({ id: 'tier-2', name: '中层正副职', rank: 2 });
    expect(lastEvent(ctx)).toMatchObject({
      kind: 'tier.renamed',
      before: { name: '中层干部' },
      after: { name: '中层正副职' },
    });
    expect(errorOf(() => saveTier(ctx, { id: 'tier-9', name: 'x' })).code).toBe('not_found');
  });

  it('reorders every tier, highest first, despite the unique rank', () => {
    const { ctx } = smallRegistry();
    const after = reorderTiers(ctx, ['tier-2', 'tier-1', 'tier-3']);
    expect(after.map((t) => [t.id, t.rank])).toEqual([
      ['tier-2', 1],
      ['tier-1', 2],
      ['tier-3', 3],
    ]);
    expect(listTiers(ctx.db)).toEqual(after);
    expect(lastEvent(ctx)).toMatchObject({ kind: 'tier.reordered', after });
  });

  it('refuses an order that leaves out, repeats or invents a tier, and keeps the old one', () => {
    const { ctx } = smallRegistry();
    const before = listTiers(ctx.db);
    const events = eventCount(ctx);
    for (const ids of [
      ['tier-2', 'tier-1'],
      ['tier-2', 'tier-1', 'tier-1'],
      ['tier-2', 'tier-1', 'tier-3', 'tier-4'],
      ['tier-2', 'tier-1', 'tier-9'],
    ]) {
      const error = errorOf(() => reorderTiers(ctx, ids));
      expect(error.code).toBe('invalid_input');
      expect(error.params.issue).toBe('tiers.order');
    }
    expect(listTiers(ctx.db)).toEqual(before);
    expect(eventCount(ctx)).toBe(events);
  });

  it('deletes only an unused tier and closes the gap in the ranks', () => {
    const { ctx } = smallRegistry();
    // tier-3 holds staff, tier-1 is named by the middle-managers charter.
    expect(errorOf(() => deleteTier(ctx, 'tier-3')).params).toMatchObject({ people: 2, leavers: 1, charters: 0 });
    expect(errorOf(() => deleteTier(ctx, 'tier-1')).params).toMatchObject({
      people: 1,
      leavers: 0,
      charters: 1,
      count: 2,
    });
    const extra = saveTier(ctx, { name: '临时' });
    reorderTiers(ctx, ['tier-1', extra.id, 'tier-2', 'tier-3']);
    deleteTier(ctx, extra.id);
    expect(listTiers(ctx.db).map((t) => [t.id, t.rank])).toEqual([
      ['tier-1', 1],
      ['tier-2', 2],
      ['tier-3', 3],
    ]);
    expect(lastEvent(ctx)).toMatchObject({ kind: 'tier.deleted', before: { id: extra.id, rank: 2 } });
  });
});

describe('people', () => {
  it('creates a person with a generated id, searchable at once by pinyin initials', () => {
    const { ctx } = smallRegistry();
    const created = savePerson(ctx, newPerson({ phone: '+86 (139) 1234-5678', handles: { wechat: ' chenjing ' } }));
    expect(created.id).toMatch(/^person-[0-9a-f]{10}$/);
    expect(created.handles).toEqual({ wechat: 'chenjing' });
    expect(lastEvent(ctx)).toMatchObject({
      kind: 'person.created',
      subjects: [created.id],
      before: null,
      after: created,
    });
    expect(listPeople(ctx.db, 'cj').map((p) => p.id)).toContain(created.id);
    expect(listPeople(ctx.db, '13912345678').map((p) => p.id)).toEqual([created.id]);
  });

  it('keeps the search key up to date when a person is edited', () => {
    const { ctx } = smallRegistry();
    const edited = savePerson(ctx, {
      ...newPerson({ name: '张敏', phone: '13700000000' }),
      id: 'p-zhang',
    });
    expect(lastEvent(ctx)).toMatchObject({ kind: 'person.updated', before: { phone: null }, after: edited });
    expect(listPeople(ctx.db, '13700000000').map((p) => p.id)).toEqual(['p-zhang']);
    savePerson(ctx, { ...newPerson({ name: '张敏华', phone: '13700000000' }), id: 'p-zhang' });
    expect(listPeople(ctx.db, 'zmh').map((p) => p.id)).toEqual(['p-zhang']);
    expect(listPeople(ctx.db, 'zhangmin').map((p) => p.id)).toEqual(['p-zhang']); // 张敏华 starts with it
  });

  it('records nothing when an edit changes nothing', () => {
    const { ctx } = smallRegistry();
    const events = eventCount(ctx);
    const same = savePerson(ctx, {
      id: 'p-liwei',
      name: '李伟',
      unitId: 'unit-office',
      position: '办公室副主任',
      tierId: 'tier-2',
      phone: '13800000001',
      handles: { wechat: 'liwei_office' },
      status: 'active',
      leftOn: null,
    });
    expect(same.id).toBe('p-liwei');
    expect(eventCount(ctx)).toBe(events);
  });

  it('needs an existing unit and tier', () => {
    const { ctx } = smallRegistry();
    expect(errorOf(() => savePerson(ctx, newPerson({ unitId: 'unit-x' }))).params).toMatchObject({ kind: 'unit' });
    expect(errorOf(() => savePerson(ctx, newPerson({ tierId: 'tier-x' }))).params).toMatchObject({ kind: 'tier' });
    expect(errorOf(() => savePerson(ctx, { ...newPerson(), id: 'p-nobody' })).params).toMatchObject({ kind: 'person' });
  });

  it.each([
    ['13800000002', true],
    ['+84 912 345 678', true],
    ['(0871) 6543-2100', true],
    ['12345', true],
    ['1234', false],
    ['123456789012345678901', false],
    ['138-0000-000a', false],
    ['138.0000.0002', false],
    ['电话13800000002', false],
  ])('phone %s is accepted: %s', (phone, ok) => {
    const { ctx } = smallRegistry();
    const people = listPeople(ctx.db).length;
    if (ok) {
      expect(savePerson(ctx, newPerson({ phone })).phone).toBe(phone);
      expect(listPeople(ctx.db)).toHaveLength(people + 1);
    } else {
      const error = errorOf(() => savePerson(ctx, newPerson({ phone })));
      expect(error.code).toBe('invalid_input');
      expect(error.params).toMatchObject({ field: 'phone', issue: 'phone.format', value: phone });
      expect(listPeople(ctx.db)).toHaveLength(people);
    }
  });

  it('needs the date a person left; marking someone left keeps them in their groups', () => {
    const { ctx } = smallRegistry();
    const input = { ...newPerson({ name: '李伟', position: '办公室副主任', tierId: 'tier-2' }), id: 'p-liwei' };
    const missing = errorOf(() =>
      savePerson(ctx, { ...input, phone: '13800000001', handles: { wechat: 'liwei_office' }, status: 'left' }),
    );
    expect(missing.code).toBe('left_on_required');
    expect(missing.params.person).toBe('李伟');

    const memberships = ctx.db.prepare('SELECT * FROM memberships ORDER BY id').all();
    const left = savePerson(ctx, {
      ...input,
      phone: '13800000001',
      handles: { wechat: 'liwei_office' },
      status: 'left',
      leftOn: '2024-03-04',
    });
    expect(left).toMatchObject({ status: 'left', leftOn: '2024-03-04' });
    expect(lastEvent(ctx)).toMatchObject({
      kind: 'person.left',
      before: { status: 'active', leftOn: null },
      after: { status: 'left', leftOn: '2024-03-04' },
    });
    expect(ctx.db.prepare('SELECT * FROM memberships ORDER BY id').all()).toEqual(memberships);

    // Back again: active, and the old date of leaving is cleared.
    const back = savePerson(ctx, {
      ...input,
      phone: '13800000001',
      handles: { wechat: 'liwei_office' },
      leftOn: '2024-03-04',
    });
    expect(back).toMatchObject({ status: 'active', leftOn: null });
    expect(lastEvent(ctx).kind).toBe('person.updated');
  });

  it('refuses a second person with the same name in the same unit unless confirmed', () => {
    const { ctx } = smallRegistry();
    const people = listPeople(ctx.db).length;
    const error = errorOf(() => savePerson(ctx, newPerson({ name: 'nguyen trong NHAN' })));
    expect(error.code).toBe('duplicate_person');
    expect(error.params).toMatchObject({ name: 'Nguyễn Trọng Nhân', unit: '办公室', personId: 'p-nhan' });
    expect(listPeople(ctx.db)).toHaveLength(people);
    // A two-character name padded to line up with three-character ones is the same name.
    expect(errorOf(() => savePerson(ctx, newPerson({ name: '王  强' }))).params.name).toBe('王强');

    const other = saveUnit(ctx, { name: '财务科', parentId: null });
    expect(savePerson(ctx, newPerson({ name: 'Nguyễn Trọng Nhân', unitId: other.id })).unitId).toBe(other.id);
    const confirmed = savePerson(ctx, newPerson({ name: 'Nguyễn Trọng Nhân', allowDuplicate: true }));
    expect(confirmed.unitId).toBe('unit-office');
    expect(listPeople(ctx.db)).toHaveLength(people + 2);
  });

  it('always refuses the same phone or handle as another person: that is the same person', () => {
    const { ctx } = smallRegistry();
    const people = listPeople(ctx.db).length;
    const byPhone = errorOf(() => savePerson(ctx, newPerson({ phone: '138 0000 0001', allowDuplicate: true })));
    expect(byPhone.code).toBe('duplicate_contact');
    expect(byPhone.params).toMatchObject({ name: '李伟', field: 'phone', personId: 'p-liwei' });
    const byHandle = errorOf(() =>
      savePerson(ctx, newPerson({ handles: { wechat: 'LIWEI_OFFICE' }, allowDuplicate: true })),
    );
    expect(byHandle.code).toBe('duplicate_contact');
    expect(byHandle.params).toMatchObject({ name: '李伟', field: 'handles.wechat' });
    // The same handle text on another platform is someone else's account.
    expect(savePerson(ctx, newPerson({ handles: { zalo: 'liwei_office' } })).handles).toEqual({ zalo: 'liwei_office' });
    // Editing 李伟 himself keeps his own phone.
    savePerson(ctx, {
      id: 'p-liwei',
      name: '李伟',
      unitId: 'unit-office',
      position: '办公室主任',
      tierId: 'tier-2',
      phone: '13800000001',
      handles: { wechat: 'liwei_office' },
      status: 'active',
      leftOn: null,
    });
    expect(listPeople(ctx.db)).toHaveLength(people + 1);
  });
});
