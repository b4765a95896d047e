import { Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { tableWidth } from '../../ui/tableWidth';
import type { ExceptionRow } from '../../../../shared/contract';
import { rowKeyboardProps } from '../../ui/useRowKeyboard';
import { formatDate } from '../../i18n/format';
import { useNav } from '../../platform/nav';
import { ExceptionStatusTag } from '../groups';
import { CompactEmpty } from './CompactEmpty';

const dash = <Typography.Text type="secondary">—</Typography.Text>;

/**
 * The exception requests about one person: the group, who asked and why, the approver the charter
 * named, the decision (who, when, document) and the review date — overdue ones marked while the
 * person is still in. A row opens the group's exceptions, where a pending one is decided.
 */
export function PersonExceptions({ rows }: { rows: ExceptionRow[] }) {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  const today = dayjs().format('YYYY-MM-DD');
  const columns: TableColumnsType<ExceptionRow> = [
    {
      key: 'group',
      title: t('directory.person.exGroupReason'),
      dataIndex: 'groupName',
      width: 180,
      render: (name: string, r) => (
        <Flex vertical style={{ minWidth: 0 }}>
          <Typography.Text strong ellipsis={{ tooltip: name }}>
            {name}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: r.reason }}>
            {r.reason}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'requested',
      title: t('directory.person.exRequested'),
      width: 120,
      render: (_, r) => (
        <Flex vertical>
          <span>{formatDate(r.requestedOn)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('directory.person.exBy', { name: r.requestedByName ?? r.requestedBy })}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'status',
      title: t('directory.person.exStatus'),
      dataIndex: 'status',
      width: 96,
      render: (s: ExceptionRow['status']) => <ExceptionStatusTag status={s} />,
    },
    {
      key: 'approver',
      title: t('directory.person.exApprover'),
      width: 180,
      render: (_, r) =>
        r.status === 'pending' ? (
          <span>{r.approverLabel}</span>
        ) : (
          <Flex vertical>
            <span>{r.decidedByName ?? r.approverLabel}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[formatDate(r.decidedOn), r.documentRef].filter(Boolean).join(' · ')}
            </Typography.Text>
          </Flex>
        ),
    },
    {
      key: 'review',
      title: t('directory.person.exReview'),
      dataIndex: 'reviewOn',
      width: 110,
      render: (d: string | null, r) =>
        d ? (
          <Flex align="center" gap={6} wrap>
            <span>{formatDate(d)}</span>
            {r.status === 'approved' && r.memberNow && d <= today && (
              <Tag color="orange" style={{ marginInlineEnd: 0 }} data-testid="exception-due">
                {t('directory.person.exDue')}
              </Tag>
            )}
          </Flex>
        ) : (
          dash
        ),
    },
  ];
  // No table header over nothing: one quiet line says so.
  if (rows.length === 0) return <CompactEmpty text={t('directory.person.noExceptions')} padded />;
  return (
    <Table<ExceptionRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 10 ? { pageSize: 10, hideOnSinglePage: true } : false}
      scroll={{ x: tableWidth(columns) }}
      onRow={(row) =>
        ({
          ...rowKeyboardProps(row, (r) => go({ page: 'group', id: r.groupId, tab: 'exceptions', exceptionId: r.id })),
          'data-testid': 'person-exception-row',
        }) as object
      }
      locale={{
        emptyText: <CompactEmpty text={t('directory.person.noExceptions')} />,
      }}
    />
  );
}
