/**
 * The people and groups tables a window at a time (people.window, groups.window): the main process
 * searches, filters and sorts, in the UI language's order, and answers only the rows asked for; the
 * whole arranged list read page by page is the list the table showed before, and a change to the
 * registry shows at once.
 */
import { describe, expect, it } from 'vitest';
import type { GroupRow, GroupsWindow, PeopleWindow, PersonRow } from '../../shared/contract';
import { arrange } from '../../electron/capabilities/directory/peopleWindow';
import { arrangeGroups } from '../../electron/capabilities/groups/groupsWindow';
import { tempLedger } from './ledger-helpers';
import { personInput } from '../fixtures/personInput';

type Ledger = ReturnType<typeof tempLedger>['ledger'];

async function ok<T>(ledger: Ledger, channel: string, input: unknown): Promise<T> {
  const result = await ledger.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

const person = (name: string, tierRank: number | null = 3): PersonRow => ({
  id: name,
  name,
  unitId: null,
  unitName: null,
  tierId: null,
  tierName: null,
  tierRank,
  position: null,
  phone: null,
  handles: {},
  status: 'active',
  leftOn: null,
  groupCount: 0,
});
const names = (rows: PersonRow[]) => rows.map((r) => r.name);

describe('the table’s own order, in the UI language', () => {
  it('zh-CN: names in pinyin order within a tier, leadership first', () => {
    // Code point order would be 张 李 王 赵 陈; pinyin order is chen li wang zhang zhao.
    const rows = [person('张伟'), person('李娜'), person('王芳'), person('赵磊'), person('陈静'), person('周局长', 1)];
    expect(names(arrange(rows, { locale: 'zh-CN' }).rows)).toEqual(['周局长', '陈静', '李娜', '王芳', '张伟', '赵磊']);
  });

  it('vi: the Vietnamese alphabet (a ă â … d đ), not code points', () => {
    const rows = ['Nguyễn An', 'Đỗ Văn Hùng', 'Ân Văn Bình', 'Dương Thị Lan', 'An Thị Mai', 'Bùi Minh'].map((n) =>
      person(n),
    );
    expect(names(arrange(rows, { locale: 'vi' }).rows)).toEqual([
      'An Thị Mai',
      'Ân Văn Bình',
      'Bùi Minh',
      'Dương Thị Lan',
      'Đỗ Văn Hùng',
      'Nguyễn An',
    ]);
  });

  it('people without a tier come after everyone with one', () => {
    const rows = [person('An', null), person('Bình', 4), person('Cường', 2)];
    expect(names(arrange(rows, { locale: 'vi' }).rows)).toEqual(['Cường', 'Bình', 'An']);
  });

  it('a sorted column keeps the table’s order among the people it does not tell apart', () => {
    const rows = [person('B', 2), person('A', 2), person('C', 1)].map((r, i) => ({
      ...r,
      groupCount: i === 2 ? 0 : 5,
    }));
    expect(names(arrange(rows, { locale: 'en', sort: { key: 'groups', order: 'descend' } }).rows)).toEqual([
      'A',
      'B',
      'C',
    ]);
    expect(names(arrange(rows, { locale: 'en', sort: { key: 'groups', order: 'ascend' } }).rows)).toEqual([
      'C',
      'A',
      'B',
    ]);
  });
});

describe('the groups table’s own order', () => {
  it('groups by name: 办公室 (bangongshi) before 中层干部 (zhongceng) in zh-CN', () => {
    const group = (name: string) => ({ ...({} as GroupRow), id: name, name });
    const rows = [group('中层干部工作群'), group('局领导班子群'), group('办公室工作群')];
    expect(arrangeGroups(rows, { locale: 'zh-CN' }).rows.map((r) => r.name)).toEqual([
      '办公室工作群',
      '局领导班子群',
      '中层干部工作群',
    ]);
  });
});

describe('people.window over the registry', () => {
  async function demo() {
    const { ledger } = tempLedger();
    await ok(ledger, 'org.loadDemo', { kind: 'county-bureau', locale: 'zh-CN' });
    return ledger;
  }
  const window = (ledger: Ledger, input: Record<string, unknown>) =>
    ok<PeopleWindow>(ledger, 'people.window', { locale: 'zh-CN', offset: 0, limit: 100, ...input });

  it('answers only the rows asked for, and page after page they are the whole list in order', async () => {
    const ledger = await demo();
    const everyone = await ok<PersonRow[]>(ledger, 'people.list', {});
    const first = await window(ledger, { limit: 7 });
    expect(first.total).toBe(everyone.length);
    expect(first.rows).toHaveLength(7);
    const pages: PersonRow[] = [];
    for (let offset = 0; offset < first.total; offset += 7)
      pages.push(...(await window(ledger, { offset, limit: 7 })).rows);
    expect(pages.map((r) => r.id).sort()).toEqual(everyone.map((r) => r.id).sort());
    expect(names(pages)).toEqual(names(arrange(everyone, { locale: 'zh-CN' }).rows));
    // Past the end: nothing, and the count as it is.
    expect(await window(ledger, { offset: first.total + 5 })).toMatchObject({ total: first.total, rows: [] });
  });

  it('searches by pinyin initials, filters by unit and status, sorts by name in pinyin order', async () => {
    const ledger = await demo();
    const all = await window(ledger, { limit: 500 });
    const unit = all.units[0]!;
    const inUnit = await window(ledger, { limit: 500, filters: { unit: [unit] } });
    expect(inUnit.total).toBeGreaterThan(0);
    expect(inUnit.rows.every((r) => r.unitName === unit)).toBe(true);
    expect(inUnit.total).toBe(all.rows.filter((r) => r.unitName === unit).length);
    // The filters' choices are those of everyone the search keeps, not of the filtered rows.
    expect(inUnit.units).toEqual(all.units);

    const byName = await window(ledger, { limit: 500, sort: { key: 'name', order: 'descend' } });
    const collator = new Intl.Collator('zh-CN', { sensitivity: 'base', numeric: true });
    expect(names(byName.rows)).toEqual([...names(all.rows)].sort((a, b) => collator.compare(b, a)));

    const someone = all.rows.find((r) => r.name.length >= 2)!;
    const found = await window(ledger, { query: someone.name });
    expect(found.rows.map((r) => r.id)).toContain(someone.id);
    expect(found.total).toBeLessThan(all.total);

    const left = await window(ledger, { filters: { status: ['left'] } });
    expect(left.rows.every((r) => r.status === 'left')).toBe(true);
  });

  it('the organisation page: a unit’s own people by id, and each tier’s active people counted', async () => {
    const ledger = await demo();
    const everyone = await ok<PersonRow[]>(ledger, 'people.list', {});
    const unitId = everyone.find((p) => p.unitId)!.unitId!;
    const inUnit = await window(ledger, { limit: 500, filters: { unitId: [unitId] } });
    expect(inUnit.total).toBe(everyone.filter((p) => p.unitId === unitId).length);
    expect(inUnit.rows.every((p) => p.unitId === unitId)).toBe(true);
    const tiers = await ok<Array<{ id: string; people: number }>>(ledger, 'tiers.list', undefined);
    for (const tier of tiers) {
      expect(tier.people, tier.id).toBe(everyone.filter((p) => p.tierId === tier.id && p.status === 'active').length);
    }
    expect(tiers.some((t) => t.people > 0)).toBe(true);
  });

  it('a change to the registry shows in the next window, not the arrangement kept before it', async () => {
    const ledger = await demo();
    const before = await window(ledger, {});
    await ok(ledger, 'people.save', personInput('阿阿新人'));
    const after = await window(ledger, {});
    expect(after.total).toBe(before.total + 1);
    expect(after.revision).toBeGreaterThan(before.revision);
    const found = await window(ledger, { query: '阿阿新人' });
    expect(names(found.rows)).toEqual(['阿阿新人']);
  });

  it.each([
    ['a limit over 500', { limit: 501 }, 'limit'],
    ['a negative offset', { offset: -1 }, 'offset'],
    ['an unknown column to sort by', { sort: { key: 'phone', order: 'ascend' } }, 'sort'],
    ['an unknown language', { locale: 'fr' }, 'locale'],
    ['a search of 201 characters', { query: 'x'.repeat(201) }, 'query'],
  ])('refuses %s, naming the field', async (_what, input, field) => {
    const ledger = await demo();
    const result = await ledger.invoke('people.window', { locale: 'zh-CN', offset: 0, limit: 100, ...input });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error.message).toContain(field);
  });
});

describe('the window holds a bounded number of pages', () => {
  it('drops the pages farthest from the rows in view first', async () => {
    const { dropFarPages } = await import('../../renderer/src/platform/rowWindow');
    const pages = new Map(Array.from({ length: 40 }, (_, n) => [n, n] as const));
    const kept = dropFarPages(pages, 35, 30);
    expect(kept.size).toBe(30);
    // Page 35 is in view: the first page (where the table opens) and pages 11–39 stay, 1–10 go.
    expect([...kept.keys()].sort((a, b) => a - b)).toEqual([0, ...Array.from({ length: 29 }, (_, i) => i + 11)]);
  });
});

describe('groups.window over the registry', () => {
  it('pages through every group in pinyin order; filters by status and life; sorts by members', async () => {
    const { ledger } = tempLedger();
    await ok(ledger, 'org.loadDemo', { kind: 'county-bureau', locale: 'zh-CN' });
    const everyone = await ok<GroupRow[]>(ledger, 'groups.list', {});
    const window = (input: Record<string, unknown>) =>
      ok<GroupsWindow>(ledger, 'groups.window', { locale: 'zh-CN', offset: 0, limit: 3, ...input });
    const first = await window({});
    expect(first).toMatchObject({ total: everyone.length, found: everyone.length });
    expect(first.rows).toHaveLength(3);
    const pages: GroupRow[] = [];
    for (let offset = 0; offset < first.total; offset += 3) pages.push(...(await window({ offset })).rows);
    const collator = new Intl.Collator('zh-CN', { sensitivity: 'base', numeric: true });
    expect(pages.map((g) => g.name)).toEqual(everyone.map((g) => g.name).sort(collator.compare));

    const active = await window({ limit: 500, filters: { status: ['active'] } });
    expect(active.rows.every((g) => g.status === 'active')).toBe(true);
    expect(active.found).toBe(everyone.length);
    expect(active.total).toBe(everyone.filter((g) => g.status === 'active').length);
    const expired = await window({ limit: 500, filters: { status: ['expired'] } });
    expect(expired.rows.map((g) => g.id).sort()).toEqual(
      everyone
        .filter((g) => g.expired)
        .map((g) => g.id)
        .sort(),
    );

    const most = await window({ limit: 500, sort: { key: 'members', order: 'descend' } });
    expect(most.rows.map((g) => g.memberCount)).toEqual(everyone.map((g) => g.memberCount).sort((a, b) => b - a));
  });

  it('refuses an unknown status to filter by, naming the field', async () => {
    const { ledger } = tempLedger();
    const result = await ledger.invoke('groups.window', {
      locale: 'en',
      offset: 0,
      limit: 10,
      filters: { status: ['lost'] },
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error.message).toContain('status');
  });
});

describe('the renderer’s row window (platform/rowWindow)', () => {
  /** A registry of `n` numbered rows, answering after `await`s the test releases. */
  function fakeRegistry(n: number) {
    const asked: Array<{ params: string; offset: number; limit: number }> = [];
    const read = async (params: { q: string }, offset: number, limit: number) => {
      asked.push({ params: params.q, offset, limit });
      await Promise.resolve();
      const all = Array.from({ length: n }, (_, i) => ({ id: `${params.q}${i}` }));
      return { total: n, offset, rows: all.slice(offset, offset + limit) };
    };
    return { asked, read };
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('reads the first page, then only the pages the table draws; an older arrangement’s answers are dropped', async () => {
    const { createRowWindow } = await import('../../renderer/src/platform/rowWindow');
    const { asked, read } = fakeRegistry(1000);
    const store = createRowWindow(read, 100);
    await store.getState().show({ q: 'a' });
    expect(store.getState().total).toBe(1000);
    expect(store.rowAt(99)).toEqual({ id: 'a99' });
    expect(store.rowAt(100)).toBeUndefined();

    store.getState().need(150, 260);
    await settle();
    expect(asked.map((a) => a.offset)).toEqual([0, 100, 200]);
    expect(store.rowAt(260)).toEqual({ id: 'a260' });
    // Asked again: nothing read twice.
    store.getState().need(150, 260);
    await settle();
    expect(asked).toHaveLength(3);

    // A new arrangement while pages of the old one are being read: the old answers never land.
    store.getState().need(500, 520);
    const shown = store.getState().show({ q: 'b' });
    await shown;
    await settle();
    expect(store.getState().params).toEqual({ q: 'b' });
    expect(store.rowAt(0)).toEqual({ id: 'b0' });
    expect((store.rowAt(500) as { id: string } | undefined)?.id ?? 'b').toMatch(/^b/);
  });

  it('reading ahead never replaces what the table shows or asks for', async () => {
    const { createRowWindow } = await import('../../renderer/src/platform/rowWindow');
    const { asked, read } = fakeRegistry(10);
    const store = createRowWindow(read, 100);
    await store.getState().readAhead({ q: 'first' });
    expect(store.getState().params).toEqual({ q: 'first' });
    const shown = store.getState().show({ q: 'searched' });
    await store.getState().readAhead({ q: 'first' });
    await shown;
    expect(store.getState().params).toEqual({ q: 'searched' });
    expect(asked.map((a) => a.params)).toEqual(['first', 'searched']);
  });

  it('a refresh reads the pages in view again, and what the table drew while a page was read is read after', async () => {
    const { createRowWindow } = await import('../../renderer/src/platform/rowWindow');
    const { asked, read } = fakeRegistry(1000);
    const store = createRowWindow(read, 100);
    const first = store.getState().show({ q: 'a' });
    // Drawn before the first answer: remembered, and read once it is there.
    store.getState().need(0, 250);
    await first;
    await settle();
    expect([...store.getState().pages.keys()].sort()).toEqual([0, 1, 2]);
    asked.length = 0;
    store.getState().need(300, 320);
    await settle();
    await store.getState().refresh();
    expect(asked.map((a) => a.offset)).toEqual([300, 300]);
    expect([...store.getState().pages.keys()]).toEqual([3]);
  });
});
