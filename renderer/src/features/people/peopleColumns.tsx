import type { TFunction } from 'i18next';
import type { TableColumnType } from 'antd';
import type { PersonRow } from '../../../../shared/contract';
import { PersonStatusTag } from '../../ui/tags';
import { HandleTags } from '../../ui/HandleTags';
import { Clamp } from '../../ui/Clamp';
import { PlainText } from '../../ui/plain';

/** Every row of the people table is this high: two lines of text (see WindowedTable). */
export const PEOPLE_ROW_HEIGHT = 57;

/** A unit, tier or position: up to two lines, then "…" with the whole text on hover. */
function twoLines(text: string | null) {
  return <Clamp text={text} />;
}

/** What the header's filters offer: the units (in the language's order) and tiers (highest first) among the people found. */
export interface PeopleChoices {
  units: string[];
  tiers: string[];
}

/**
 * The people table's columns. The rows are sorted and filtered in the main process
 * (people.window): a column's `sorter` only shows its arrows, and its filters only offer choices.
 */
export function peopleColumns(t: TFunction, choices: PeopleChoices): Array<TableColumnType<PersonRow>> {
  const { units, tiers } = choices;
  return [
    {
      key: 'name',
      title: t('people.name'),
      dataIndex: 'name',
      width: 140,
      fixed: 'left',
      sorter: true,
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
      sorter: true,
    },
    {
      key: 'tier',
      title: t('people.tier'),
      dataIndex: 'tierName',
      width: 100,
      render: twoLines,
      filters: tiers.length > 1 ? tiers.map((name) => ({ text: name, value: name })) : undefined,
      sorter: true,
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
      render: (_: unknown, row) => <PersonStatusTag status={row.status} leftOn={row.leftOn} />,
    },
    {
      key: 'groups',
      title: t('people.groups'),
      dataIndex: 'groupCount',
      // Room for “Số nhóm” / “所在群” on one line beside the sort arrows (at 64 px they broke mid-word).
      width: 104,
      align: 'right',
      sorter: true,
      render: (n: number, row) => (
        <PlainText strong type={row.status === 'left' && n > 0 ? 'danger' : undefined}>
          {n}
        </PlainText>
      ),
    },
  ];
}
