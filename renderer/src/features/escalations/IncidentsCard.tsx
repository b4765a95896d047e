import { useEffect } from 'react';
import { Badge, Button, Card, Empty, Flex, Typography } from 'antd';
import { FileTextOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { IncidentKind, IncidentStatus, Severity } from '../../../../shared/contract';
import { formatDate } from '../../i18n/format';
import { useNav } from '../../platform/nav';
import { useGroupIncidents, usePersonIncidents } from './store';
import { IncidentStatusTag, kindName, SeverityTag } from './labels';
import { useIncidentForm } from './formState';
import { IncidentFormModal } from './IncidentForm';
import { openReport } from './reportRoute';

interface Line {
  id: number;
  date: string;
  kind: IncidentKind;
  kindLabel: string | null;
  severity: Severity;
  status: IncidentStatus;
  summary: string;
  note?: string;
}

function Lines({ lines }: { lines: Line[] }) {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  if (lines.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('escalations.card.empty')} />;
  return (
    <Flex vertical gap={10}>
      {lines.map((l) => (
        <div
          key={l.id}
          role="link"
          tabIndex={0}
          style={{ cursor: 'pointer' }}
          onClick={() => go({ page: 'incident', id: l.id })}
          onKeyDown={(e) => e.key === 'Enter' && go({ page: 'incident', id: l.id })}
          data-testid="incident-card-line"
        >
          <Flex gap={6} align="center" wrap>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDate(l.date)}
            </Typography.Text>
            <SeverityTag severity={l.severity} />
            <Typography.Link>{kindName(t, l)}</Typography.Link>
            <IncidentStatusTag status={l.status} />
          </Flex>
          <Typography.Paragraph
            type="secondary"
            ellipsis={{ rows: 2, tooltip: `${l.note ? `${l.note} · ` : ''}${l.summary}` }}
            style={{ margin: '2px 0 0', fontSize: 13 }}
          >
            {l.note ? `${l.note} · ` : ''}
            {l.summary}
          </Typography.Paragraph>
        </div>
      ))}
    </Flex>
  );
}

function Frame({
  count,
  extra,
  children,
  testId,
}: {
  count: number;
  extra?: React.ReactNode;
  children: React.ReactNode;
  testId: string;
}) {
  const { t } = useTranslation();
  const formOpen = useIncidentForm((s) => s.open);
  return (
    <Card
      variant="borderless"
      title={
        <Flex align="center" gap={8}>
          {t('escalations.card.title')}
          <Badge count={count} showZero color={count > 0 ? 'orange' : 'default'} />
        </Flex>
      }
      extra={extra}
      style={testId === 'group-incidents' ? { marginTop: 16 } : { marginBottom: 16 }}
      styles={{ body: { maxHeight: 360, overflowY: 'auto' } }}
      data-testid={testId}
    >
      {children}
      {formOpen && <IncidentFormModal />}
    </Card>
  );
}

/** A group's incidents, newest first, with "New incident" and the group's report. */
export function GroupIncidentsCard({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const entries = useGroupIncidents((s) => (s.params?.groupId === groupId ? s.data : null));
  useEffect(() => {
    void useGroupIncidents.getState().load({ groupId });
  }, [groupId]);
  const lines: Line[] = (entries ?? [])
    .flatMap((e) =>
      e.type === 'incident'
        ? [
            {
              id: e.incidentId,
              date: e.date,
              kind: e.kind,
              kindLabel: e.kindLabel,
              severity: e.severity,
              status: e.status,
              summary: e.summary,
            },
          ]
        : [],
    )
    .sort((a, b) => b.date.localeCompare(a.date));
  return (
    <Frame
      count={lines.length}
      testId="group-incidents"
      extra={
        <Flex gap={4}>
          {lines.length > 0 && (
            <Button size="small" icon={<FileTextOutlined />} onClick={() => openReport({ kind: 'group', groupId })}>
              {t('escalations.btn.report')}
            </Button>
          )}
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => useIncidentForm.getState().openNew(groupId)}
            data-testid="group-new-incident"
          >
            {t('escalations.newIncident')}
          </Button>
        </Flex>
      }
    >
      <Lines lines={lines} />
    </Frame>
  );
}

/** The incidents a person was involved in (roles, steps put to them, actions aimed at them). */
export function PersonIncidentsCard({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const entries = usePersonIncidents((s) => (s.params?.personId === personId ? s.data : null));
  useEffect(() => {
    void usePersonIncidents.getState().load({ personId });
  }, [personId]);
  const sep = t('membership.nameSeparator');
  const lines: Line[] = (entries ?? []).map((e) => ({
    id: e.id,
    date: e.noticedOn,
    kind: e.kind,
    kindLabel: e.kindLabel,
    severity: e.severity,
    status: e.status,
    summary: e.summary,
    note:
      e.roles.length > 0
        ? t('escalations.card.roles', { roles: e.roles.map((r) => t(`escalations.role.${r}`)).join(sep) })
        : e.inSteps
          ? t('escalations.card.inSteps')
          : undefined,
  }));
  return (
    <Frame count={lines.length} testId="person-incidents">
      <Lines lines={lines} />
    </Frame>
  );
}
