/**
 * The groups list's filters, kept apart from the table's columns so the rules can be tested: the
 * status filter offers the four statuses and where an ad-hoc group stands in its life (expired,
 * ending within 14 days), matched on the flags the service computes on its clock.
 */
import type { TFunction } from 'i18next';
import type { FilterValue } from 'antd/es/table/interface';
import type { GroupRow } from '../../../../shared/contract';
import { GROUP_STATUSES } from '../../../../shared/domain';

/** The filters of the groups table by column key (controlled, so a link can open the list filtered). */
export type GroupFilters = Record<string, FilterValue | null>;

/** Every status and the two life filters, whether or not a row has them today (a link may ask for one). */
export function statusFilterOptions(t: TFunction): Array<{ text: string; value: string }> {
  return [
    ...GROUP_STATUSES.map((s) => ({ text: t(`groupStatus.${s}`), value: s })),
    { text: t('lifecycle.filterExpired'), value: 'expired' },
    { text: t('lifecycle.filterEnding'), value: 'ending' },
  ];
}

export function matchesStatus(value: unknown, row: GroupRow): boolean {
  return value === 'expired' ? row.expired : value === 'ending' ? row.endingSoon : row.status === value;
}

const MATCHERS: Record<string, (value: unknown, row: GroupRow) => boolean> = {
  platform: (value, row) => row.platform === value,
  kind: (value, row) => row.kind === value,
  status: matchesStatus,
};

/** The rows the table shows under `filters` (any chosen value of a column, every column). */
export function filteredRows(rows: GroupRow[], filters: GroupFilters): GroupRow[] {
  return rows.filter((row) =>
    Object.entries(filters).every(
      ([key, chosen]) => !chosen || chosen.length === 0 || !MATCHERS[key] || chosen.some((v) => MATCHERS[key]!(v, row)),
    ),
  );
}

/** The matcher of a filterable column, as the table's `onFilter`. */
export function onFilter(key: 'platform' | 'kind' | 'status') {
  return (value: unknown, row: GroupRow) => MATCHERS[key]!(value, row);
}
