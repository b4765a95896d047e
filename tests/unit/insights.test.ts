/**
 * The insights features' logic as the admin meets it (the lists' order in the UI language: the
 * tables' windows, table-windows.test.ts): the palette finding pages and actions by pinyin, unaccented Vietnamese or English, tier warnings
 * naming the tiers, and the scope-creep report linking each member to the right exception.
 */
import { describe, expect, it } from 'vitest';
import type { ExceptionRow, ScopeCreepEntry, Tier, TierWarning } from '../../shared/contract';
import { matchCommands } from '../../renderer/src/features/search/match';
import { searchKey } from '../../shared/search';
import { tierWarningText } from '../../renderer/src/features/dashboard/tierText';
import { exceptionFor } from '../../renderer/src/features/reports/exceptionFor';
import { i18n } from '../../renderer/src/i18n';

describe('the palette finds pages and actions', () => {
  const entries = [
    { id: 'group.new', label: '新建工作群', keywords: ['New group'] },
    { id: 'people.import', label: 'Nhập nhân sự từ tệp (CSV, Excel)', keywords: ['Import people from a file'] },
    { id: 'page.reports', label: '报表', keywords: ['Reports'] },
  ];
  it.each([
    ['xjgzq', ['group.new']],
    ['xinjian', ['group.new']],
    ['nhap nhan su', ['people.import']],
    ['NHẬP', ['people.import']],
    ['import', ['people.import']],
    ['baobiao', ['page.reports']],
    ['report', ['page.reports']],
    ['liwei', []],
  ])('%s → %j', (query, ids) => {
    expect(matchCommands(entries, query, searchKey).map((e) => e.id)).toEqual(ids);
  });

  it('an empty query lists every entry in order', () => {
    expect(matchCommands(entries, '  ', searchKey).map((e) => e.id)).toEqual([
      'group.new',
      'people.import',
      'page.reports',
    ]);
  });
});

describe('tier warnings in plain words', () => {
  const tiers: Tier[] = [
    { id: 't1', name: '局领导', rank: 1 },
    { id: 't2', name: '中层干部', rank: 2 },
    { id: 't4', name: '一般干部', rank: 4 },
  ];
  const warning = (kind: TierWarning['kind'], lowestRank: number): TierWarning => ({
    groupId: 'g1',
    groupName: '中层干部工作群',
    kind,
    people: 12,
    highestRank: 2,
    lowestRank,
  });

  it('skip-level names the tiers and the count', () => {
    const text = tierWarningText(i18n.getFixedT('zh-CN'), warning('skip_level', 4), tiers);
    expect(text).toContain('12');
    expect(text).toContain('中层干部');
    expect(text).toContain('一般干部');
    expect(text).toContain('越过');
  });

  it('a rank no tier holds any more is named by its number', () => {
    const text = tierWarningText(i18n.getFixedT('vi'), warning('tier_mixing', 5), tiers);
    expect(text).toContain('cấp 5');
    expect(text).toContain('chưa quy định cấp');
  });

  it('each kind reads differently in English', () => {
    const t = i18n.getFixedT('en');
    expect(tierWarningText(t, warning('skip_level', 4), tiers)).toMatch(/skip the levels/);
    expect(tierWarningText(t, warning('tier_mixing', 4), tiers)).toMatch(/No tier rule/);
  });
});

describe('the scope-creep report links each member to an exception', () => {
  const entry = (over: Partial<ScopeCreepEntry>): ScopeCreepEntry => ({
    personId: 'p1',
    name: '王芳',
    unitName: null,
    tierName: null,
    tierRank: null,
    position: null,
    joinedOn: '2024-03-01',
    basis: 'manual',
    basisRef: null,
    addedById: null,
    addedByName: null,
    requestedById: null,
    requestedByName: null,
    mismatches: ['tier'],
    eligibility: 'outside',
    exceptionId: null,
    ...over,
  });
  const exception = (id: number, personId: string, status: ExceptionRow['status']) =>
    ({ id, personId, status }) as ExceptionRow;
  const exceptions = [exception(3, 'p1', 'rejected'), exception(7, 'p1', 'pending'), exception(5, 'p2', 'approved')];

  it('a member let in by an exception shows that exception', () => {
    expect(exceptionFor(entry({ personId: 'p2', exceptionId: 5, eligibility: 'exception' }), exceptions)?.id).toBe(5);
  });
  it('an outside member shows their latest request (pending after a rejection)', () => {
    expect(exceptionFor(entry({}), exceptions)?.status).toBe('pending');
  });
  it('someone who never asked has none', () => {
    expect(exceptionFor(entry({ personId: 'p9' }), exceptions)).toBeNull();
  });
});
