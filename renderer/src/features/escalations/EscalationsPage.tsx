import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, DatePicker, Flex, Input, Select, Table, Typography } from 'antd';
import { FileTextOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  INCIDENT_STATUSES,
  SEVERITIES,
  type IncidentKind,
  type IncidentRow,
  type IncidentStatus,
  type Severity,
} from '../../../../shared/contract';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useDebounced } from '../../ui/useDebounced';
import { datePickerFormat, formatDate } from '../../i18n/format';
import { useNav } from '../../platform/nav';
import { ensureGroupChoices, useGroupChoices } from '../../platform/directory';
import {
  ensureKinds,
  useIncidentDashboard,
  useIncidentKinds,
  useIncidentList,
  useWaitingSteps,
  type IncidentFilter,
} from './store';
import { IncidentStatusTag, kindName, SeverityTag } from './labels';
import { useWaitDays, WaitingText } from './waiting';
import { IncidentFormModal } from './IncidentForm';
import { useIncidentForm } from './formState';
import { openReport } from './reportRoute';

/** The incident list: filters, tags, the steps waiting for a decision, and "New incident". */
export function EscalationsPage() {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  const page = useIncidentList((s) => s.data);
  const loading = useIncidentList((s) => s.loading);
  const error = useIncidentList((s) => s.error);
  const groupOptions = useGroupChoices((s) => s.data) ?? [];
  const formOpen = useIncidentForm((s) => s.open);
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<IncidentKind>();
  const [severity, setSeverity] = useState<Severity>();
  const [status, setStatus] = useState<IncidentStatus>();
  const [groupId, setGroupId] = useState<string>();
  const [period, setPeriod] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const debounced = useDebounced(query);

  const filter = useMemo<IncidentFilter>(
    () => ({
      query: debounced.trim() || undefined,
      kind,
      severity,
      status,
      groupId,
      since: period?.[0]?.format('YYYY-MM-DD'),
      until: period?.[1]?.format('YYYY-MM-DD'),
      limit: 1000,
    }),
    [debounced, kind, severity, status, groupId, period],
  );
  useEffect(() => {
    void useIncidentList.getState().load(filter);
  }, [filter]);
  useEffect(ensureGroupChoices, []);
  useEffect(() => {
    void useWaitingSteps.getState().load({ waitingDays: 0 });
  }, []);
  const waiting = useWaitingSteps((s) => s.data);
  const waitDays = useWaitDays();
  useEffect(() => {
    void useIncidentDashboard.getState().load({ waitingDays: waitDays });
  }, [waitDays]);
  const overdue = useIncidentDashboard((s) => (s.params?.waitingDays === waitDays ? s.data : null));
  useEffect(ensureKinds, []);
  const kinds = useIncidentKinds((s) => s.data);
  const longestWait = useMemo(() => {
    const days = new Map<number, number>();
    for (const w of waiting?.waiting ?? []) days.set(w.incidentId, Math.max(days.get(w.incidentId) ?? 0, w.days));
    return days;
  }, [waiting]);

  const filtered = !!(filter.query || kind || severity || status || groupId || period);
  const reset = () => {
    setQuery('');
    setKind(undefined);
    setSeverity(undefined);
    setStatus(undefined);
    setGroupId(undefined);
    setPeriod(null);
  };

  const columns: ColumnsType<IncidentRow> = [
    {
      title: t('escalations.col.noticed'),
      dataIndex: 'noticedOn',
      width: 136,
      render: (d: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(d)}</span>,
    },
    {
      title: t('escalations.col.severity'),
      dataIndex: 'severity',
      width: 120,
      render: (s: Severity) => <SeverityTag severity={s} />,
    },
    {
      title: t('escalations.col.kind'),
      dataIndex: 'kind',
      width: 150,
      render: (_: string, row) => kindName(t, row),
    },
    {
      title: t('escalations.col.summary'),
      dataIndex: 'summary',
      render: (s: string) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: s }} style={{ margin: 0 }}>
          {s}
        </Typography.Paragraph>
      ),
    },
    {
      title: t('escalations.col.group'),
      dataIndex: 'groupName',
      width: 180,
      ellipsis: true,
      render: (g: string | null) => g ?? <Typography.Text type="secondary">{t('escalations.noGroup')}</Typography.Text>,
    },
    {
      title: t('escalations.col.status'),
      dataIndex: 'status',
      width: 160,
      render: (s: IncidentStatus, row) => (
        <Flex vertical gap={2} align="flex-start">
          <IncidentStatusTag status={s} />
          {longestWait.has(row.id) && <WaitingText days={longestWait.get(row.id) ?? 0} />}
          {row.waitingSteps > 0 && !longestWait.has(row.id) && (
            <Typography.Text type="warning" style={{ fontSize: 12 }}>
              {t('escalations.waitingSteps', { count: row.waitingSteps })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <div data-testid="page-escalations">
      <PageHeader
        title={t('escalations.title')}
        description={t('escalations.description')}
        extra={
          <>
            <Button
              icon={<FileTextOutlined />}
              onClick={() => {
                const [since, until] =
                  period?.[0] && period[1] ? [period[0], period[1]] : [dayjs().startOf('month'), dayjs()];
                openReport({ kind: 'period', since: since.format('YYYY-MM-DD'), until: until.format('YYYY-MM-DD') });
              }}
              data-testid="incidents-period-report"
            >
              {period?.[0] && period[1] ? t('escalations.periodReport') : t('escalations.monthReport')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => useIncidentForm.getState().openNew()}
              data-testid="incident-new"
            >
              {t('escalations.newIncident')}
            </Button>
          </>
        }
      />
      {error && <ErrorAlert error={error} onRetry={() => void useIncidentList.getState().refresh()} />}
      {overdue && overdue.waitingTotal > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="escalations-overdue"
          title={t('escalations.waitingLonger', { count: overdue.waitingTotal, days: waitDays })}
          description={
            <Flex vertical gap={2}>
              {overdue.waiting.slice(0, 5).map((w) => (
                <Typography.Link
                  key={w.stepId}
                  ellipsis
                  onClick={() => go({ page: 'incident', id: w.incidentId })}
                  data-testid="escalations-overdue-item"
                >
                  {t('escalations.dashboard.days', { count: w.days })} ·{' '}
                  {t('escalations.dashboard.to', { who: w.to.label, date: formatDate(w.escalatedOn) })} · {w.summary}
                </Typography.Link>
              ))}
              {overdue.waitingTotal > 5 && <Typography.Text type="secondary">…</Typography.Text>}
            </Flex>
          }
        />
      )}
      <Card variant="borderless" styles={{ body: { paddingTop: 16 } }}>
        <Flex gap={8} wrap style={{ marginBottom: 12 }} data-testid="incident-filters">
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder={t('escalations.searchPlaceholder')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            style={{ width: 260 }}
            data-testid="incident-search"
          />
          <Select
            allowClear
            placeholder={t('escalations.filter.kind')}
            value={kind}
            onChange={setKind}
            style={{ width: 170 }}
            options={(kinds ?? []).map((k) => {
              const label = kindName(t, { kind: k.id, kindLabel: k.label });
              return { value: k.id, label: k.retired ? t('escalations.kindRetired', { label }) : label };
            })}
            data-testid="incident-filter-kind"
          />
          <Select
            allowClear
            placeholder={t('escalations.filter.severity')}
            value={severity}
            onChange={setSeverity}
            style={{ width: 140 }}
            options={SEVERITIES.map((s) => ({ value: s, label: t(`escalations.severity.${s}`) }))}
            data-testid="incident-filter-severity"
          />
          <Select
            allowClear
            placeholder={t('escalations.filter.status')}
            value={status}
            onChange={setStatus}
            style={{ width: 140 }}
            options={INCIDENT_STATUSES.map((s) => ({ value: s, label: t(`escalations.status.${s}`) }))}
            data-testid="incident-filter-status"
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('escalations.filter.group')}
            value={groupId}
            onChange={setGroupId}
            style={{ width: 220 }}
            options={groupOptions}
            data-testid="incident-filter-group"
          />
          <DatePicker.RangePicker
            value={period}
            onChange={(v) => setPeriod(v)}
            format={datePickerFormat()}
            placeholder={[t('escalations.filter.from'), t('escalations.filter.to')]}
            style={{ width: 280 }}
            data-testid="incident-filter-period"
          />
          {filtered && (
            <Button type="link" onClick={reset}>
              {t('escalations.reset')}
            </Button>
          )}
        </Flex>
        <Table<IncidentRow>
          rowKey="id"
          size="middle"
          loading={loading}
          columns={columns}
          dataSource={page?.rows ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: filtered ? t('escalations.empty') : t('escalations.emptyAll') }}
          onRow={(row) => ({
            onClick: () => go({ page: 'incident', id: row.id }),
            style: { cursor: 'pointer' },
            'data-testid': 'incident-row',
          })}
          data-testid="incidents-table"
          footer={() => (
            <Typography.Text type="secondary" data-testid="incidents-total">
              {t('escalations.total', { count: page?.total ?? 0 })}
            </Typography.Text>
          )}
        />
      </Card>
      {formOpen && <IncidentFormModal />}
    </div>
  );
}
