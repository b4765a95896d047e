/**
 * The rows a table shows under the choices in its header: every column's filter (any chosen value
 * matches), then the chosen column's sort. Done on the whole list for WindowedTable, whose Ant
 * Design table holds only the rows in view.
 */
import type { ColumnType } from 'antd/es/table';
import type { FilterValue, SortOrder } from 'antd/es/table/interface';

type Compare<T> = (a: T, b: T) => number;

function compareOf<T>(column: ColumnType<T> | undefined): Compare<T> | null {
  const sorter = column?.sorter;
  if (typeof sorter === 'function') return sorter as Compare<T>;
  if (sorter && typeof sorter === 'object' && typeof sorter.compare === 'function') return sorter.compare as Compare<T>;
  return null;
}

const keyOf = (column: ColumnType<unknown>) => String(column.key ?? column.dataIndex);

/** The whole list as the header's filters and sorter ask (a stable sort: ties keep their order). */
export function arrangeRows<T>(
  rows: T[],
  columns: Array<ColumnType<T>>,
  filters: Record<string, FilterValue | null>,
  sorter: { key: string; order: SortOrder } | null,
): T[] {
  let out = rows;
  for (const column of columns) {
    const chosen =
      column.filteredValue !== undefined ? column.filteredValue : filters[keyOf(column as ColumnType<unknown>)];
    const match = column.onFilter;
    if (!match || !chosen || chosen.length === 0) continue;
    out = out.filter((row) => chosen.some((value) => match(value as never, row)));
  }
  const compare = sorter?.order ? compareOf(columns.find((c) => keyOf(c as ColumnType<unknown>) === sorter.key)) : null;
  if (compare) {
    const sign = sorter!.order === 'descend' ? -1 : 1;
    out = [...out].sort((a, b) => sign * compare(a, b));
  }
  return out;
}
