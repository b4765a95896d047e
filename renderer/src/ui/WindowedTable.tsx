import {
  createContext,
  memo,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type HTMLAttributes,
  type ReactNode,
} from 'react';
import { Table } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { FilterValue, SorterResult, SortOrder } from 'antd/es/table/interface';
import { useVirtualizer } from '@tanstack/react-virtual';
import { rowKeyboardProps } from './useRowKeyboard';
import { arrangeRows } from './arrangeRows';
import './windowedTable.css';

/**
 * A long list in Ant Design's table, of which only the rows in view (and a few either side) are in
 * the page: 10,000 people mount and scroll as fast as 30. Every row has the same height (`rowHeight`;
 * cells keep to it, two lines at most), so where a row sits is known without measuring it. The rows
 * above and below the window are one empty row each, as tall as the rows they stand for.
 *
 * Sorting and filtering happen here on the whole list, not in Ant Design's table (which holds only
 * the window): the header's sorters and filters look and behave as before; a column's `sorter`
 * (compare function) and `onFilter` are applied here, and its `filteredValue`, when given, is used
 * as it is (a controlled filter).
 */
export interface WindowedTableProps<T> {
  columns: Array<ColumnType<T>>;
  rows: T[];
  loading: boolean;
  rowHeight: number;
  /** Height of the scrolling body, pixels. */
  height: number;
  scrollX: number;
  empty: ReactNode;
  onOpen(row: T): void;
  onFilters?(filters: Record<string, FilterValue | null>): void;
  testId: string;
}

/** Rows kept in the page beyond those in view, on each side. */
const OVERSCAN = 4;

const Spacers = createContext({ top: 0, bottom: 0, span: 1 });

/** The table body with the rows above and below the window stood in for by one empty row each. */
function SpacedBody({ children, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  const { top, bottom, span } = useContext(Spacers);
  const spacer = (height: number) => (
    <tr aria-hidden className="gl-windowed-spacer">
      <td colSpan={span} style={{ height }} />
    </tr>
  );
  return (
    <tbody {...props}>
      {top > 0 && spacer(top)}
      {children}
      {bottom > 0 && spacer(bottom)}
    </tbody>
  );
}

const COMPONENTS = { body: { wrapper: SpacedBody } };

interface InnerProps<T> {
  columns: Array<ColumnType<T>>;
  rows: T[];
  loading: boolean;
  rowHeight: number;
  height: number;
  scrollX: number;
  empty: ReactNode;
  open(row: T): void;
  /** The key of each shown row: its place in the window, turning over as the window moves. */
  rowKey(row: T): string;
  onChange(filters: Record<string, FilterValue | null>, sorter: SorterResult<T> | SorterResult<T>[]): void;
  testId: string;
}

/** Ant Design's table with the window's rows; rendered again only when the window moves. */
const WindowTable = memo(function WindowTable<T extends { id: string }>(props: InnerProps<T>) {
  return (
    <Table<T>
      rowKey={props.rowKey}
      size="middle"
      className="gl-windowed"
      columns={props.columns}
      dataSource={props.rows}
      loading={props.loading}
      pagination={false}
      scroll={{ x: props.scrollX, y: props.height }}
      components={COMPONENTS}
      onRow={(row) => {
        const keyboard = rowKeyboardProps(row, props.open);
        return { ...keyboard, style: { ...keyboard.style, height: props.rowHeight } };
      }}
      onChange={(_, filters, sorter) => props.onChange(filters, sorter)}
      locale={{ emptyText: props.empty }}
      data-testid={`${props.testId}-table`}
    />
  );
}) as <T extends { id: string }>(props: InnerProps<T>) => ReactNode;

export function WindowedTable<T extends { id: string }>(props: WindowedTableProps<T>) {
  const holder = useRef<HTMLDivElement>(null);
  const [filters, setFilters] = useState<Record<string, FilterValue | null>>({});
  const [sorter, setSorter] = useState<{ key: string; order: SortOrder } | null>(null);
  const { onFilters, onOpen } = props;

  // Ant Design's table is told the sorting and filtering are done elsewhere (`sorter: true`, no
  // `onFilter`): it shows the controls and reports the choices, and leaves the rows as given.
  const shownColumns = useMemo(
    () =>
      props.columns.map(({ onFilter: _onFilter, ...column }) => ({
        ...column,
        sorter: column.sorter ? true : undefined,
      })),
    [props.columns],
  );
  const view = useMemo(
    () => arrangeRows(props.rows, props.columns, filters, sorter),
    [props.rows, props.columns, filters, sorter],
  );

  // The virtualizer works out every row's place again whenever `getItemKey` is a new function (its
  // measurements are memoised on it): made once per list, or each scroll frame would build 10,000
  // place objects anew (462 ms of a 60 s scroll's CPU profile at 10,000 people, and their garbage).
  const getItemKey = useCallback((index: number) => view[index]!.id, [view]);
  const virtualizer = useVirtualizer({
    count: view.length,
    getScrollElement: () => holder.current?.querySelector<HTMLElement>('.ant-table-body') ?? null,
    estimateSize: () => props.rowHeight,
    overscan: OVERSCAN,
    initialRect: { width: 0, height: props.height },
    getItemKey,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.length > 0 ? items[items.length - 1]!.index : -1;
  const top = items[0]?.start ?? 0;
  const bottom = Math.max(0, virtualizer.getTotalSize() - (items.length > 0 ? items[items.length - 1]!.end : 0));
  const shown = useMemo(() => view.slice(first, last + 1), [view, first, last]);
  // Rows are keyed by their place in the window, counted round: a row keeps its key (and its
  // elements, and the focus) while it stays in the window, and the key of a row that leaves goes to
  // one that comes in. React then fills elements already in the page instead of building new rows
  // and removing old ones, which was most of a scroll frame's work at 10,000 rows.
  const places = Math.max(Math.ceil(props.height / props.rowHeight) + 1 + 2 * OVERSCAN, shown.length);
  const rowKey = useMemo(() => {
    const keys = new Map<T, string>();
    shown.forEach((row, i) => keys.set(row, `place-${(first + i) % places}`));
    return (row: T) => keys.get(row) ?? row.id;
  }, [shown, first, places]);

  // A new sort or filter shows the top of the list, as a paged table goes back to its first page.
  const arranged = useRef({ filters, sorter });
  useEffect(() => {
    if (arranged.current.filters === filters && arranged.current.sorter === sorter) return;
    arranged.current = { filters, sorter };
    virtualizer.scrollToOffset(0);
  }, [filters, sorter, virtualizer]);

  const openRef = useRef(onOpen);
  openRef.current = onOpen;
  const open = useCallback((row: T) => openRef.current(row), []);
  const onChange = useCallback(
    (next: Record<string, FilterValue | null>, result: SorterResult<T> | SorterResult<T>[]) => {
      const s = Array.isArray(result) ? result[0] : result;
      setSorter(s?.order && s.columnKey !== undefined ? { key: String(s.columnKey), order: s.order } : null);
      setFilters(next);
      onFilters?.(next);
    },
    [onFilters],
  );
  const spacers = useMemo(() => ({ top, bottom, span: shownColumns.length }), [top, bottom, shownColumns.length]);

  return (
    <div ref={holder}>
      <Spacers.Provider value={spacers}>
        <WindowTable<T>
          columns={shownColumns}
          rows={shown}
          loading={props.loading}
          rowHeight={props.rowHeight}
          height={props.height}
          scrollX={props.scrollX}
          empty={props.empty}
          open={open}
          rowKey={rowKey}
          onChange={onChange}
          testId={props.testId}
        />
      </Spacers.Provider>
    </div>
  );
}
