import { Alert, Button, Card, Descriptions, Flex, List, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RunbookStepView, RunbookView, SnapshotMember } from '../../../../shared/contract';
import { useSession } from '../../platform/session';
import { formatDate, formatDateTime } from '../../i18n/format';
import { RoleTag } from '../../ui/tags';
import { printNow } from '../../ui/usePrinting';
import { ExportButtons } from '../../ui/ExportButtons';
import { authorisationText, runbookName } from './format';
import { exportRunbookReport } from './store';
import { IncidentLink } from './IncidentLink';
import { StepsTable } from './StepsTable';
import { RunbookStateTag } from './RunbookTags';
import './report.css';

/**
 * The report of a finished or cancelled runbook, for the director: what, why, who authorised and
 * carried it out, every person with outcome and time, the skips and failures with their reasons,
 * and the snapshot it started from. Prints on its own (no console chrome, every row, page numbers).
 */
export function RunbookReportView({ view }: { view: RunbookView }) {
  const { t } = useTranslation();
  const organisation = useSession((s) => s.organisation);
  const report = view.report;
  const count = (o: RunbookStepView['outcome']) => report.people.filter((p) => p.outcome === o).length;
  // Today in the office's time zone (an ISO string's first ten characters are the UTC day).
  const today = formatDate(dayjs().format('YYYY-MM-DD'));

  return (
    <div className="gl-runbook-report" data-testid="runbook-report">
      <div className="gl-print-only gl-runbook-print-head">
        <div>{organisation?.name}</div>
        <div>{t('operations.report.printed', { date: today })}</div>
      </div>
      <Card
        variant="borderless"
        style={{ marginBottom: 16 }}
        title={
          <Flex align="center" gap={8}>
            <span data-testid="report-title">{`${t('operations.report.title')} — ${runbookName(t, view)}`}</span>
          </Flex>
        }
        extra={
          <Space wrap className="gl-no-print">
            <ExportButtons
              exportAs={(format) => exportRunbookReport({ id: view.id, format })}
              testId="runbook-export"
            />
            <Button type="primary" icon={<PrinterOutlined />} onClick={printNow} data-testid="runbook-print">
              {t('operations.report.print')}
            </Button>
          </Space>
        }
      >
        {view.unfinishedDissolve && (
          <Alert
            type="warning"
            showIcon
            title={t('operations.report.unfinishedDissolve')}
            style={{ marginBottom: 12 }}
          />
        )}
        <Descriptions
          column={{ xs: 1, lg: 2 }}
          size="small"
          bordered
          items={[
            { key: 'what', label: t('operations.report.what'), children: runbookName(t, view) },
            { key: 'state', label: t('operations.report.state'), children: <RunbookStateTag state={report.state} /> },
            { key: 'why', label: t('operations.report.why'), span: 2, children: report.reason },
            {
              key: 'auth',
              label: t('operations.report.authorisation'),
              span: 2,
              children: authorisationText(t, report.authorisation) ?? '—',
            },
            { key: 'start', label: t('operations.report.started'), children: formatDateTime(report.startedAt) || '—' },
            { key: 'end', label: t('operations.report.ended'), children: formatDateTime(report.endedAt) || '—' },
            { key: 'by', label: t('operations.report.carriedOutBy'), children: report.carriedOutBy ?? '—' },
            {
              key: 'totals',
              label: t('operations.columns.progress'),
              children: t('operations.report.totals', {
                done: count('done'),
                skipped: count('skipped'),
                failed: count('failed'),
                pending: count(null),
              }),
            },
            ...(report.cancelReason
              ? [{ key: 'cancel', label: t('operations.report.cancelReason'), span: 2, children: report.cancelReason }]
              : []),
            ...(view.incident
              ? [
                  {
                    key: 'incident',
                    label: t('operations.report.incident'),
                    span: 2,
                    children: <IncidentLink incident={view.incident} />,
                  },
                ]
              : []),
          ]}
          data-testid="report-summary"
        />
      </Card>
      {(report.skipped.length > 0 || report.failed.length > 0) && (
        <Card variant="borderless" style={{ marginBottom: 16 }} className="gl-report-block">
          <Flex gap={32} wrap>
            {(['skipped', 'failed'] as const).map((kind) =>
              report[kind].length > 0 ? (
                <div key={kind} style={{ flex: '1 1 320px' }} data-testid={`report-${kind}`}>
                  <Typography.Title level={5}>
                    {t(`operations.report.${kind}`, { count: report[kind].length })}
                  </Typography.Title>
                  <List
                    size="small"
                    dataSource={report[kind]}
                    renderItem={(s) => (
                      <List.Item>
                        <span>
                          <Typography.Text strong>{s.name}</Typography.Text>
                          {view.groups.length > 1 && (
                            <Typography.Text type="secondary"> · {s.groupName}</Typography.Text>
                          )}
                        </span>
                        <Typography.Text>{s.note ?? '—'}</Typography.Text>
                      </List.Item>
                    )}
                  />
                </div>
              ) : null,
            )}
          </Flex>
        </Card>
      )}
      <Card
        variant="borderless"
        style={{ marginBottom: 16 }}
        title={t('operations.report.people', { count: report.people.length })}
        className="gl-report-block"
      >
        <StepsTable steps={report.people} showGroup={view.groups.length > 1} testId="report-people" />
      </Card>
      {report.snapshot.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('operations.report.noSnapshot')}</Typography.Paragraph>
      ) : (
        report.snapshot.map((s) => (
          <Card
            key={s.groupId}
            variant="borderless"
            style={{ marginBottom: 16 }}
            title={t('operations.report.snapshot', { group: s.groupName, count: s.members.length })}
            className="gl-report-block"
            data-testid="report-snapshot"
          >
            <Table<SnapshotMember>
              rowKey="membershipId"
              size="small"
              pagination={false}
              dataSource={s.members}
              columns={[
                { key: 'n', title: '#', width: 56, render: (_, __, i) => i + 1 },
                { key: 'name', title: t('operations.report.person'), render: (_, m) => m.name },
                { key: 'role', title: t('operations.report.role'), render: (_, m) => <RoleTag role={m.role} /> },
                { key: 'joined', title: t('operations.report.joined'), render: (_, m) => formatDate(m.joinedOn) },
              ]}
            />
          </Card>
        ))
      )}
    </div>
  );
}
