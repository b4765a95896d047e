import type { TFunction } from 'i18next';
import type { TableColumnType } from 'antd';
import type { GroupRow } from '../../../../shared/contract';
import { GroupKindTag, GroupStatusTag, PlatformTag } from '../../ui/tags';
import { formatDate } from '../../i18n/format';
import { GroupLifeTag } from './GroupLifeTag';
import { Clamp } from '../../ui/Clamp';
import { PlainText } from '../../ui/plain';
import { statusFilterOptions, type GroupFilters } from './groupFilters';

/** Every row of the groups table is this high: a name and its purpose, or two lines of tags. */
export const GROUP_ROW_HEIGHT = 61;

/** What the header's filters offer: the platforms and kinds among the groups the search found. */
export interface GroupChoices {
  platforms: Array<GroupRow['platform']>;
  kinds: Array<GroupRow['kind']>;
}

/** Filters offered for a column: the values present, translated; none when all groups agree. */
function presentValues<V extends string>(values: V[], label: (v: V) => string) {
  return values.length > 1 ? values.map((v) => ({ text: label(v), value: v })) : undefined;
}

/**
 * The groups table's columns. The rows are sorted and filtered in the main process
 * (groups.window): a column's `sorter` only shows its arrows, its filters only offer choices, and
 * `filters` (controlled: a link may open the list filtered) says which are chosen.
 */
export function groupColumns(
  t: TFunction,
  choices: GroupChoices,
  filters: GroupFilters = {},
): Array<TableColumnType<GroupRow>> {
  return [
    {
      key: 'name',
      title: t('groups.name'),
      dataIndex: 'name',
      width: 240,
      fixed: 'left',
      sorter: true,
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
      filters: presentValues(choices.platforms, (p) => t(`platform.${p}`)),
      filteredValue: filters.platform ?? null,
      render: (p: GroupRow['platform']) => <PlatformTag platform={p} />,
    },
    {
      key: 'kind',
      title: t('groups.kind'),
      dataIndex: 'kind',
      width: 100,
      filters: presentValues(choices.kinds, (k) => t(`groupKind.${k}`)),
      filteredValue: filters.kind ?? null,
      render: (k: GroupRow['kind']) => <GroupKindTag kind={k} />,
    },
    {
      key: 'status',
      title: t('groups.status'),
      dataIndex: 'status',
      width: 124,
      filters: statusFilterOptions(t),
      filteredValue: filters.status ?? null,
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
      sorter: true,
      render: (name: string | null) => name ?? <PlainText type="warning">{t('groups.noOwner')}</PlainText>,
    },
    {
      key: 'members',
      title: t('groups.members'),
      dataIndex: 'memberCount',
      // Room for “Members” / “Thành viên” beside the sort arrows (at 76 px “Members” broke mid-word).
      width: 96,
      align: 'right',
      sorter: true,
      render: (n: number) => <PlainText strong>{n}</PlainText>,
    },
    {
      key: 'endDate',
      title: t('groups.endDate'),
      dataIndex: 'endDate',
      width: 120,
      sorter: true,
      render: (d: string | null) => (d ? formatDate(d) : <PlainText type="secondary">—</PlainText>),
    },
    {
      key: 'createdOn',
      title: t('groups.createdOn'),
      dataIndex: 'createdOn',
      width: 120,
      sorter: true,
      render: (d: string) => formatDate(d),
    },
  ];
}
