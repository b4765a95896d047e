/**
 * The groups list's status filter (issue 11 point 6): beside the four statuses it offers
 * "expired" and "ending within 14 days", translated, whether or not a row has them today (the
 * dashboard's "and N more" opens the list on one); rows match on the service's flags, and the
 * filters of the other columns still apply with it. (groupColumns.tsx offers these in the table's
 * header; the main process filters the rows: groups.window.)
 */
import { describe, expect, it } from 'vitest';
import type { GroupRow } from '../../shared/contract';
import { i18n } from '../../renderer/src/i18n';
import { statusFilterOptions } from '../../renderer/src/features/groups/groupFilters';
import { arrangeGroups } from '../../electron/capabilities/groups/groupsWindow';

function row(id: string, extra: Partial<GroupRow>): GroupRow {
  return {
    id,
    name: id,
    platform: 'zalo',
    kind: 'adhoc',
    status: 'active',
    purpose: null,
    ownerId: null,
    ownerName: null,
    memberCount: 3,
    endDate: '2024-03-01',
    createdOn: '2024-01-01',
    expired: false,
    endingSoon: false,
    ...extra,
  };
}

const ROWS = [
  row('expired', { expired: true }),
  row('expired-dissolving', { expired: true, status: 'dissolving', platform: 'wechat' }),
  row('ending', { endingSoon: true }),
  row('standing', { kind: 'standing', endDate: null }),
  row('dissolved', { status: 'dissolved' }),
];

describe('the groups list status filter', () => {
  it('offers the four statuses and the two life filters in each language', async () => {
    for (const [locale, expired, ending] of [
      ['en', 'Expired (past the end date)', 'Ending within 14 days'],
      ['zh-CN', '已到期（已过结束日期）', '14 天内到期'],
      ['vi', 'Đã hết hạn (quá ngày kết thúc)', 'Hết hạn trong 14 ngày tới'],
    ] as const) {
      await i18n.changeLanguage(locale);
      const options = statusFilterOptions(i18n.t);
      expect(options.map((o) => o.value)).toEqual([
        'active',
        'dissolving',
        'dissolved',
        'archived',
        'expired',
        'ending',
      ]);
      expect(options.slice(4).map((o) => o.text)).toEqual([expired, ending]);
      expect(options[0]!.text).not.toBe('groupStatus.active');
    }
  });

  it('shows the expired groups, the ending ones, or a status; other columns still filter', () => {
    const shown = (filters: Record<string, string[] | undefined>) =>
      arrangeGroups(ROWS, { locale: 'en', filters: filters as never })
        .rows.map((r) => r.id)
        .sort();
    expect(shown({})).toEqual(ROWS.map((r) => r.id).sort());
    expect(shown({ status: undefined })).toEqual(ROWS.map((r) => r.id).sort());
    expect(shown({ status: ['expired'] })).toEqual(['expired', 'expired-dissolving']);
    expect(shown({ status: ['ending'] })).toEqual(['ending']);
    expect(shown({ status: ['dissolving', 'dissolved'] })).toEqual(['dissolved', 'expired-dissolving']);
    expect(shown({ status: ['expired', 'ending'] })).toEqual(['ending', 'expired', 'expired-dissolving']);
    expect(shown({ status: ['expired'], platform: ['zalo'] })).toEqual(['expired']);
    expect(shown({ status: ['archived'] })).toEqual([]);
  });
});
