import { useEffect } from 'react';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { AlertOutlined, RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { SEVERITIES } from '../../../../shared/vocabulary';
import { formatDate } from '../../i18n/format';
import { useNav } from '../../platform/nav';
import { useIncidentDashboard } from './store';
import { IncidentStatusTag, SeverityTag } from './labels';
import { currentWaitDays, useWaitDays } from './waiting';
import { AllClear } from '../../ui/AllClear';

/**
 * Reads the dashboard panel's figures as the dashboard opens, before its summary has come and the
 * panel is built: they come with the summary instead of after it, in one rendering of the page.
 * Unless the panel already asked (see readUnfinishedRunbooks) or holds them.
 */
export function readIncidentsDashboard(): void {
  void useIncidentDashboard.getState().ensure({ waitingDays: currentWaitDays() });
}

/**
 * The dashboard's panel: open incidents by severity and escalations waiting longer than N days
 * (N as set in Settings, unless given).
 */
export function IncidentsDashboardPanel({ waitingDays: given }: { waitingDays?: number }) {
  const { t } = useTranslation();
  const setting = useWaitDays();
  const waitingDays = given ?? setting;
  const go = useNav((s) => s.go);
  const data = useIncidentDashboard((s) => (s.params?.waitingDays === waitingDays ? s.data : null));
  // Read as the dashboard opened (readIncidentsDashboard); a changed number of days reads again.
  useEffect(() => {
    void useIncidentDashboard.getState().ensure({ waitingDays });
  }, [waitingDays]);
  if (!data) return null;
  return (
    <Card
      variant="borderless"
      style={{ marginBottom: 16 }}
      styles={{ body: { paddingTop: 12, paddingBottom: 8 } }}
      data-testid="dashboard-incidents"
      title={
        <Flex align="center" gap={8}>
          <AlertOutlined />
          {t('escalations.dashboard.title')}
        </Flex>
      }
      extra={
        <Button type="link" onClick={() => go({ page: 'escalations' })}>
          {t('escalations.dashboard.openList')} <RightOutlined />
        </Button>
      }
    >
      <Flex gap={16} align="center" wrap style={{ marginBottom: 8 }}>
        <Typography.Text strong style={{ fontSize: 15 }} data-testid="dashboard-incidents-open">
          {t('escalations.dashboard.open', { count: data.open })}
        </Typography.Text>
        {(['open', 'escalated', 'decided'] as const)
          .filter((s) => data.byStatus[s] > 0)
          .map((s) => (
            <span key={s}>
              <IncidentStatusTag status={s} />
              <Typography.Text type="secondary">{data.byStatus[s]}</Typography.Text>
            </span>
          ))}
        {SEVERITIES.filter((s) => data.openBySeverity[s] > 0).map((s) => (
          <span key={s}>
            <SeverityTag severity={s} />
            <Typography.Text type="secondary">{data.openBySeverity[s]}</Typography.Text>
          </span>
        ))}
      </Flex>
      {data.waiting.length === 0 ? (
        <AllClear text={t('escalations.dashboard.noneWaiting', { days: waitingDays })} />
      ) : (
        <Flex vertical gap={6} style={{ marginTop: 8, maxHeight: 260, overflowY: 'auto' }}>
          <Typography.Text type="warning">{t('escalations.dashboard.waiting', { days: waitingDays })}</Typography.Text>
          {data.waiting.map((w) => (
            <Flex
              key={w.stepId}
              gap={8}
              align="baseline"
              role="link"
              tabIndex={0}
              style={{ cursor: 'pointer' }}
              onClick={() => go({ page: 'incident', id: w.incidentId })}
              onKeyDown={(e) => e.key === 'Enter' && go({ page: 'incident', id: w.incidentId })}
              data-testid="dashboard-incident-waiting"
            >
              <Tag color="orange">{t('escalations.dashboard.days', { count: w.days })}</Tag>
              <Typography.Link ellipsis style={{ flex: 1, minWidth: 0 }}>
                {w.summary}
              </Typography.Link>
              <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                {t('escalations.dashboard.to', { who: w.to.label, date: formatDate(w.escalatedOn) })}
              </Typography.Text>
            </Flex>
          ))}
          {data.waitingTotal > data.waiting.length && <Typography.Text type="secondary">…</Typography.Text>}
        </Flex>
      )}
    </Card>
  );
}
