import { useEffect, useState } from 'react';
import { Card, Col, Progress, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RunbookWalkView } from '../../../../shared/contract';
import { formatDuration } from './format';

/** n of N, time spent (ticking while in progress) and the estimate of time left. */
export function WalkStats({ view }: { view: RunbookWalkView }) {
  const { t } = useTranslation();
  const { done, total } = view.progress;
  const [since, setSince] = useState(() => ({ view, at: Date.now() }));
  const [now, setNow] = useState(() => Date.now());
  if (since.view !== view) setSince({ view, at: Date.now() });
  useEffect(() => {
    if (view.state !== 'in_progress') return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [view.state]);
  const running = view.state === 'in_progress' ? Math.max(0, now - since.at) : 0;

  return (
    <Card variant="borderless" style={{ marginBottom: 16 }} styles={{ body: { padding: '16px 24px' } }}>
      <Row gutter={[24, 12]} align="middle">
        <Col xs={24} lg={12}>
          <div style={{ fontSize: 28, fontWeight: 600, lineHeight: 1.2 }} data-testid="walk-progress">
            {t('operations.walk.progress', { done, total })}
          </div>
          <Progress
            percent={total === 0 ? 0 : Math.round((done / total) * 100)}
            showInfo={false}
            strokeWidth={10}
            status={view.state === 'paused' ? 'exception' : 'normal'}
          />
        </Col>
        <Col xs={12} lg={6}>
          <Statistic
            title={t('operations.walk.timeSpent')}
            value={formatDuration(t, view.timeSpentMs + running)}
            data-testid="walk-time-spent"
          />
        </Col>
        <Col xs={12} lg={6}>
          <Statistic
            title={t('operations.walk.estimateLeft')}
            value={
              view.estimateLeftMs === null
                ? t('operations.walk.estimateUnknown')
                : formatDuration(t, view.estimateLeftMs)
            }
            styles={{ content: { fontSize: view.estimateLeftMs === null ? 16 : undefined } }}
            data-testid="walk-estimate"
          />
        </Col>
      </Row>
    </Card>
  );
}
