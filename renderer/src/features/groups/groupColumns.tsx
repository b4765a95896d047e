import type { TFunction } from 'i18next';
import type { TableColumnType } from 'antd';
import type { GroupRow } from '../../../../shared/contract';
import type { Locale } from '../../../../shared/domain';
import { GroupKindTag, GroupStatusTag, PlatformTag } from '../../ui/tags';
import { collator, formatDate } from '../../i18n/format';
import { GroupLifeTag } from './GroupLifeTag';
import { Clamp } from '../../ui/Clamp';
import { PlainText } from '../../ui/plain';
import { onFilter, statusFilterOptions, type GroupFilters } from './groupFilters';

/** Every row of the groups table is this high: a name and its purpose, or two lines of tags. */
export const GROUP_ROW_HEIGHT = 61;

/** Filters offered for a column: the values present in the rows, translated; none when all rows agree. */
function presentValues<K extends keyof GroupRow>(rows: GroupRow[], key: K, label: (v: GroupRow[K]) => string) {
  const values = [...new Set(rows.map((r) => r[key]))];
  return values.length > 1 ? values.map((v) => ({ text: label(v), value: String(v) })) : undefined;
}

export function groupColumns(
  t: TFunction,
  locale: Locale,
  rows: GroupRow[],
  filters: GroupFilters = {},
): Array<TableColumnType<GroupRow>> {
  return [
    {
      key: 'name',
      title: t('groups.name'),
      dataIndex: 'name',
      width: 240,
      fixed: 'left',
      sorter: (a, b) => collator(locale).compare(a.name, b.name),
      render: (name: string, row) => (
        <div style={{ minWidth: 0 }}>
          <Clamp text={name} lines={1} strong />
          <Clamp text={row.purpose} lines={1} secondary style={{ fontSize: 12 }} />
        </div>
      ),
    },
    {
      key: 'platform',
      title: t('groups.platform'),
      dataIndex: 'platform',
      width: 110,
      filters: presentValues(rows, 'platform', (p) => t(`platform.${p}`)),
      filteredValue: filters.platform ?? null,
      onFilter: onFilter('platform'),
      render: (p: GroupRow['platform']) => <PlatformTag platform={p} />,
    },
    {
      key: 'kind',
      title: t('groups.kind'),
      dataIndex: 'kind',
      width: 100,
      filters: presentValues(rows, 'kind', (k) => t(`groupKind.${k}`)),
      filteredValue: filters.kind ?? null,
      onFilter: onFilter('kind'),
      render: (k: GroupRow['kind']) => <GroupKindTag kind={k} />,
    },
    {
      key: 'status',
      title: t('groups.status'),
      dataIndex: 'status',
      width: 124,
      filters: statusFilterOptions(t),
      filteredValue: filters.status ?? null,
      onFilter: onFilter('status'),
      render: (s: GroupRow['status'], row) => (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
          <GroupStatusTag status={s} />
          <GroupLifeTag expired={row.expired} endingSoon={row.endingSoon} endDate={row.endDate} />
        </div>
      ),
    },
    {
      key: 'owner',
      title: t('groups.owner'),
      dataIndex: 'ownerName',
      width: 110,
      sorter: (a, b) => collator(locale).compare(a.ownerName ?? '', b.ownerName ?? ''),
      render: (name: string | null) => name ?? <PlainText type="warning">{t('groups.noOwner')}</PlainText>,
    },
    {
      key: 'members',
      title: t('groups.members'),
      dataIndex: 'memberCount',
      // Room for “Members” / “Thành viên” beside the sort arrows (at 76 px “Members” broke mid-word).
      width: 96,
      align: 'right',
      sorter: (a, b) => a.memberCount - b.memberCount,
      render: (n: number) => <PlainText strong>{n}</PlainText>,
    },
    {
      key: 'endDate',
      title: t('groups.endDate'),
      dataIndex: 'endDate',
      width: 120,
      sorter: (a, b) => (a.endDate ?? '9999').localeCompare(b.endDate ?? '9999'),
      render: (d: string | null) => (d ? formatDate(d) : <PlainText type="secondary">—</PlainText>),
    },
    {
      key: 'createdOn',
      title: t('groups.createdOn'),
      dataIndex: 'createdOn',
      width: 120,
      sorter: (a, b) => a.createdOn.localeCompare(b.createdOn),
      render: (d: string) => formatDate(d),
    },
  ];
}
