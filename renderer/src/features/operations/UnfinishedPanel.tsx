import { useEffect } from 'react';
import { Badge, Button, Card, Flex, Typography } from 'antd';
import { RightOutlined, ToolOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { OPEN_RUNBOOK_STATES } from '../../../../shared/vocabulary';
import { useNav } from '../../platform/nav';
import { LinkRow } from '../../ui/LinkRow';
import { useRunbookSummaries } from './store';
import { byUrgency, runbookName } from './format';
import { RunbookProgress, RunbookStateTag } from './RunbookTags';

/**
 * Reads the runbooks as the dashboard opens, before its summary has come and the panel is built:
 * they come with the summary instead of after it, in one rendering of the page. Unless the panel
 * already asked (it is built in the page's first rendering when the summary was there first, and
 * its effect runs before the page's), or holds them (kept fresh by registry changes).
 */
export function readUnfinishedRunbooks(): void {
  void useRunbookSummaries.getState().ensure({});
}

/** The dashboard's list of runbooks not yet finished (in progress, paused, draft); each opens. */
export function UnfinishedRunbooksPanel() {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  const data = useRunbookSummaries((s) => s.data);
  // Read as the dashboard opened (readUnfinishedRunbooks).
  useEffect(() => {
    void useRunbookSummaries.getState().ensure({});
  }, []);
  const rows = (data ?? []).filter((r) => OPEN_RUNBOOK_STATES.includes(r.state)).sort(byUrgency);

  return (
    <Card
      variant="borderless"
      style={{ marginBottom: 16 }}
      data-testid="dashboard-runbooks"
      title={
        <Flex align="center" gap={8}>
          <ToolOutlined />
          <span>{t('operations.panel.title')}</span>
          {rows.length > 0 && <Badge count={rows.length} color="orange" />}
        </Flex>
      }
      extra={
        <Button type="link" onClick={() => go({ page: 'operations' })}>
          {t('operations.panel.all')} <RightOutlined />
        </Button>
      }
      styles={{ body: { paddingTop: 8, paddingBottom: 12, maxHeight: 300, overflow: 'auto' } }}
    >
      {rows.length === 0 ? (
        <Typography.Text type="secondary">{t('operations.panel.empty')}</Typography.Text>
      ) : (
        rows.map((r) => (
          <LinkRow key={r.id} onOpen={() => go({ page: 'runbook', id: r.id })} testId="dashboard-runbook">
            <Flex align="center" gap={12} style={{ width: '100%' }}>
              <Typography.Text strong ellipsis={{ tooltip: runbookName(t, r) }} style={{ flex: 1, minWidth: 0 }}>
                {runbookName(t, r)}
              </Typography.Text>
              <RunbookStateTag state={r.state} />
              {/* A line progress bar takes the whole row unless held to its own width. */}
              <span style={{ flex: 'none' }}>
                <RunbookProgress runbook={r} width={120} />
              </span>
            </Flex>
          </LinkRow>
        ))
      )}
    </Card>
  );
}
