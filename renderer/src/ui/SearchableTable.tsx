import type { ReactNode } from 'react';
import { Card, Empty, Input, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { FilterValue } from 'antd/es/table/interface';
import { SearchOutlined } from '@ant-design/icons';
import { useFillHeight } from './useFillHeight';
import { WindowedTable, type Arrangement, type RowSource } from './WindowedTable';
import { useTestId } from '../platform/rehearsal';

interface Props<T> {
  /** Prefix of the test ids: `<id>-count`, `<id>-search`, `<id>-table` (in a rehearsal, `rehearsal-<id>-…`). */
  testId: string;
  count: ReactNode;
  query: string;
  onQuery(query: string): void;
  placeholder: string;
  searchWidth: number;
  columns: Array<ColumnType<T>>;
  /** The whole list (sorted and filtered in the table), or `source`: rows read a page at a time. */
  rows?: T[];
  source?: RowSource<T>;
  /** With `source`: the header's sort and filters. */
  onArrange?(arrangement: Arrangement): void;
  /** Every row's height in pixels: cells keep to it (see WindowedTable). */
  rowHeight: number;
  loading: boolean;
  scrollX: number;
  emptyText: string;
  onOpen(row: T): void;
  /** For columns with controlled filters (`filteredValue`): the filters chosen in the header. */
  onFilters?(filters: Record<string, FilterValue | null>): void;
}

/**
 * A card holding a search box and a windowed table that fills the window: the shape of the Groups
 * and People pages. Rows open on click or Enter.
 */
export function SearchableTable<T extends { id: string }>(props: Props<T>) {
  const { ref, height } = useFillHeight<HTMLDivElement>(120);
  const testId = useTestId(props.testId);
  return (
    <Card
      variant="borderless"
      styles={{ body: { padding: 0 } }}
      title={
        <Typography.Text type="secondary" style={{ fontWeight: 400 }} data-testid={`${testId}-count`}>
          {props.count}
        </Typography.Text>
      }
      extra={
        <Input
          allowClear
          value={props.query}
          onChange={(e) => props.onQuery(e.target.value)}
          prefix={<SearchOutlined />}
          placeholder={props.placeholder}
          style={{ width: props.searchWidth }}
          aria-label={props.placeholder}
          // A long (Vietnamese) placeholder may not fit the box: hovering it shows the whole hint.
          title={props.placeholder}
          data-testid={`${testId}-search`}
        />
      }
    >
      <div ref={ref}>
        <WindowedTable<T>
          testId={testId}
          columns={props.columns}
          rows={props.rows}
          source={props.source}
          onArrange={props.onArrange}
          loading={props.loading}
          rowHeight={props.rowHeight}
          height={height}
          scrollX={props.scrollX}
          onOpen={props.onOpen}
          onFilters={props.onFilters}
          empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={props.emptyText} />}
        />
      </div>
    </Card>
  );
}

const nothing = () => undefined;

/**
 * The same table with nothing to search, count or open, for a rehearsal (platform/rehearsal.tsx):
 * rendered once out of sight, so the page's first visit renders as fast as a second one.
 */
export function RehearsedTable<T extends { id: string }>(
  props: Pick<Props<T>, 'testId' | 'searchWidth' | 'columns' | 'rows' | 'source' | 'rowHeight' | 'scrollX'>,
) {
  return (
    <SearchableTable<T>
      {...props}
      count=""
      query=""
      onQuery={nothing}
      placeholder=""
      loading={false}
      emptyText=""
      onOpen={nothing}
    />
  );
}
