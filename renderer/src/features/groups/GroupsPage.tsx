import { useEffect, useMemo, useState } from 'react';
import { Card, Empty, Input, Table, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { GroupRow } from '../../../../shared/contract';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDebounced } from '../../hooks/useDebounced';
import { useFillHeight } from '../../hooks/useFillHeight';
import { rowKeyboardProps } from '../../hooks/useRowKeyboard';
import { useGroupList } from '../../stores/groups';
import { useNav } from '../../stores/nav';
import { useLocale } from '../../stores/settings';
import { collator } from '../../i18n/format';
import { groupColumns } from './groupColumns';

/** Every group, searchable on the service (pinyin, unaccented), sortable in the UI language's order. */
export function GroupsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const go = useNav((s) => s.go);
  const rows = useGroupList((s) => s.data);
  const loading = useGroupList((s) => s.loading);
  const error = useGroupList((s) => s.error);
  const [query, setQuery] = useState(() => useGroupList.getState().params?.query ?? '');
  const settled = useDebounced(query.trim(), 250);
  const { ref, height } = useFillHeight<HTMLDivElement>(120);

  useEffect(() => {
    void useGroupList.getState().load({ query: settled });
  }, [settled]);

  const sorted = useMemo(
    () => (rows ? [...rows].sort((a, b) => collator(locale).compare(a.name, b.name)) : []),
    [rows, locale],
  );
  const columns = useMemo(() => groupColumns(t, locale, sorted), [t, locale, sorted]);
  const open = (row: GroupRow) => go({ page: 'group', id: row.id });

  return (
    <div data-testid="page-groups">
      <PageHeader title={t('groups.title')} description={t('groups.description')} />
      {error && <ErrorAlert error={error} onRetry={() => void useGroupList.getState().refresh()} />}
      <Card
        variant="borderless"
        styles={{ body: { padding: 0 } }}
        title={
          <Typography.Text type="secondary" style={{ fontWeight: 400 }} data-testid="groups-count">
            {t('groups.count', { count: sorted.length })}
          </Typography.Text>
        }
        extra={
          <Input
            allowClear
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            prefix={<SearchOutlined />}
            placeholder={t('groups.searchPlaceholder')}
            style={{ width: 320 }}
            aria-label={t('groups.searchPlaceholder')}
            data-testid="groups-search"
          />
        }
      >
        <div ref={ref}>
          <Table<GroupRow>
            virtual
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={sorted}
            loading={loading && !rows}
            pagination={false}
            scroll={{ x: 1100, y: height }}
            onRow={(row) => rowKeyboardProps(row, open)}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={settled ? t('groups.noMatch', { query: settled }) : t('groups.empty')}
                />
              ),
            }}
            data-testid="groups-table"
          />
        </div>
      </Card>
    </div>
  );
}
