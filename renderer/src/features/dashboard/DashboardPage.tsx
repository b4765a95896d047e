import { useEffect, useState } from 'react';
import { Button, Card, Col, Row, Skeleton } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { EventTimeline } from '../../ui/EventTimeline';
import { dashboardIsShown, loadDashboardOnMount, useDashboard } from './store';
import { useNav } from '../../platform/nav';
import { StatCards } from './StatCards';
import { PlatformBreakdown, LargestGroups } from './GroupPanels';
import { AttentionPanels } from './AttentionPanels';
import { LifecyclePanels } from './LifecyclePanels';
import { AttentionCounts, type AttentionTarget } from './AttentionCounts';
import { ScopeCreepPanel } from './ScopeCreepPanel';
import { ExceptionsPanel, type ExceptionsTab } from './ExceptionsPanel';
import { UnfinishedRunbooksPanel, readUnfinishedRunbooks } from '../operations';
import { IncidentsDashboardPanel, readIncidentsDashboard } from '../escalations';
import { ensureStructure } from '../organisation';

const ANCHOR: Record<Exclude<AttentionTarget, 'report'>, string> = {
  pending: 'dashboard-exceptions',
  due: 'dashboard-exceptions',
  tiers: 'dashboard-tiers',
  ownerless: 'dashboard-ownerless',
};

/** The ledger at a glance, and what needs the administrator's attention. */
export function DashboardPage() {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  const summary = useDashboard((s) => s.data);
  const error = useDashboard((s) => s.error);
  const loading = useDashboard((s) => s.loading);
  const [exceptionsTab, setExceptionsTab] = useState<ExceptionsTab>('pending');

  const openAttention = (target: AttentionTarget) => {
    if (target === 'report') return go({ page: 'reports' });
    if (target === 'pending' || target === 'due') setExceptionsTab(target);
    const panel = document.getElementById(ANCHOR[target]);
    panel?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    // The keyboard follows the eye: focus the list's first line once the list has switched.
    window.setTimeout(() => panel?.querySelector<HTMLElement>('[role="link"]')?.focus({ preventScroll: true }), 50);
  };

  useEffect(loadDashboardOnMount, []);
  // The panels with figures of their own are read now, while the summary is on its way, not once
  // it has come and they are built (a second round of requests and renderings).
  useEffect(() => {
    readUnfinishedRunbooks();
    readIncidentsDashboard();
    ensureStructure();
  }, []);
  useEffect(() => {
    if (summary || error) dashboardIsShown();
  }, [summary, error]);

  return (
    <div data-testid="page-dashboard">
      <PageHeader title={t('dashboard.title')} description={t('dashboard.description')} />
      {error && <ErrorAlert error={error} onRetry={() => void useDashboard.getState().refresh()} />}
      {!summary ? (
        loading && <Skeleton active paragraph={{ rows: 10 }} />
      ) : (
        <>
          <StatCards summary={summary} />
          <AttentionCounts summary={summary} onOpen={openAttention} />
          <UnfinishedRunbooksPanel />
          <LifecyclePanels summary={summary} />
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={24} xl={14}>
              <ScopeCreepPanel summary={summary} />
            </Col>
            <Col xs={24} xl={10}>
              <ExceptionsPanel summary={summary} tab={exceptionsTab} onTab={setExceptionsTab} />
            </Col>
          </Row>
          <IncidentsDashboardPanel />
          <AttentionPanels summary={summary} />
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={24} xl={10}>
              <PlatformBreakdown summary={summary} />
            </Col>
            <Col xs={24} xl={14}>
              <LargestGroups summary={summary} />
            </Col>
          </Row>
          <Card
            variant="borderless"
            title={t('dashboard.recent')}
            extra={
              <Button type="link" onClick={() => go({ page: 'audit' })}>
                {t('dashboard.openAudit')} <RightOutlined />
              </Button>
            }
          >
            <EventTimeline events={summary.recentEvents} emptyText={t('audit.empty')} />
          </Card>
        </>
      )}
    </div>
  );
}
