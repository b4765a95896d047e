import { useEffect, useState } from 'react';
import { Alert, Button, Card, Col, Flex, Row, Skeleton, Statistic, Typography } from 'antd';
import { FileSearchOutlined, PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { printNow } from '../../ui/usePrinting';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { AllClear } from '../../ui/AllClear';
import { formatDateTime } from '../../i18n/format';
import { useIntent } from '../../platform/intent';
import { useNav } from '../../platform/nav';
import { loadSections, useCreepSections, useScopeCreep } from './store';
import { useSession } from '../../platform/session';
import { ensureStructure, useStructure } from '../organisation';
import { ScopeCreepSection } from './ScopeCreepSection';
import { WorkbookButton } from '../diff';
import { CreepOverview } from './CreepOverview';

import './report.css';

/** Detailed sections shown at first, and added per click: hundreds of tables at once would stall. */
const STEP = 5;

/**
 * Resolves once every section on the page shows its people and its charter (no loading
 * placeholder left), so the printed report is whole; gives up waiting after two minutes.
 */
function sectionsPainted(): Promise<void> {
  const started = performance.now();
  return new Promise((resolve) => {
    const look = () => {
      const loading = document.querySelector(
        '[data-testid="report-group"] [data-loading="true"], [data-testid="report-group"] .ant-skeleton',
      );
      if (!loading || performance.now() - started > 120_000) resolve();
      else window.setTimeout(look, 50);
    };
    window.requestAnimationFrame(look);
  });
}

/**
 * Reports for the director: the scope-creep report, per group the charter, the counts and every
 * member outside it with how they got in. Prints cleanly (one group per page, no menus).
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  const organisation = useSession((s) => s.organisation);
  const report = useScopeCreep((s) => s.data);
  const loading = useScopeCreep((s) => s.loading);
  const error = useScopeCreep((s) => s.error);
  const structure = useStructure((s) => s.data);
  const [focus, setFocus] = useState<string | null>(null);
  const [shown, setShown] = useState(STEP);
  // The whole report on paper: every section's people and charter read first, then the dialog.
  const [printing, setPrinting] = useState<{ done: number; total: number } | null>(null);
  const sections = useCreepSections((s) => (report && s.stamp === report.generatedAt ? s.entries : null));
  const sectionsError = useCreepSections((s) => s.error);

  useEffect(() => {
    void useScopeCreep.getState().load({});
    ensureStructure();
  }, []);

  // From the dashboard: scroll to the group's section once it is on screen, and mark it briefly.
  useIntent('report.group', (intent) => setFocus(intent.groupId));
  // A group asked for beyond the sections shown: show up to it.
  const focusIndex = focus && report ? report.groups.findIndex((g) => g.groupId === focus) : -1;
  useEffect(() => {
    if (focusIndex >= shown) setShown(focusIndex + 1);
  }, [focusIndex, shown]);
  useEffect(() => {
    if (!focus || !report) return;
    const section = document.getElementById(`report-group-${focus}`);
    if (!section) return;
    section.scrollIntoView({ block: 'start' });
    const timer = window.setTimeout(() => setFocus(null), 2500);
    return () => window.clearTimeout(timer);
  }, [focus, report, shown]);

  // The people of the sections on screen, read as they are shown.
  useEffect(() => {
    if (!report) return;
    const ids = report.groups.slice(0, shown).map((g) => g.groupId);
    if (ids.length > 0) void loadSections(report.generatedAt, ids).catch(() => undefined);
  }, [report, shown]);

  const printWhole = async () => {
    if (!report || printing) return;
    const total = report.groups.length;
    setPrinting({ done: 0, total });
    try {
      await loadSections(
        report.generatedAt,
        report.groups.map((g) => g.groupId),
        (done) => setPrinting({ done, total }),
      );
      setShown(total);
      await sectionsPainted();
      printNow();
    } catch {
      // The error shows above the report (sectionsError); nothing is printed half.
    } finally {
      setPrinting(null);
    }
  };

  const outside = report?.groups.reduce((sum, g) => sum + g.outside, 0) ?? 0;
  const byException = report?.groups.reduce((sum, g) => sum + g.byException, 0) ?? 0;

  return (
    <div data-testid="page-reports" className="gl-scope-creep-report">
      <PageHeader
        title={t('insights.reports.title')}
        description={t('insights.reports.description')}
        extra={
          <span className="gl-no-print">
            <Flex gap={8}>
              <WorkbookButton />
              <Button
                icon={<ReloadOutlined />}
                onClick={() => void useScopeCreep.getState().refresh()}
                loading={loading && !!report}
                data-testid="report-refresh"
              >
                {t('insights.reports.refresh')}
              </Button>
              <Button
                type="primary"
                icon={<PrinterOutlined />}
                onClick={() => void printWhole()}
                disabled={!report}
                loading={printing !== null}
                data-testid="report-print"
              >
                {printing
                  ? t('insights.reports.preparingPrint', { done: printing.done, total: printing.total })
                  : t('insights.reports.print')}
              </Button>
            </Flex>
          </span>
        }
      />
      {error && <ErrorAlert error={error} onRetry={() => void useScopeCreep.getState().refresh()} />}
      {!error && sectionsError && (
        <ErrorAlert error={sectionsError} onRetry={() => void useScopeCreep.getState().refresh()} />
      )}
      {!report ? (
        loading && <Skeleton active paragraph={{ rows: 12 }} />
      ) : (
        <>
          <Card variant="borderless" style={{ marginBottom: 16 }} data-testid="scope-creep-report">
            <Flex align="center" gap={10} style={{ marginBottom: 4 }}>
              <FileSearchOutlined style={{ fontSize: 20, color: '#fa541c' }} />
              <Typography.Title level={4} style={{ margin: 0 }}>
                {t('insights.report.title')}
              </Typography.Title>
            </Flex>
            <Typography.Paragraph type="secondary" style={{ margin: '0 0 4px' }}>
              {t('insights.report.intro')}
            </Typography.Paragraph>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }} data-testid="report-generated">
              {t('insights.reports.generatedAt', {
                date: formatDateTime(report.generatedAt),
                org: organisation?.name ?? '',
              })}
            </Typography.Paragraph>
            <Row gutter={[16, 16]}>
              <Col xs={12} md={6}>
                <Statistic
                  title={t('insights.report.groupsListed')}
                  // Groups whose only non-charter members were let in by an approved exception do not count.
                  value={report.groups.filter((g) => g.outside > 0).length}
                  data-testid="report-groups-count"
                />
              </Col>
              <Col xs={12} md={6}>
                <Statistic
                  title={t('insights.report.outsideTotal')}
                  value={outside}
                  styles={{ content: { color: outside > 0 ? '#ff4d4f' : undefined } }}
                  data-testid="report-outside-total"
                />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title={t('insights.report.byExceptionTotal')} value={byException} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic
                  title={t('insights.report.withoutCharter')}
                  value={report.groupsWithoutCharter}
                  data-testid="report-without-charter"
                />
              </Col>
            </Row>
            {report.groupsWithoutCharter > 0 && (
              <Alert
                type="info"
                showIcon
                style={{ marginTop: 16 }}
                data-testid="report-no-charter-hint"
                title={t('insights.report.noCharterHint', { count: report.groupsWithoutCharter })}
                action={
                  <Button size="small" className="gl-no-print" onClick={() => go({ page: 'groups' })}>
                    {t('insights.report.openGroups')}
                  </Button>
                }
              />
            )}
            {report.groups.length === 0 && (
              <div style={{ marginTop: 12 }}>
                <AllClear text={t('insights.report.allClear')} />
              </div>
            )}
          </Card>
          {report.groups.length > 0 && (
            <Card
              variant="borderless"
              title={t('insights.report.overview')}
              style={{ marginBottom: 16 }}
              styles={{ body: { padding: 0 } }}
              className="gl-report-overview"
            >
              <CreepOverview groups={report.groups} onOpen={setFocus} />
            </Card>
          )}
          {report.groups.length > 0 && (
            <Typography.Title level={4} style={{ margin: '24px 0 12px' }} className="gl-no-print">
              {t('insights.report.sections')}
            </Typography.Title>
          )}
          {report.groups.slice(0, shown).map((g) => (
            <ScopeCreepSection
              key={g.groupId}
              group={g}
              entries={sections?.get(g.groupId)}
              stamp={report.generatedAt}
              tiers={structure?.tiers ?? []}
              units={structure?.units ?? []}
              highlighted={focus === g.groupId}
            />
          ))}
          {report.groups.length > shown && (
            <Flex
              align="center"
              justify="center"
              gap={12}
              wrap
              style={{ margin: '8px 0 24px' }}
              data-testid="report-more"
            >
              <Typography.Text type="secondary">
                {t('insights.report.shownOf', { shown, total: report.groups.length })}
              </Typography.Text>
              <Button onClick={() => setShown((n) => n + STEP)} className="gl-no-print" data-testid="report-show-more">
                {t('insights.report.showMore', { count: Math.min(STEP, report.groups.length - shown) })}
              </Button>
              <Button onClick={() => setShown(report.groups.length)} className="gl-no-print">
                {t('insights.report.showAll', { count: report.groups.length })}
              </Button>
            </Flex>
          )}
        </>
      )}
    </div>
  );
}
