/**
 * The groups table a window at a time, as the people table (directory/peopleWindow.ts): searched,
 * filtered and sorted here, each call answering the rows the window draws. The status filter also
 * matches where an ad-hoc group stands in its life today (expired, ending within 14 days), so the
 * arrangement is kept for the registry's revision and the day.
 */
import type { Db } from '../../db/database';
import { today, type Clock } from '../../kernel/context';
import type { GroupRow, GroupsArrangement, GroupsWindow } from '../../../shared/contract';
import type { Locale } from '../../../shared/domain';
import { collator } from '../../../shared/collation';
import { sortedBy, windowOf } from '../../kernel/windows';
import { listGroups } from './queries';

/** Rows `offset` … `offset + limit - 1` of the groups as `arrangement` shows them. */
export function groupsWindow(
  db: Db,
  clock: Clock,
  input: GroupsArrangement & { offset: number; limit: number },
): GroupsWindow {
  const { offset, limit, ...arrangement } = input;
  const query = arrangement.query?.trim() ?? '';
  const key = JSON.stringify([
    query,
    arrangement.locale,
    arrangement.sort ?? null,
    arrangement.filters ?? {},
    today(clock),
  ]);
  return windowOf(
    db,
    'groups',
    key,
    () => arrangeGroups(listGroups(db, query || undefined, -1, clock), arrangement),
    offset,
    limit,
  );
}

/** Whether `row` is among the groups a status filter value names. */
export function matchesStatus(value: string, row: GroupRow): boolean {
  return value === 'expired' ? row.expired : value === 'ending' ? row.endingSoon : row.status === value;
}

/** Filters and sorts the groups the search found, as the table's header asks. */
export function arrangeGroups(
  found: GroupRow[],
  arrangement: GroupsArrangement,
): { rows: GroupRow[]; found: number; platforms: Array<GroupRow['platform']>; kinds: Array<GroupRow['kind']> } {
  const names = collator(arrangement.locale);
  // The table's own order: names in the UI language (pinyin for zh-CN).
  const base = [...found].sort((a, b) => names.compare(a.name, b.name));
  const filters = arrangement.filters ?? {};
  const any = <T>(chosen: readonly T[] | undefined, match: (value: T) => boolean) =>
    !chosen || chosen.length === 0 || chosen.some(match);
  let rows = base.filter(
    (r) =>
      any(filters.platform, (p) => r.platform === p) &&
      any(filters.kind, (k) => r.kind === k) &&
      any(filters.status, (s) => matchesStatus(s, r)),
  );
  rows = sortedBy(
    rows,
    arrangement.sort ? comparer(arrangement.sort.key, arrangement.locale) : null,
    arrangement.sort?.order,
  );
  return {
    rows,
    found: base.length,
    platforms: [...new Set(base.map((r) => r.platform))],
    kinds: [...new Set(base.map((r) => r.kind))],
  };
}

function comparer(key: NonNullable<GroupsArrangement['sort']>['key'], locale: Locale) {
  const names = collator(locale);
  switch (key) {
    case 'name':
      return (a: GroupRow, b: GroupRow) => names.compare(a.name, b.name);
    case 'owner':
      return (a: GroupRow, b: GroupRow) => names.compare(a.ownerName ?? '', b.ownerName ?? '');
    case 'members':
      return (a: GroupRow, b: GroupRow) => a.memberCount - b.memberCount;
    case 'endDate':
      return (a: GroupRow, b: GroupRow) => (a.endDate ?? '9999').localeCompare(b.endDate ?? '9999');
    case 'createdOn':
      return (a: GroupRow, b: GroupRow) => a.createdOn.localeCompare(b.createdOn);
  }
}
