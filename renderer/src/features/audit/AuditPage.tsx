import { useEffect, useMemo, useState } from 'react';
import { Card, Empty, Flex, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { FilterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { LedgerEvent } from '../../../../shared/domain';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { eventColor, eventSummary, kindLabel, subjectNames } from '../../platform/eventText';
import { formatDateTime } from '../../i18n/format';
import { listEventKinds, useAuditLog } from './store';
import { useDirectory } from '../../platform/directory';
import { EventDiff } from './EventDiff';

const PAGE_SIZE = 50;

/** The append-only event log, newest first, paged on the service, filterable by kind. */
export function AuditPage() {
  const { t } = useTranslation();
  const data = useAuditLog((s) => s.data);
  const loading = useAuditLog((s) => s.loading);
  const error = useAuditLog((s) => s.error);
  const directory = useDirectory();
  const [page, setPage] = useState(1);
  const [kind, setKind] = useState<string | null>(null);

  // The kinds the registry actually holds; refreshed with the log, so new kinds appear by themselves.
  const [kinds, setKinds] = useState<string[]>([]);
  useEffect(() => {
    listEventKinds().then(setKinds, () => setKinds([]));
  }, [data]);
  useEffect(() => {
    void useAuditLog.getState().load({ page, pageSize: PAGE_SIZE, kind });
  }, [page, kind]);

  const columns: TableColumnsType<LedgerEvent> = useMemo(
    () => [
      { key: 'seq', title: t('audit.seq'), dataIndex: 'seq', width: 64, align: 'right' },
      {
        key: 'at',
        title: t('audit.time'),
        dataIndex: 'at',
        width: 156,
        render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(at)}</span>,
      },
      { key: 'actor', title: t('audit.actor'), dataIndex: 'actor', width: 150, ellipsis: true },
      {
        key: 'kind',
        title: t('audit.kind'),
        dataIndex: 'kind',
        width: 170,
        render: (k: string) => (
          <Tag color={eventColor(k) === 'gray' ? 'default' : eventColor(k)} data-kind={k}>
            {kindLabel(t, k)}
          </Tag>
        ),
      },
      {
        // The summary takes the rest of the width: at 1366 pixels about half the table.
        key: 'summary',
        title: t('audit.summary'),
        render: (_: unknown, e) => {
          const summary = eventSummary(t, e, directory);
          // Names the summary already says are not repeated on the "concerns" line.
          const subjects = subjectNames(e, directory).filter((name) => !summary?.includes(name));
          return (
            <div style={{ minWidth: 0 }}>
              {summary && <div>{summary}</div>}
              {subjects.length > 0 && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('audit.subjects')}: {subjects.join(' · ')}
                </Typography.Text>
              )}
            </div>
          );
        },
      },
    ],
    [t, directory],
  );

  return (
    <div data-testid="page-audit">
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      {error && <ErrorAlert error={error} onRetry={() => void useAuditLog.getState().refresh()} />}
      <Card
        variant="borderless"
        styles={{ body: { padding: 0 } }}
        title={
          <Typography.Text type="secondary" style={{ fontWeight: 400 }} data-testid="audit-total">
            {t('audit.total', { count: data?.total ?? 0 })}
          </Typography.Text>
        }
        extra={
          <Flex align="center" gap={8}>
            <FilterOutlined />
            <Select<string>
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              value={kind ?? undefined}
              placeholder={t('audit.allKinds')}
              onChange={(value) => {
                setKind(value ?? null);
                setPage(1);
              }}
              options={kinds.map((k) => ({ value: k, label: kindLabel(t, k) }))}
              style={{ width: 240 }}
              aria-label={t('audit.filterKind')}
              data-testid="audit-kind"
            />
          </Flex>
        }
      >
        <Table<LedgerEvent>
          rowKey="seq"
          size="middle"
          columns={columns}
          dataSource={data?.events ?? []}
          loading={loading}
          scroll={{ x: 1000 }}
          expandable={{
            expandedRowRender: (e) => <EventDiff event={e} />,
            expandRowByClick: true,
          }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: data?.total ?? 0,
            showSizeChanger: false,
            onChange: setPage,
            showTotal: (total) => t('audit.total', { count: total }),
          }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('audit.empty')} /> }}
          data-testid="audit-table"
        />
      </Card>
    </div>
  );
}
