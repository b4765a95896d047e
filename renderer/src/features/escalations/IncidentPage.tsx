import { useEffect, useState } from 'react';
import { Button, Card, Col, Descriptions, Empty, Flex, Row, Skeleton, Tag, Tooltip, Typography } from 'antd';
import { FileTextOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { EventTimeline } from '../../ui/EventTimeline';
import { formatDate } from '../../i18n/format';
import { useNav } from '../../platform/nav';
import { useIncident, useIncidentHistory } from './store';
import { IncidentStatusTag, kindName, SeverityTag } from './labels';
import { IncidentDialog, type DialogKind } from './IncidentDialogs';
import { IncidentFormModal } from './IncidentForm';
import { useIncidentForm } from './formState';
import { openReport } from './reportRoute';
import { ActionsList, StepsList } from './StepsList';
import { refusal, type ButtonKind } from './rules';
import { IncidentRunbooks } from '../operations';

/** One incident: what happened, who was involved, the escalation steps, the actions and its history. */
export function IncidentPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  const back = useNav((s) => s.back);
  const detail = useIncident((s) => (s.params?.id === id ? s.data : null));
  const error = useIncident((s) => s.error);
  const history = useIncidentHistory((s) => s.data);
  const historyLoading = useIncidentHistory((s) => s.loading);
  const formOpen = useIncidentForm((s) => s.open);
  const [dialog, setDialog] = useState<DialogKind | null>(null);

  useEffect(() => {
    void useIncident.getState().load({ id });
    void useIncidentHistory.getState().load({ id });
  }, [id]);

  if (!detail) {
    return (
      <div data-testid="page-incident">
        {error ? (
          <ErrorAlert error={error} onRetry={() => void useIncident.getState().refresh()} />
        ) : (
          <Skeleton active />
        )}
      </div>
    );
  }

  const button = (kind: ButtonKind, label: string, primary = false) => {
    const why = refusal(detail, kind);
    const onClick = () => (kind === 'edit' ? useIncidentForm.getState().openEdit(detail) : setDialog(kind));
    return (
      <Tooltip key={kind} title={why ? t(`escalations.why.${why}`) : undefined}>
        <Button
          type={primary && !why ? 'primary' : 'default'}
          danger={kind === 'dismiss'}
          disabled={why !== null}
          onClick={onClick}
          data-testid={`incident-${kind}`}
        >
          {label}
        </Button>
      </Tooltip>
    );
  };
  const waiting = detail.steps.some((s) => s.decidedOn === null);

  return (
    <div data-testid="page-incident" data-status={detail.status}>
      <PageHeader
        title={`${kindName(t, detail)} · ${formatDate(detail.occurredOn)}`}
        tags={
          <>
            <SeverityTag severity={detail.severity} />
            <IncidentStatusTag status={detail.status} />
          </>
        }
        onBack={() => back({ page: 'escalations' })}
        backLabel={t('escalations.page.back')}
        testId="incident-header"
        extra={
          <Button
            icon={<FileTextOutlined />}
            onClick={() => openReport({ kind: 'incident', incidentId: detail.id })}
            data-testid="incident-report"
          >
            {t('escalations.btn.report')}
          </Button>
        }
      />
      <Flex gap={8} wrap style={{ marginTop: -8, marginBottom: 16 }} data-testid="incident-toolbar">
        {button('escalate', t('escalations.btn.escalate'), !waiting)}
        {button('decide', t('escalations.btn.decide'), waiting)}
        {button('addAction', t('escalations.btn.addAction'))}
        {button('close', t('escalations.btn.close'))}
        {button('dismiss', t('escalations.btn.dismiss'))}
        {button('reopen', t('escalations.btn.reopen'))}
        {button('edit', t('escalations.btn.edit'))}
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card variant="borderless" title={t('escalations.page.summary')} style={{ marginBottom: 16 }}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', fontSize: 15 }} data-testid="incident-summary">
              {detail.summary}
            </Typography.Paragraph>
            <Descriptions size="small" column={{ xs: 1, md: 2, xxl: 3 }} data-testid="incident-facts">
              <Descriptions.Item label={t('escalations.page.group')}>
                {detail.groupId && detail.groupName ? (
                  <Typography.Link onClick={() => go({ page: 'group', id: detail.groupId ?? '' })}>
                    {detail.groupName}
                  </Typography.Link>
                ) : (
                  t('escalations.noGroup')
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('escalations.page.occurredOn')}>
                {formatDate(detail.occurredOn)}
              </Descriptions.Item>
              <Descriptions.Item label={t('escalations.page.noticedOn')}>
                {formatDate(detail.noticedOn)}
              </Descriptions.Item>
              {detail.documentRef && (
                <Descriptions.Item label={t('escalations.page.documentRef')}>{detail.documentRef}</Descriptions.Item>
              )}
              {detail.closedOn && (
                <Descriptions.Item label={t('escalations.page.closedOn')}>
                  {formatDate(detail.closedOn)}
                </Descriptions.Item>
              )}
              {detail.dismissReason && (
                <Descriptions.Item label={t('escalations.page.dismissReason')}>
                  {detail.dismissReason}
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
          <Card
            variant="borderless"
            title={t('escalations.page.steps')}
            style={{ marginBottom: 16 }}
            data-testid="incident-steps"
          >
            <StepsList steps={detail.steps} />
          </Card>
          <Card variant="borderless" title={t('escalations.page.actions')} data-testid="incident-actions">
            <ActionsList detail={detail} />
          </Card>
          <IncidentRunbooks incident={detail} />
        </Col>
        <Col xs={24} xl={8}>
          <Card
            variant="borderless"
            title={t('escalations.page.people')}
            style={{ marginBottom: 16 }}
            data-testid="incident-people"
          >
            {detail.people.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('escalations.page.noPeople')} />
            ) : (
              <Flex vertical gap={8}>
                {detail.people.map((p) => (
                  <Flex key={`${p.personId}-${p.role}`} justify="space-between" align="center" gap={8}>
                    <Typography.Link onClick={() => go({ page: 'person', id: p.personId })}>{p.name}</Typography.Link>
                    <Tag>{t(`escalations.role.${p.role}`)}</Tag>
                  </Flex>
                ))}
              </Flex>
            )}
          </Card>
          <Card
            variant="borderless"
            title={t('escalations.page.timeline')}
            styles={{ body: { maxHeight: 640, overflowY: 'auto' } }}
            data-testid="incident-history"
          >
            <EventTimeline
              events={history?.events ?? null}
              total={history?.total}
              loading={historyLoading}
              emptyText={t('escalations.page.noSteps')}
            />
          </Card>
        </Col>
      </Row>
      {dialog && <IncidentDialog detail={detail} kind={dialog} onClose={() => setDialog(null)} />}
      {formOpen && <IncidentFormModal />}
    </div>
  );
}
