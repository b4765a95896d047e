import type { TFunction } from 'i18next';
import type { TableColumnsType } from 'antd';
import { Typography } from 'antd';
import type { PersonRow } from '../../../../shared/contract';
import type { Locale } from '../../../../shared/domain';
import { PersonStatusTag } from '../../ui/tags';
import { HandleTags } from '../../ui/HandleTags';
import { collator } from '../../i18n/format';

export function peopleColumns(t: TFunction, locale: Locale, rows: PersonRow[]): TableColumnsType<PersonRow> {
  const units = [...new Set(rows.map((r) => r.unitName).filter((u): u is string => !!u))].sort(
    collator(locale).compare,
  );
  const tiers = [...new Map(rows.filter((r) => r.tierName).map((r) => [r.tierName, r.tierRank ?? 99])).entries()].sort(
    (a, b) => a[1] - b[1],
  );
  return [
    {
      key: 'name',
      title: t('people.name'),
      dataIndex: 'name',
      width: 110,
      ellipsis: true,
      fixed: 'left',
      sorter: (a, b) => collator(locale).compare(a.name, b.name),
      render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
    },
    {
      key: 'unit',
      title: t('people.unit'),
      dataIndex: 'unitName',
      width: 146,
      ellipsis: true,
      filters: units.length > 1 ? units.map((u) => ({ text: u, value: u })) : undefined,
      onFilter: (value, row) => row.unitName === value,
      sorter: (a, b) => collator(locale).compare(a.unitName ?? '', b.unitName ?? ''),
    },
    {
      key: 'tier',
      title: t('people.tier'),
      dataIndex: 'tierName',
      width: 110,
      ellipsis: true,
      filters: tiers.length > 1 ? tiers.map(([name]) => ({ text: name, value: name as string })) : undefined,
      onFilter: (value, row) => row.tierName === value,
      sorter: (a, b) => (a.tierRank ?? 99) - (b.tierRank ?? 99),
    },
    { key: 'position', title: t('people.position'), dataIndex: 'position', width: 146, ellipsis: true },
    { key: 'phone', title: t('people.phone'), dataIndex: 'phone', width: 118 },
    {
      key: 'handles',
      title: t('people.handles'),
      dataIndex: 'handles',
      width: 190,
      render: (handles: PersonRow['handles']) => <HandleTags handles={handles} compact />,
    },
    {
      key: 'status',
      title: t('people.status'),
      dataIndex: 'status',
      width: 116,
      filters: [
        { text: t('personStatus.active'), value: 'active' },
        { text: t('personStatus.left'), value: 'left' },
      ],
      onFilter: (value, row) => row.status === value,
      render: (_: unknown, row) => <PersonStatusTag status={row.status} leftOn={row.leftOn} />,
    },
    {
      key: 'groups',
      title: t('people.groups'),
      dataIndex: 'groupCount',
      width: 72,
      align: 'right',
      sorter: (a, b) => a.groupCount - b.groupCount,
      render: (n: number, row) => (
        <Typography.Text strong type={row.status === 'left' && n > 0 ? 'danger' : undefined}>
          {n}
        </Typography.Text>
      ),
    },
  ];
}
