import {
  memo,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type CSSProperties,
  type MutableRefObject,
  type ReactNode,
  type UIEvent,
} from 'react';
import { Table } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { FilterValue, SorterResult, SortOrder } from 'antd/es/table/interface';
import { useVirtualizer } from '@tanstack/react-virtual';
import { rowKeyboardProps } from './useRowKeyboard';
import { arrangeRows } from './arrangeRows';
import { OVERSCAN_AHEAD, drawnRows, placeRows, windowRows } from './windowRows';
import './windowedTable.css';

/**
 * A long list in Ant Design's table, of which only the rows in view (and a few either side) are in
 * the page: 10,000 people mount and scroll as fast as 30. Every row has the same height (`rowHeight`;
 * cells keep to it, two lines at most), so where a row sits is known without measuring it. The rows
 * above and below the window are one empty row each, as tall as the rows they stand for.
 *
 * Ant Design draws the header (titles, sorters, filters) and this file draws the body, through the
 * table's `components.body` render function (the way Ant Design's own virtual table does it): the
 * table is rendered once per list, and scrolling renders only the window's rows, as plain rows and
 * cells with Ant Design's class names. Before, each scroll frame rendered the whole table again
 * (its body, row and cell components, and a forced layout to place its shadows).
 *
 * Sorting and filtering happen here on the whole list, not in Ant Design's table: the header's
 * sorters and filters look and behave as before; a column's `sorter` (compare function) and
 * `onFilter` are applied here, and its `filteredValue`, when given, is used as it is (a controlled
 * filter).
 *
 * Or the rows come from the registry a page at a time (`source`, platform/rowWindow.ts): the main
 * process searches, filters and sorts, the header's choices go to it (`onArrange`), and a row whose
 * page is still being read is drawn as an empty row of the same height until it is there.
 */
export interface WindowedTableProps<T> {
  columns: Array<ColumnType<T>>;
  /** The whole list, arranged here; or `source`. */
  rows?: T[];
  source?: RowSource<T>;
  /** With `source`: the header's filters and sort, for whoever reads the rows. */
  onArrange?(arrangement: Arrangement): void;
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

/**
 * Rows read elsewhere (the registry, a page at a time): how many there are, each one if it is
 * held, and which the table draws (`need`, called with the rows drawn and those read ahead).
 */
export interface RowSource<T> {
  count: number;
  at(index: number): T | undefined;
  need(start: number, end: number): void;
  /** Rows arriving: the body draws again (the table itself does not). */
  subscribe?(onChange: () => void): () => void;
  /** Changes whenever rows arrive. */
  version?(): unknown;
}

/** The sort and filters chosen in the header. */
export interface Arrangement {
  filters: Record<string, FilterValue | null>;
  sorter: { key: string; order: SortOrder } | null;
}

/** What Ant Design's table hands the body it does not draw itself (rc-table's `customizeScrollBody`). */
interface BodyInfo {
  scrollbarSize: number;
  ref: MutableRefObject<HTMLDivElement | null> | ((el: HTMLDivElement | null) => void);
  onScroll(info: { currentTarget?: HTMLElement; scrollLeft?: number }): void;
}

/** A column as the body draws its cells: classes and style worked out once per list. */
interface BodyColumn<T> {
  key: string;
  className: string;
  /** The same with the fixed column's shadow shown (the list scrolled sideways). */
  shadowClassName: string;
  style: CSSProperties | undefined;
  cell(row: T, index: number): ReactNode;
}

function isFixedStart(column: Pick<ColumnType<never>, 'fixed'>): boolean {
  return column.fixed === 'left' || column.fixed === 'start' || column.fixed === true;
}

/**
 * The cells' classes and styles as Ant Design's table gives them (rc-table's Cell and fixUtil):
 * `ant-table-cell`, fixed columns at the start sticky with their offsets and stacking order, the
 * last of them with the shadow shown once the list is scrolled sideways, `align` as text-align.
 */
function bodyColumns<T>(columns: Array<ColumnType<T>>, sortedKey: string | null): Array<BodyColumn<T>> {
  const n = columns.length;
  let offset = 0;
  // Only the run of fixed columns the table starts with stays in place.
  let leading = true;
  return columns.map((column, i) => {
    const fixed = leading && isFixedStart(column);
    leading = fixed;
    const next = columns[i + 1];
    const shadow = fixed && !(next && isFixedStart(next));
    const style: CSSProperties & Record<string, unknown> = {};
    if (fixed) {
      style.insetInlineStart = offset;
      style['--z-offset'] = n * 2 - i;
      style['--z-offset-reverse'] = n + i;
    }
    if (column.align) style.textAlign = column.align;
    offset += typeof column.width === 'number' ? column.width : 0;
    const base = [
      'ant-table-cell',
      column.className,
      sortedKey !== null && String(column.key) === sortedKey && 'ant-table-column-sort',
      fixed && 'ant-table-cell-fix ant-table-cell-fix-start',
      shadow && 'ant-table-cell-fix-start-shadow',
      column.ellipsis && 'ant-table-cell-ellipsis',
    ]
      .filter(Boolean)
      .join(' ');
    const dataIndex = column.dataIndex as keyof T | undefined;
    const render = column.render;
    return {
      key: String(column.key ?? column.dataIndex ?? i),
      className: base,
      shadowClassName: shadow ? `${base} ant-table-cell-fix-start-shadow-show` : base,
      style: Object.keys(style).length > 0 ? style : undefined,
      cell: (row: T, index: number) => {
        const value = dataIndex === undefined ? undefined : row[dataIndex];
        const node = render ? render(value, row, index) : (value as ReactNode);
        // A render function may return cell props (Ant Design's old form): not used here.
        return node !== null && typeof node === 'object' && 'children' in node && !('$$typeof' in node)
          ? ((node as { children: ReactNode }).children ?? null)
          : (node as ReactNode);
      },
    };
  });
}

interface RowProps<T> {
  row: T;
  index: number;
  columns: Array<BodyColumn<T>>;
  shadow: boolean;
  height: number;
  open(row: T): void;
  /** The arrow keys on this row: to the row `step` away, drawn or not. */
  move(from: number, step: 1 | -1): void;
}

/** One row: rendered again only when its record, its place or the columns change. */
const Row = memo(function Row<T extends { id: string }>({
  row,
  index,
  columns,
  shadow,
  height,
  open,
  move,
}: RowProps<T>) {
  const keyboard = rowKeyboardProps(row, open, (step) => move(index, step));
  return (
    <tr
      {...keyboard}
      data-row-key={row.id}
      data-index={index}
      className="ant-table-row ant-table-row-level-0"
      style={{ ...keyboard.style, height }}
    >
      {columns.map((c) => (
        <td key={c.key} className={shadow ? c.shadowClassName : c.className} style={c.style}>
          {c.cell(row, index)}
        </td>
      ))}
    </tr>
  );
}) as <T extends { id: string }>(props: RowProps<T>) => ReactNode;

/** A row whose page is being read: as tall as a row, its place kept, shaded until it comes. */
const PendingRow = memo(function PendingRow({ index, span, height }: { index: number; span: number; height: number }) {
  return (
    <tr
      data-index={index}
      aria-busy="true"
      className="ant-table-row ant-table-row-level-0 gl-windowed-pending"
      style={{ height }}
    >
      <td className="ant-table-cell" colSpan={span}>
        <div className="gl-windowed-pending-bar" />
      </td>
    </tr>
  );
});

/** Rows read ahead of the window, either side, so a scroll seldom meets a row still being read. */
const READ_AHEAD = 60;

interface BodyProps<T> {
  source: RowSource<T>;
  info: BodyInfo;
  columns: Array<ColumnType<T>>;
  rowHeight: number;
  height: number;
  scrollX: number;
  empty: ReactNode;
  open(row: T): void;
  /** Changes whenever the sort or the filters change: the list then shows its top. */
  arrangement: Arrangement;
}

/** The place in the list of the row (or of the button in a row) that has the focus in `body`, or null. */
function focusedRow(body: HTMLElement | null, count: number): number | null {
  const active = body?.ownerDocument.activeElement;
  if (!body || !active || !body.contains(active)) return null;
  const row = active.closest<HTMLElement>('tr[data-index]');
  const index = row ? Number(row.dataset.index) : NaN;
  return Number.isInteger(index) && index >= 0 && index < count ? index : null;
}

/** The scrolling body: the window's rows between two spacers, under Ant Design's header. */
function WindowBody<T extends { id: string }>(props: BodyProps<T>) {
  const { source, info, rowHeight } = props;
  const count = source.count;
  useSyncExternalStore(source.subscribe ?? noSubscription, source.version ?? noVersion);
  const scroller = useRef<HTMLDivElement | null>(null);
  const setScroller = useCallback(
    (el: HTMLDivElement | null) => {
      scroller.current = el;
      // The table's own reference to its body: it keeps the header's columns in line with it.
      if (typeof info.ref === 'function') info.ref(el);
      else info.ref.current = el;
    },
    [info],
  );
  // The virtualizer works out every row's place again whenever `getItemKey` is a new function (its
  // measurements are memoised on it): made once, or each scroll frame would build 10,000 place
  // objects anew. Every row has the same height, so a place is all a row needs as its key.
  const getItemKey = useCallback((index: number) => index, []);
  // Called by the virtualizer only when the rows in view change (it memoises the result).
  const previousStart = useRef<number | null>(null);
  const rangeExtractor = useCallback((range: { startIndex: number; endIndex: number; count: number }) => {
    const shown = windowRows(range.startIndex, range.endIndex, range.count, previousStart.current);
    previousStart.current = range.startIndex;
    return shown;
  }, []);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: OVERSCAN_AHEAD,
    rangeExtractor,
    initialRect: { width: 0, height: props.height },
    getItemKey,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.length > 0 ? items[items.length - 1]!.index : -1;
  // The sorted column's cells are shaded, as Ant Design's table shades them.
  const sortedKey = props.arrangement.sorter?.key ?? null;
  const columns = useMemo(() => bodyColumns(props.columns, sortedKey), [props.columns, sortedKey]);

  // Scrolled sideways: the fixed name column shows its shadow. Only a sideways scroll is told to
  // the table (it moves the header with the body); an up-and-down one concerns the body alone.
  const [shadow, setShadow] = useState(false);
  const left = useRef(0);
  const onScroll = useCallback(
    (event: UIEvent<HTMLDivElement>) => {
      const target = event.currentTarget;
      if (target.scrollLeft === left.current) return;
      left.current = target.scrollLeft;
      setShadow(target.scrollLeft >= 1);
      info.onScroll({ currentTarget: target, scrollLeft: target.scrollLeft });
    },
    [info],
  );

  // A new sort or filter shows the top of the list, as a paged table goes back to its first page.
  const arranged = useRef(props.arrangement);
  useLayoutEffect(() => {
    if (arranged.current === props.arrangement) return;
    arranged.current = props.arrangement;
    virtualizer.scrollToOffset(0);
  }, [props.arrangement, virtualizer]);

  // The arrow keys move the focus by place in the list, not to the element drawn next: presses
  // quicker than the frames (a key held down, a burst right after a jump) go past the rows drawn.
  // The row asked for, when it is not drawn yet, is scrolled to and focused once it is; presses
  // meanwhile count from it, so none is lost.
  const pendingFocus = useRef<number | null>(null);
  /** Focuses the row at place `to` when it is drawn (the move is then done); false when it is not. */
  const focusDrawn = useCallback((to: number) => {
    const drawn = scroller.current?.querySelector<HTMLElement>(`tr[data-index="${to}"]:not(.gl-windowed-pending)`);
    if (!drawn) return false;
    pendingFocus.current = null;
    drawn.focus();
    return true;
  }, []);
  const move = useCallback(
    (from: number, step: 1 | -1) => {
      const to = Math.min(count - 1, Math.max(0, (pendingFocus.current ?? from) + step));
      if (focusDrawn(to)) return;
      pendingFocus.current = to;
      virtualizer.scrollToIndex(to, { align: 'auto' });
    },
    [count, virtualizer, focusDrawn],
  );
  // A new list (sorted, filtered, reloaded) drops a move that was under way.
  useLayoutEffect(() => {
    pendingFocus.current = null;
  }, [props.arrangement, count]);
  useLayoutEffect(() => {
    if (pendingFocus.current !== null) focusDrawn(pendingFocus.current);
  });
  // Each row is keyed by its place (placeRows): a row keeps it while it stays in the window, and a
  // row that comes in takes the place of one that left. (Worked out while rendering from the last
  // render's places: a render React throws away only leaves places that are reused less well.)
  // The row with the keyboard's focus stays drawn when it scrolls out of view (drawnRows). Read
  // from the page as it is: the focus moves without React knowing, and stays on the row while the
  // administrator is in another window.
  const placed = useRef<Map<number, number>>(new Map());
  const drawn = drawnRows(first, last, focusedRow(scroller.current, count));
  // The rows drawn and those around them, read if they are not held (rows from the registry).
  useLayoutEffect(() => {
    if (last >= first) source.need(Math.max(0, first - READ_AHEAD), Math.min(count - 1, last + READ_AHEAD));
  }, [source, first, last, count]);
  const places = placeRows(placed.current, drawn);
  placed.current = places;
  // The rows not drawn are empty rows as tall as the rows they stand for: above the window, below
  // it, and on either side of a focused row out of view.
  const spacer = (key: string, rowsSkipped: number) => (
    <tr key={key} aria-hidden className="gl-windowed-spacer">
      <td colSpan={columns.length} style={{ height: rowsSkipped * rowHeight }} />
    </tr>
  );
  const shown: ReactNode[] = [];
  let next = 0;
  for (const i of drawn) {
    if (i > next) shown.push(spacer(`gap-${shown.length}`, i - next));
    next = i + 1;
    const row = source.at(i);
    if (!row) {
      shown.push(<PendingRow key={`place-${places.get(i)}`} index={i} span={columns.length} height={rowHeight} />);
      continue;
    }
    shown.push(
      <Row<T>
        key={`place-${places.get(i)}`}
        row={row}
        index={i}
        columns={columns}
        shadow={shadow}
        height={rowHeight}
        open={props.open}
        move={move}
      />,
    );
  }
  if (count > next) shown.push(spacer('gap-end', count - next));
  // The empty state stays in view when the table is wider than the page, as Ant Design's does.
  const empty = count === 0;
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!empty || !el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, [empty]);
  return (
    <div
      ref={setScroller}
      className="ant-table-body"
      style={{ overflowX: 'auto', overflowY: empty ? 'auto' : 'scroll', maxHeight: props.height }}
      onScroll={onScroll}
    >
      <table style={{ width: props.scrollX, minWidth: '100%', tableLayout: 'fixed' }}>
        <colgroup>
          {props.columns.map((c, i) => (
            <col key={String(c.key ?? i)} style={{ width: c.width }} />
          ))}
        </colgroup>
        <tbody className="ant-table-tbody">
          {shown}
          {empty && (
            <tr className="ant-table-placeholder">
              <td className="ant-table-cell" colSpan={columns.length}>
                <div
                  className="ant-table-expanded-row-fixed"
                  style={{ width: width || undefined, position: 'sticky', left: 0, overflow: 'hidden' }}
                >
                  {props.empty}
                </div>
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

const nothing = () => undefined;
const noSubscription = () => nothing;
const noVersion = () => 0;
const NO_ROWS: never[] = [];
const PLACEHOLDER = [{ id: '' }];
const placeholderRows = <T,>() => PLACEHOLDER as unknown as T[];

export function WindowedTable<T extends { id: string }>(props: WindowedTableProps<T>) {
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
  const { rows: list, source: given, onArrange } = props;
  const view = useMemo(
    () => (given ? null : arrangeRows(list ?? [], props.columns, filters, sorter)),
    [given, list, props.columns, filters, sorter],
  );
  const arrangement = useMemo<Arrangement>(() => ({ filters, sorter }), [filters, sorter]);
  const source = useMemo<RowSource<T>>(
    () => given ?? { count: view!.length, at: (i) => view![i], need: nothing },
    [given, view],
  );
  // Ant Design's table is given the arranged list (it draws nothing of it: the body is WindowBody),
  // or, for rows read elsewhere, one of them: it only needs to know whether there are any.
  const data = view ?? (given!.count > 0 ? placeholderRows<T>() : NO_ROWS);

  const openRef = useRef(onOpen);
  openRef.current = onOpen;
  const open = useCallback((row: T) => openRef.current(row), []);
  const onChange = useCallback(
    (next: Record<string, FilterValue | null>, result: SorterResult<T> | SorterResult<T>[]) => {
      const s = Array.isArray(result) ? result[0] : result;
      const nextSorter = s?.order && s.columnKey !== undefined ? { key: String(s.columnKey), order: s.order } : null;
      setSorter(nextSorter);
      setFilters(next);
      onFilters?.(next);
      onArrange?.({ filters: next, sorter: nextSorter });
    },
    [onFilters, onArrange],
  );

  const { rowHeight, height, scrollX, empty } = props;
  const components = useMemo(
    () => ({
      body: (_rows: readonly T[], info: BodyInfo) => (
        <WindowBody<T>
          source={source}
          info={info}
          columns={shownColumns}
          rowHeight={rowHeight}
          height={height}
          scrollX={scrollX}
          empty={empty}
          open={open}
          arrangement={arrangement}
        />
      ),
    }),
    [shownColumns, rowHeight, height, scrollX, empty, open, arrangement, source],
  );

  // Ant Design's table over the whole arranged list, its body drawn by WindowBody.
  return (
    <Table<T>
      rowKey="id"
      size="middle"
      className="gl-windowed"
      columns={shownColumns}
      dataSource={data}
      loading={props.loading}
      pagination={false}
      scroll={{ x: scrollX, y: height }}
      components={components as never}
      onChange={(_, next, result) => onChange(next, result)}
      data-testid={`${props.testId}-table`}
    />
  );
}
