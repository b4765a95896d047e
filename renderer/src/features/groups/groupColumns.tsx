import type { TFunction } from 'i18next';
import type { TableColumnsType } from 'antd';
import { Flex, Typography } from 'antd';
import type { FilterValue } from 'antd/es/table/interface';
import type { GroupRow } from '../../../../shared/contract';
import { GROUP_STATUSES, type Locale } from '../../../../shared/domain';
import { GroupKindTag, GroupStatusTag, PlatformTag } from '../../ui/tags';
import { collator, formatDate } from '../../i18n/format';
import { GroupLifeTag } from './GroupLifeTag';

/** The filters of the groups table by column key (controlled, so a link can open the list filtered). */
export type GroupFilters = Record<string, FilterValue | null>;

/** The rows the table shows under its filters (the count above it says how many). */
export function filteredRows(columns: TableColumnsType<GroupRow>, rows: GroupRow[]): GroupRow[] {
  return rows.filter((row) =>
    columns.every((c) => {
      const chosen = 'filteredValue' in c ? c.filteredValue : null;
      return !chosen || chosen.length === 0 || !c.onFilter || chosen.some((v) => c.onFilter!(v as never, row));
    }),
  );
}

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
): TableColumnsType<GroupRow> {
  return [
    {
      key: 'name',
      title: t('groups.name'),
      dataIndex: 'name',
      width: 280,
      fixed: 'left',
      sorter: (a, b) => collator(locale).compare(a.name, b.name),
      render: (name: string, row) => (
        <div style={{ minWidth: 0 }}>
          <Typography.Text strong ellipsis style={{ display: 'block' }}>
            {name}
          </Typography.Text>
          {row.purpose && (
            <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12 }}>
              {row.purpose}
            </Typography.Text>
          )}
        </div>
      ),
    },
    {
      key: 'platform',
      title: t('groups.platform'),
      dataIndex: 'platform',
      width: 120,
      filters: presentValues(rows, 'platform', (p) => t(`platform.${p}`)),
      filteredValue: filters.platform ?? null,
      onFilter: (value, row) => row.platform === value,
      render: (p: GroupRow['platform']) => <PlatformTag platform={p} />,
    },
    {
      key: 'kind',
      title: t('groups.kind'),
      dataIndex: 'kind',
      width: 100,
      filters: presentValues(rows, 'kind', (k) => t(`groupKind.${k}`)),
      filteredValue: filters.kind ?? null,
      onFilter: (value, row) => row.kind === value,
      render: (k: GroupRow['kind']) => <GroupKindTag kind={k} />,
    },
    {
      key: 'status',
      title: t('groups.status'),
      dataIndex: 'status',
      width: 120,
      // Every status and the two life filters, whether or not a row has them today (a link may ask for one).
      filters: [
        ...GROUP_STATUSES.map((s) => ({ text: t(`groupStatus.${s}`), value: s })),
        { text: t('lifecycle.filterExpired'), value: 'expired' },
        { text: t('lifecycle.filterEnding'), value: 'ending' },
      ],
      filteredValue: filters.status ?? null,
      onFilter: (value, row) =>
        value === 'expired' ? row.expired : value === 'ending' ? row.endingSoon : row.status === value,
      render: (s: GroupRow['status'], row) => (
        <Flex gap={4} wrap>
          <GroupStatusTag status={s} />
          <GroupLifeTag expired={row.expired} endingSoon={row.endingSoon} endDate={row.endDate} />
        </Flex>
      ),
    },
    {
      key: 'owner',
      title: t('groups.owner'),
      dataIndex: 'ownerName',
      width: 120,
      sorter: (a, b) => collator(locale).compare(a.ownerName ?? '', b.ownerName ?? ''),
      render: (name: string | null) => name ?? <Typography.Text type="warning">{t('groups.noOwner')}</Typography.Text>,
    },
    {
      key: 'members',
      title: t('groups.members'),
      dataIndex: 'memberCount',
      width: 90,
      align: 'right',
      sorter: (a, b) => a.memberCount - b.memberCount,
      render: (n: number) => <Typography.Text strong>{n}</Typography.Text>,
    },
    {
      key: 'endDate',
      title: t('groups.endDate'),
      dataIndex: 'endDate',
      width: 135,
      sorter: (a, b) => (a.endDate ?? '9999').localeCompare(b.endDate ?? '9999'),
      render: (d: string | null) => (d ? formatDate(d) : <Typography.Text type="secondary">—</Typography.Text>),
    },
    {
      key: 'createdOn',
      title: t('groups.createdOn'),
      dataIndex: 'createdOn',
      width: 135,
      sorter: (a, b) => a.createdOn.localeCompare(b.createdOn),
      render: (d: string) => formatDate(d),
    },
  ];
}
