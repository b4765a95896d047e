import { useEffect, useMemo, useRef, useState, type HTMLAttributes } from 'react';
import { Button, Empty, Flex, Segmented, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { AuditOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { tableWidth } from '../../ui/tableWidth';
import type { ExceptionRow } from '../../../../shared/contract';
import type { ExceptionStatus } from '../../../../shared/domain';
import { formatDate } from '../../i18n/format';
import { useNav } from '../../platform/nav';

type Filter = ExceptionStatus | 'all';

const STATUS_COLOR: Record<ExceptionStatus, string> = { pending: 'processing', approved: 'success', rejected: 'error' };

export function ExceptionStatusTag({ status }: { status: ExceptionStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`membership.exceptionStatus.${status}`)}
    </Tag>
  );
}

/**
 * Every exception request of the group: who asked, why, who must approve, the decision with its
 * date and document, and the review date. Pending requests can be decided from here.
 */
export function ExceptionsPanel({
  rows,
  editable,
  highlightId,
  onDecide,
}: {
  rows: ExceptionRow[];
  editable: boolean;
  /** An exception to show first and mark (from the add dialog or a member's basis). */
  highlightId: number | null;
  onDecide: (row: ExceptionRow) => void;
}) {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  const pending = rows.filter((r) => r.status === 'pending').length;
  const [filter, setFilter] = useState<Filter>(pending > 0 ? 'pending' : 'all');
  const wrapper = useRef<HTMLDivElement>(null);
  const highlighted = rows.find((r) => r.id === highlightId) ?? null;

  // A highlighted exception is always shown, whatever the filter.
  useEffect(() => {
    if (highlighted && filter !== 'all' && highlighted.status !== filter) setFilter('all');
  }, [highlighted, filter]);
  useEffect(() => {
    if (highlightId === null) return;
    const el = wrapper.current?.querySelector(`[data-row-key="${highlightId}"]`);
    if (el instanceof HTMLElement) {
      el.scrollIntoView({ block: 'center', behavior: 'smooth' });
      el.focus({ preventScroll: true });
    }
  }, [highlightId, rows]);

  const shown = useMemo(() => {
    const list = filter === 'all' ? rows : rows.filter((r) => r.status === filter);
    const order: Record<ExceptionStatus, number> = { pending: 0, approved: 1, rejected: 2 };
    return [...list].sort(
      (a, b) => order[a.status] - order[b.status] || b.requestedOn.localeCompare(a.requestedOn) || b.id - a.id,
    );
  }, [rows, filter]);
  const count = (s: Filter) => (s === 'all' ? rows.length : rows.filter((r) => r.status === s).length);
  const today = dayjs().format('YYYY-MM-DD');
  const dash = <Typography.Text type="secondary">—</Typography.Text>;

  const columns: TableColumnsType<ExceptionRow> = [
    {
      key: 'person',
      title: t('membership.exceptions.person'),
      width: 116,
      render: (_, r) => (
        <Flex vertical gap={2}>
          <Typography.Link strong onClick={() => go({ page: 'person', id: r.personId })}>
            {r.personName}
          </Typography.Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`role.${r.role}`)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'status',
      title: t('membership.exceptions.status'),
      width: 96,
      render: (_, r) => (
        <Flex vertical gap={2} align="flex-start">
          <ExceptionStatusTag status={r.status} />
          {r.status === 'approved' && !r.memberNow && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('membership.exceptions.noLongerMember')}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'requested',
      title: t('membership.exceptions.requestedBy'),
      width: 116,
      render: (_, r) => (
        <Flex vertical gap={2}>
          <span>{r.requestedByName ?? r.requestedBy}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDate(r.requestedOn)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'reason',
      title: t('membership.exceptions.reason'),
      dataIndex: 'reason',
      width: 196,
      render: (reason: string) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: reason }} style={{ margin: 0 }}>
          {reason}
        </Typography.Paragraph>
      ),
    },
    { key: 'approver', title: t('membership.exceptions.approver'), dataIndex: 'approverLabel', width: 100 },
    {
      key: 'decision',
      title: t('membership.exceptions.decision'),
      width: 156,
      render: (_, r) =>
        r.status === 'pending' ? (
          dash
        ) : (
          <Flex vertical gap={2}>
            <span>
              {r.decidedByName ?? r.decidedBy} · {formatDate(r.decidedOn)}
            </span>
            {r.documentRef && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="exception-document">
                <AuditOutlined /> {r.documentRef}
              </Typography.Text>
            )}
            {r.decisionNote && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: r.decisionNote }}>
                {r.decisionNote}
              </Typography.Text>
            )}
          </Flex>
        ),
    },
    {
      key: 'review',
      title: t('membership.exceptions.reviewOn'),
      dataIndex: 'reviewOn',
      width: 112,
      render: (d: string | null, r) =>
        d ? (
          r.status === 'approved' && r.memberNow && d <= today ? (
            <Tooltip title={t('membership.exceptions.reviewDue')}>
              <Typography.Text type="danger" style={{ whiteSpace: 'nowrap' }}>
                {formatDate(d)}
              </Typography.Text>
            </Tooltip>
          ) : (
            <span style={{ whiteSpace: 'nowrap' }}>{formatDate(d)}</span>
          )
        ) : (
          dash
        ),
    },
    ...(editable
      ? [
          {
            key: 'actions',
            title: t('group.col.actions'),
            width: 104,
            fixed: 'right' as const,
            render: (_: unknown, r: ExceptionRow) =>
              r.status === 'pending' ? (
                <Button size="small" type="primary" ghost onClick={() => onDecide(r)} data-testid="decide-exception">
                  {t('membership.exceptions.decide')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <div ref={wrapper} data-testid="exceptions-panel">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          data-testid="exceptions-filter"
          options={(['pending', 'approved', 'rejected', 'all'] as const).map((s) => ({
            value: s,
            label: `${s === 'all' ? t('common.all') : t(`membership.exceptionStatus.${s}`)} · ${count(s)}`,
          }))}
        />
        <Typography.Text type="secondary">{t('membership.exceptions.hint')}</Typography.Text>
      </Flex>
      <Table<ExceptionRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={shown}
        pagination={shown.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: tableWidth(columns) }}
        data-testid="exceptions-table"
        onRow={(r) =>
          ({
            tabIndex: -1,
            'data-testid': 'exception-row',
            'data-status': r.status,
          }) as HTMLAttributes<HTMLElement>
        }
        // The selected-row style colours every cell, the fixed action column included.
        rowClassName={(r) => (r.id === highlightId ? 'ant-table-row-selected' : '')}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={rows.length === 0 ? t('membership.exceptions.none') : t('membership.exceptions.noneHere')}
            />
          ),
        }}
      />
    </div>
  );
}
