import type { TFunction } from 'i18next';
import type { TableColumnType } from 'antd';
import type { PersonRow } from '../../../../shared/contract';
import type { Locale } from '../../../../shared/domain';
import { PersonStatusTag } from '../../ui/tags';
import { HandleTags } from '../../ui/HandleTags';
import { collator } from '../../i18n/format';
import { Clamp } from '../../ui/Clamp';
import { PlainText } from '../../ui/plain';

/** Every row of the people table is this high: two lines of text (see WindowedTable). */
export const PEOPLE_ROW_HEIGHT = 57;

/** A unit, tier or position: up to two lines, then "…" with the whole text on hover. */
function twoLines(text: string | null) {
  return <Clamp text={text} />;
}

export function peopleColumns(t: TFunction, locale: Locale, rows: PersonRow[]): Array<TableColumnType<PersonRow>> {
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
      width: 140,
      fixed: 'left',
      sorter: (a, b) => collator(locale).compare(a.name, b.name),
      // The name is how a row is found: it wraps (Vietnamese names at 1366 pixels); a name longer
      // than two lines (none in practice) ends in "…" with the whole name on hover.
      render: (name: string) => <Clamp text={name} strong />,
    },
    {
      key: 'unit',
      title: t('people.unit'),
      dataIndex: 'unitName',
      width: 136,
      render: twoLines,
      filters: units.length > 1 ? units.map((u) => ({ text: u, value: u })) : undefined,
      onFilter: (value, row) => row.unitName === value,
      sorter: (a, b) => collator(locale).compare(a.unitName ?? '', b.unitName ?? ''),
    },
    {
      key: 'tier',
      title: t('people.tier'),
      dataIndex: 'tierName',
      width: 100,
      render: twoLines,
      filters: tiers.length > 1 ? tiers.map(([name]) => ({ text: name, value: name as string })) : undefined,
      onFilter: (value, row) => row.tierName === value,
      sorter: (a, b) => (a.tierRank ?? 99) - (b.tierRank ?? 99),
    },
    { key: 'position', title: t('people.position'), dataIndex: 'position', width: 140, render: twoLines },
    { key: 'phone', title: t('people.phone'), dataIndex: 'phone', width: 110 },
    {
      key: 'handles',
      title: t('people.handles'),
      dataIndex: 'handles',
      width: 170,
      render: (handles: PersonRow['handles']) => <HandleTags handles={handles} compact />,
    },
    {
      key: 'status',
      title: t('people.status'),
      dataIndex: 'status',
      width: 110,
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
      // Room for “Số nhóm” / “所在群” on one line beside the sort arrows (at 64 px they broke mid-word).
      width: 104,
      align: 'right',
      sorter: (a, b) => a.groupCount - b.groupCount,
      render: (n: number, row) => (
        <PlainText strong type={row.status === 'left' && n > 0 ? 'danger' : undefined}>
          {n}
        </PlainText>
      ),
    },
  ];
}
