import { useEffect } from 'react';
import { Button, Card, Col, Row, Skeleton } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { EventTimeline } from '../../components/EventTimeline';
import { useDashboard } from '../../stores/dashboard';
import { useNav } from '../../stores/nav';
import { StatCards } from './StatCards';
import { PlatformBreakdown, LargestGroups } from './GroupPanels';
import { AttentionPanels } from './AttentionPanels';

/** The ledger at a glance, and what needs the administrator's attention. */
export function DashboardPage() {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  const summary = useDashboard((s) => s.data);
  const error = useDashboard((s) => s.error);
  const loading = useDashboard((s) => s.loading);

  useEffect(() => {
    void useDashboard.getState().load({});
  }, []);

  return (
    <div data-testid="page-dashboard">
      <PageHeader title={t('dashboard.title')} description={t('dashboard.description')} />
      {error && <ErrorAlert error={error} onRetry={() => void useDashboard.getState().refresh()} />}
      {!summary ? (
        loading && <Skeleton active paragraph={{ rows: 10 }} />
      ) : (
        <>
          <StatCards summary={summary} />
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={24} xl={10}>
              <PlatformBreakdown summary={summary} />
            </Col>
            <Col xs={24} xl={14}>
              <LargestGroups summary={summary} />
            </Col>
          </Row>
          <AttentionPanels summary={summary} />
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
