/**
 * The people and groups tables hold only the rows in view (issue 13 point 5), so the header's
 * sorters and filters are applied to the whole list before the window is cut from it: sorting
 * puts the largest group of all 10,000 first, not the largest of the 20 on screen.
 */
import { describe, expect, it } from 'vitest';
import type { ColumnType } from 'antd/es/table';
import { arrangeRows } from '../../renderer/src/ui/arrangeRows';

interface Row {
  id: string;
  name: string;
  status: 'active' | 'left';
  groups: number;
}

const ROWS: Row[] = Array.from({ length: 1000 }, (_, i) => ({
  id: `p-${i}`,
  name: `person ${String(i).padStart(4, '0')}`,
  status: i % 3 === 0 ? 'left' : 'active',
  groups: (i * 7919) % 50,
}));

const columns = (statusFilter?: string[] | null): Array<ColumnType<Row>> => [
  { key: 'name', dataIndex: 'name', sorter: (a, b) => a.name.localeCompare(b.name) },
  {
    key: 'status',
    dataIndex: 'status',
    onFilter: (value, row) => row.status === value,
    ...(statusFilter !== undefined ? { filteredValue: statusFilter } : {}),
  },
  { key: 'groups', dataIndex: 'groupCount', sorter: { compare: (a, b) => a.groups - b.groups } },
];

describe('arranging a whole list for a windowed table', () => {
  it('leaves the rows as given (same array) when nothing is chosen', () => {
    expect(arrangeRows(ROWS, columns(), {}, null)).toBe(ROWS);
  });

  it('sorts the whole list by the chosen column, both ways, ties in their given order', () => {
    const up = arrangeRows(ROWS, columns(), {}, { key: 'groups', order: 'ascend' });
    const down = arrangeRows(ROWS, columns(), {}, { key: 'groups', order: 'descend' });
    expect(up).toHaveLength(1000);
    expect(up[0]!.groups).toBe(0);
    expect(down[0]!.groups).toBe(49);
    for (let i = 1; i < up.length; i++) {
      expect(up[i]!.groups).toBeGreaterThanOrEqual(up[i - 1]!.groups);
      if (up[i]!.groups === up[i - 1]!.groups) expect(ROWS.indexOf(up[i]!)).toBeGreaterThan(ROWS.indexOf(up[i - 1]!));
    }
    expect(ROWS[0]!.id).toBe('p-0'); // the given list is not reordered in place
  });

  it('filters on the values chosen in the header, or on a controlled filter when the column has one', () => {
    const left = arrangeRows(ROWS, columns(), { status: ['left'] }, null);
    expect(left).toHaveLength(334);
    expect(left.every((r) => r.status === 'left')).toBe(true);
    expect(arrangeRows(ROWS, columns(), { status: ['left', 'active'] }, null)).toHaveLength(1000);
    // A controlled filter (the groups page's status, set by a dashboard link) wins over the header's state.
    expect(arrangeRows(ROWS, columns(['active']), { status: ['left'] }, null)).toHaveLength(666);
    expect(arrangeRows(ROWS, columns(null), { status: ['left'] }, null)).toHaveLength(1000);
  });

  it('filters, then sorts what is left', () => {
    const rows = arrangeRows(ROWS, columns(), { status: ['active'] }, { key: 'name', order: 'descend' });
    expect(rows[0]!.name).toBe('person 0998');
    expect(rows.at(-1)!.name).toBe('person 0001');
  });
});
