import { useEffect, useMemo, useState } from 'react';
import { Card, Empty, Input, Table, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { PersonRow } from '../../../../shared/contract';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDebounced } from '../../hooks/useDebounced';
import { useFillHeight } from '../../hooks/useFillHeight';
import { rowKeyboardProps } from '../../hooks/useRowKeyboard';
import { useNav } from '../../stores/nav';
import { usePeopleList } from '../../stores/people';
import { useLocale } from '../../stores/settings';
import { peopleColumns } from './peopleColumns';

/** Everyone in the organisation; the search understands pinyin, initials and unaccented Vietnamese. */
export function PeoplePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const go = useNav((s) => s.go);
  const rows = usePeopleList((s) => s.data);
  const loading = usePeopleList((s) => s.loading);
  const error = usePeopleList((s) => s.error);
  const [query, setQuery] = useState(() => usePeopleList.getState().params?.query ?? '');
  const settled = useDebounced(query.trim(), 250);
  const { ref, height } = useFillHeight<HTMLDivElement>(120);

  useEffect(() => {
    void usePeopleList.getState().load({ query: settled });
  }, [settled]);

  const data = rows ?? [];
  const columns = useMemo(() => peopleColumns(t, locale, data), [t, locale, data]);
  const open = (row: PersonRow) => go({ page: 'person', id: row.id });

  return (
    <div data-testid="page-people">
      <PageHeader title={t('people.title')} description={t('people.description')} />
      {error && <ErrorAlert error={error} onRetry={() => void usePeopleList.getState().refresh()} />}
      <Card
        variant="borderless"
        styles={{ body: { padding: 0 } }}
        title={
          <Typography.Text type="secondary" style={{ fontWeight: 400 }} data-testid="people-count">
            {t('people.count', { count: data.length })}
          </Typography.Text>
        }
        extra={
          <Input
            allowClear
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            prefix={<SearchOutlined />}
            placeholder={t('people.searchPlaceholder')}
            style={{ width: 420 }}
            aria-label={t('people.searchPlaceholder')}
            data-testid="people-search"
          />
        }
      >
        <div ref={ref}>
          <Table<PersonRow>
            virtual
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={data}
            loading={loading && !rows}
            pagination={false}
            scroll={{ x: 1160, y: height }}
            onRow={(row) => rowKeyboardProps(row, open)}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={settled ? t('people.noMatch', { query: settled }) : t('people.empty')}
                />
              ),
            }}
            data-testid="people-table"
          />
        </div>
      </Card>
    </div>
  );
}
