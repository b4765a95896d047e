import { useCallback, useEffect } from 'react';
import { Alert, Button, Card, Descriptions, List, Space, Typography } from 'antd';
import { EditOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RunbookView } from '../../../../shared/contract';
import { useCommand } from '../../ui/useCommand';
import { startRunbook } from './store';
import { authorisationText } from './format';
import { StepsTable } from './StepsTable';

/** A drafted runbook: what it will do, Change the plan…, and Start (which takes the snapshot). */
export function DraftView({ view, blocked, onEdit }: { view: RunbookView; blocked: boolean; onEdit: () => void }) {
  const { t } = useTranslation();
  const { busy, error, run } = useCommand();
  const start = useCallback(
    () =>
      void run(
        async () => {
          await startRunbook(view.id);
          return t('operations.draft.started');
        },
        () => undefined,
      ),
    [run, t, view.id],
  );
  // Keyboard first: Enter anywhere on the page (not in a field, a link or a dialog) starts.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target instanceof HTMLElement ? e.target : null;
      if (e.key !== 'Enter' || busy || blocked) return;
      if (target?.closest('input, textarea, button, a, [role="link"], .ant-modal')) return;
      e.preventDefault();
      start();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [blocked, busy, start]);

  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('operations.draft.title')}
        description={t('operations.draft.body')}
        action={
          <Space wrap>
            <Button size="large" icon={<EditOutlined />} onClick={onEdit} data-testid="runbook-edit">
              {t('operations.edit.open')}
            </Button>
            <Button
              type="primary"
              size="large"
              icon={<PlayCircleOutlined />}
              loading={busy}
              onClick={start}
              autoFocus
              data-testid="runbook-start"
            >
              {t('operations.draft.start')}
            </Button>
          </Space>
        }
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Card variant="borderless" style={{ marginBottom: 16 }}>
        <Descriptions
          column={{ xs: 1, lg: 2 }}
          size="small"
          items={[
            { key: 'why', label: t('operations.report.why'), children: view.reason },
            {
              key: 'auth',
              label: t('operations.report.authorisation'),
              children: authorisationText(t, view.authorisation) ?? '—',
            },
          ]}
        />
      </Card>
      <Card
        variant="borderless"
        title={t('operations.draft.steps', { count: view.steps.length })}
        style={{ marginBottom: 16 }}
      >
        <StepsTable steps={view.steps} showGroup={view.groups.length > 1} scrollY={420} testId="draft-steps" />
      </Card>
      {view.notPlanned.length > 0 && (
        <Card variant="borderless" title={t('operations.draft.notPlanned', { count: view.notPlanned.length })}>
          <List
            size="small"
            dataSource={view.notPlanned}
            renderItem={(n) => (
              <List.Item>
                <Typography.Text>{n.name}</Typography.Text>
                <Typography.Text type="secondary">{t(`operations.draft.notPlannedReason.${n.reason}`)}</Typography.Text>
              </List.Item>
            )}
          />
        </Card>
      )}
    </>
  );
}
