import { Button, Empty, Skeleton, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { SEVERITIES } from '../../../../shared/vocabulary';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { printNow } from '../../ui/usePrinting';
import { ExportButtons } from '../../ui/ExportButtons';
import { formatDate } from '../../i18n/format';
import { useNav, type IncidentReportScope } from '../../platform/nav';
import { useSession } from '../../platform/session';
import { useDirectory } from '../../platform/directory';
import { useReportData, type ReportData } from './useReportData';
import { exportIncidentReport } from './store';
import { ReportIncident } from './ReportIncident';
import { kindName } from './labels';
import './incidentReport.css';

function Counts({ counts }: { counts: NonNullable<ReportData['counts']> }) {
  const { t } = useTranslation();
  return (
    <section className="gl-ir-counts" data-testid="report-counts">
      <h5>{t('escalations.report.counts')}</h5>
      <table className="gl-ir-table">
        <tbody>
          <tr>
            <th>{t('escalations.report.total')}</th>
            <td data-testid="report-total">{counts.total}</td>
            <th>{t('escalations.report.decided')}</th>
            <td>{counts.decided}</td>
            <th>{t('escalations.report.median')}</th>
            <td data-testid="report-median">{counts.medianDaysToDecision ?? '—'}</td>
          </tr>
        </tbody>
      </table>
      <div className="gl-ir-split">
        <table className="gl-ir-table" data-testid="report-by-kind">
          <thead>
            <tr>
              <th colSpan={2}>{t('escalations.report.byKind')}</th>
            </tr>
          </thead>
          <tbody>
            {counts.byKind.map((k) => (
              <tr key={k.kind}>
                <td>{kindName(t, { kind: k.kind, kindLabel: k.label })}</td>
                <td className="gl-ir-num">{k.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="gl-ir-table" data-testid="report-by-severity">
          <thead>
            <tr>
              <th colSpan={2}>{t('escalations.report.bySeverity')}</th>
            </tr>
          </thead>
          <tbody>
            {SEVERITIES.map((s) => (
              <tr key={s}>
                <td>{t(`escalations.severity.${s}`)}</td>
                <td className="gl-ir-num">{counts.bySeverity[s]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/**
 * The report for leadership: one incident, a group's incidents or a period's, every row, printable
 * (organisation, date and page numbers on paper; no menu or buttons).
 */
export function IncidentReportPage({ scope }: { scope: IncidentReportScope }) {
  const { t } = useTranslation();
  const back = useNav((s) => s.back);
  const organisation = useSession((s) => s.organisation);
  const directory = useDirectory();
  const { data, error } = useReportData(scope);

  const title =
    scope.kind === 'incident'
      ? t('escalations.report.title')
      : scope.kind === 'group'
        ? t('escalations.report.titleGroup', { group: data?.groupName ?? directory.groups.get(scope.groupId) ?? '' })
        : t('escalations.report.titlePeriod', { since: formatDate(scope.since), until: formatDate(scope.until) });
  // Today in the office's time zone (an ISO string's first ten characters are the UTC day).
  const printed = formatDate(dayjs().format('YYYY-MM-DD'));
  const paperScope =
    scope.kind === 'incident'
      ? { id: scope.incidentId }
      : scope.kind === 'group'
        ? { groupId: scope.groupId }
        : { since: scope.since, until: scope.until };

  return (
    <div data-testid="page-incident-report" className="gl-incident-report">
      <div className="gl-no-print">
        <PageHeader
          title={title}
          onBack={() => back({ page: 'escalations' })}
          extra={
            <Space wrap>
              <ExportButtons
                exportAs={(format) => exportIncidentReport({ ...paperScope, format })}
                disabled={!data}
                testId="incident-report-export"
              />
              <Button
                type="primary"
                icon={<PrinterOutlined />}
                disabled={!data}
                onClick={printNow}
                data-testid="incident-report-print"
              >
                {t('escalations.report.print')}
              </Button>
            </Space>
          }
        />
      </div>
      {error && <ErrorAlert error={error} />}
      <div className="gl-ir-paper" data-testid="incident-report-paper">
        <header className="gl-ir-header">
          <div className="gl-ir-org" data-testid="report-org">
            {organisation?.name}
          </div>
          <Typography.Title level={2} style={{ margin: '4px 0' }}>
            {title}
          </Typography.Title>
          <div className="gl-ir-generated">{t('escalations.report.generated', { date: printed })}</div>
        </header>
        {!data ? (
          !error && <Skeleton active paragraph={{ rows: 10 }} />
        ) : (
          <>
            {data.counts && <Counts counts={data.counts} />}
            {data.incidents.length === 0 && <Empty description={t('escalations.report.none')} />}
            {data.incidents.map((incident) => (
              <ReportIncident
                key={incident.id}
                incident={incident}
                membership={data.membership.get(incident.id)}
                runbooks={data.runbooks.get(incident.id)}
              />
            ))}
          </>
        )}
      </div>
    </div>
  );
}
