import { useEffect, useMemo, useState } from 'react';
import { Card, Flex, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { rowKeyboardProps } from '../../ui/useRowKeyboard';
import { formatDate } from '../../i18n/format';
import { useNav } from '../../platform/nav';
import { RUNBOOK_KINDS, RUNBOOK_STATES, type RunbookSummary } from '../../../../shared/contract';
import { useRunbookSummaries } from './store';
import { authorisationText, byUrgency, runbookName } from './format';
import { RunbookKindTag, RunbookProgress, RunbookStateTag } from './RunbookTags';

type StateFilter = RunbookSummary['state'] | 'all';
type KindFilter = RunbookSummary['kind'] | 'all';

/** Every runbook, unfinished ones first; each opens its plan, walk or report. */
export function OperationsPage() {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  const data = useRunbookSummaries((s) => s.data);
  const loading = useRunbookSummaries((s) => s.loading);
  const error = useRunbookSummaries((s) => s.error);
  const [state, setState] = useState<StateFilter>('all');
  const [kind, setKind] = useState<KindFilter>('all');

  useEffect(() => {
    void useRunbookSummaries.getState().load({});
  }, []);

  const rows = useMemo(
    () =>
      (data ?? [])
        .filter((r) => (state === 'all' || r.state === state) && (kind === 'all' || r.kind === kind))
        .sort(byUrgency),
    [data, state, kind],
  );
  const open = (r: RunbookSummary) => go({ page: 'runbook', id: r.id });

  const columns: TableColumnsType<RunbookSummary> = [
    {
      key: 'what',
      title: t('operations.columns.what'),
      render: (_, r) => <Typography.Text strong>{runbookName(t, r)}</Typography.Text>,
    },
    {
      key: 'kind',
      title: t('operations.columns.kind'),
      width: 110,
      render: (_, r) => <RunbookKindTag kind={r.kind} />,
    },
    {
      key: 'state',
      title: t('operations.columns.state'),
      width: 110,
      render: (_, r) => <RunbookStateTag state={r.state} />,
    },
    {
      key: 'reason',
      title: t('operations.columns.reason'),
      ellipsis: true,
      render: (_, r) => r.reason,
    },
    {
      key: 'auth',
      title: t('operations.columns.authorisedBy'),
      ellipsis: true,
      render: (_, r) => authorisationText(t, r.authorisation) ?? '—',
    },
    {
      key: 'progress',
      title: t('operations.columns.progress'),
      width: 190,
      render: (_, r) => <RunbookProgress runbook={r} />,
    },
    {
      key: 'created',
      title: t('operations.columns.created'),
      width: 120,
      render: (_, r) => formatDate(r.createdAt),
    },
  ];

  return (
    <div data-testid="page-operations">
      <PageHeader title={t('operations.title')} description={t('operations.description')} />
      {error && <ErrorAlert error={error} onRetry={() => void useRunbookSummaries.getState().refresh()} />}
      <Card variant="borderless">
        <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
          <Select<StateFilter>
            value={state}
            onChange={setState}
            style={{ minWidth: 160 }}
            data-testid="operations-state-filter"
            options={[
              { value: 'all', label: t('operations.allStates') },
              ...RUNBOOK_STATES.map((s) => ({ value: s, label: t(`operations.state.${s}`) })),
            ]}
          />
          <Select<KindFilter>
            value={kind}
            onChange={setKind}
            style={{ minWidth: 160 }}
            data-testid="operations-kind-filter"
            options={[
              { value: 'all', label: t('operations.allKinds') },
              ...RUNBOOK_KINDS.map((k) => ({ value: k, label: t(`operations.kind.${k}`) })),
            ]}
          />
          <Typography.Text type="secondary" data-testid="operations-count">
            {t('operations.count', { count: rows.length })}
          </Typography.Text>
        </Flex>
        <Table<RunbookSummary>
          rowKey="id"
          size="middle"
          loading={loading && !data}
          columns={columns}
          dataSource={rows}
          pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          locale={{ emptyText: t('operations.empty') }}
          onRow={(r) => ({ ...rowKeyboardProps(r, open), 'data-testid': 'operation-row' }) as never}
          data-testid="operations-table"
        />
      </Card>
    </div>
  );
}
