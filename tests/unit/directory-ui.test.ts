/**
 * The organisation page's unit tree and the person form's phone check, as the administrator meets
 * them: the counts beside each unit, where a unit may be moved, where a new unit lands, and a form
 * that refuses exactly the phone numbers the service refuses (no more, no fewer).
 */
import { describe, expect, it } from 'vitest';
import { isValidPhone } from '../../electron/capabilities/directory';
import {
  buildUnitTree,
  flattenTree,
  nextSort,
  subtreeIds,
  unitPath,
  type UnitWithPeople,
} from '../../renderer/src/features/organisation/unitTree';
import { isPhoneLike } from '../../renderer/src/features/people/personRules';

const unit = (id: string, parentId: string | null, name: string, people: number, sort = 1): UnitWithPeople => ({
  id,
  parentId,
  name,
  people,
  sort,
});

/** 局机关 > 办公室 > 文印室; 局机关 > 人事股; 基层所 (a second root). */
const UNITS: UnitWithPeople[] = [
  unit('hq', null, '局机关', 2, 1),
  unit('office', 'hq', '办公室', 8, 2),
  unit('print', 'office', '文印室', 3, 1),
  unit('hr', 'hq', '人事股', 4, 1),
  unit('station', null, '基层所', 13, 2),
];

const compare = new Intl.Collator('zh-CN').compare;

describe('unit tree', () => {
  it('nests units under their parents, siblings in their saved order', () => {
    const tree = buildUnitTree(UNITS, compare);
    expect(tree.map((n) => n.unit.name)).toEqual(['局机关', '基层所']);
    expect(tree[0]!.children.map((n) => n.unit.name)).toEqual(['人事股', '办公室']);
    expect(tree[0]!.children[1]!.children.map((n) => n.unit.name)).toEqual(['文印室']);
    expect(flattenTree(tree).map((n) => [n.unit.id, n.depth])).toEqual([
      ['hq', 0],
      ['hr', 1],
      ['office', 1],
      ['print', 2],
      ['station', 0],
    ]);
  });

  it('counts people with their sub-units: the number shown beside each unit', () => {
    const nodes = new Map(flattenTree(buildUnitTree(UNITS, compare)).map((n) => [n.unit.id, n]));
    expect(nodes.get('print')!.total).toBe(3);
    expect(nodes.get('office')!.total).toBe(11);
    expect(nodes.get('hq')!.total).toBe(2 + 8 + 3 + 4);
    expect(nodes.get('station')!.total).toBe(13);
  });

  it('orders siblings with the same sort by name in the UI language', () => {
    const vi = [unit('b', null, 'Ban Tuyên giáo', 0), unit('a', null, 'Ban Tổ chức', 0), unit('c', null, 'Ấp Mới', 0)];
    const names = buildUnitTree(vi, new Intl.Collator('vi').compare).map((n) => n.unit.name);
    expect(names).toEqual(['Ấp Mới', 'Ban Tổ chức', 'Ban Tuyên giáo']);
  });

  it('shows a unit whose parent is missing as a root instead of hiding it and its people', () => {
    const tree = buildUnitTree([...UNITS, unit('orphan', 'gone', '临时小组', 5)], compare);
    expect(tree.map((n) => n.unit.id)).toContain('orphan');
  });

  it('offers no move of a unit under itself or any of its sub-units', () => {
    expect([...subtreeIds(UNITS, 'hq')].sort()).toEqual(['hq', 'hr', 'office', 'print']);
    expect([...subtreeIds(UNITS, 'office')].sort()).toEqual(['office', 'print']);
    expect([...subtreeIds(UNITS, 'station')]).toEqual(['station']);
  });

  it('says where a unit sits, from the top down', () => {
    expect(unitPath(UNITS, 'print')).toEqual(['局机关', '办公室', '文印室']);
    expect(unitPath(UNITS, 'station')).toEqual(['基层所']);
  });

  it('places a new or moved unit last among its new siblings', () => {
    expect(nextSort(UNITS, 'hq')).toBe(3);
    expect(nextSort(UNITS, null)).toBe(3);
    expect(nextSort(UNITS, 'print')).toBe(1);
    // Moving 办公室 within 局机关 does not count itself.
    expect(nextSort(UNITS, 'hq', 'office')).toBe(2);
  });
});

describe('person form phone check', () => {
  const cases: Array<[string, boolean]> = [
    ['13800000001', true],
    ['+86 138-0000 0001', true],
    ['(028) 3822 1234', true],
    ['0912 345 678', true],
    ['12345', true],
    ['1234', false],
    ['12ab', false],
    ['138.0000.0001', false],
    ['+', false],
    ['123456789012345678901', false],
    ['12345678901234567890', true],
  ];
  it.each(cases)('%s → %s, as the service decides', (phone, valid) => {
    expect(isPhoneLike(phone)).toBe(valid);
    expect(isValidPhone(phone)).toBe(valid);
  });
});
