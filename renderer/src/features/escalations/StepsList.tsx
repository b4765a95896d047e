import { Empty, Flex, Tag, Timeline, Typography } from 'antd';
import { ArrowRightOutlined, CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { EscalationStepView, IncidentActionView, IncidentDetail } from '../../../../shared/contract';
import { formatDate } from '../../i18n/format';
import { useNav } from '../../platform/nav';
import { WaitingText } from './waiting';

/** The escalation steps: from → to, when and how, what was asked, and the decision. */
export function StepsList({ steps }: { steps: EscalationStepView[] }) {
  const { t } = useTranslation();
  if (steps.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('escalations.page.noSteps')} />;
  return (
    <Timeline
      items={steps.map((s) => ({
        key: s.id,
        color: s.decidedOn ? 'green' : 'orange',
        icon: s.decidedOn ? <CheckCircleFilled /> : <ClockCircleOutlined />,
        content: (
          <div data-testid="incident-step" data-decided={s.decidedOn ? 'yes' : 'no'} className="gl-incident-step">
            <Flex gap={8} align="center" wrap>
              <Typography.Text type="secondary">{t('escalations.page.stepNo', { n: s.seq })}</Typography.Text>
              <Typography.Text strong>{s.from.label}</Typography.Text>
              <ArrowRightOutlined />
              <Typography.Text strong data-testid="step-to">
                {s.to.label}
              </Typography.Text>
              <Tag>{t(`escalations.channel.${s.channel}`)}</Tag>
              <Typography.Text type="secondary">{formatDate(s.escalatedOn)}</Typography.Text>
              {s.waitingDays !== null && <WaitingText days={s.waitingDays} />}
            </Flex>
            <div style={{ marginTop: 4 }}>
              <Typography.Text type="secondary">
                {t('escalations.page.asked')}
                {t('escalations.colon')}
              </Typography.Text>
              {s.request}
            </div>
            <div style={{ marginTop: 4 }}>
              {s.decidedOn ? (
                <>
                  <Typography.Text type="secondary">
                    {t('escalations.page.decision')}
                    {t('escalations.colon')}
                  </Typography.Text>
                  <Typography.Text strong data-testid="step-decision">
                    {s.decision}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                    {t('escalations.page.decidedBy', { who: s.decidedBy?.label ?? '', date: formatDate(s.decidedOn) })}
                    {s.documentRef && ` · ${t('escalations.page.document', { ref: s.documentRef })}`}
                  </Typography.Text>
                </>
              ) : (
                <Typography.Text type="warning">{t('escalations.page.notDecided')}</Typography.Text>
              )}
            </div>
          </div>
        ),
      }))}
    />
  );
}

/** The runbook a "runbook" action names by its number, if it does (the link is otherwise free text). */
export function runbookLink(a: IncidentActionView): number | null {
  return a.kind === 'runbook' && a.link && /^\d{1,9}$/.test(a.link) ? Number(a.link) : null;
}

/** The actions taken, each opening its person or the incident's group (or its runbook) where there is one. */
export function ActionsList({ detail }: { detail: IncidentDetail }) {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  if (detail.actions.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('escalations.page.noActions')} />;
  }
  const groupLinked = (kind: string) =>
    ['member_removed', 'rules_changed', 'charter_changed', 'runbook'].includes(kind);
  return (
    <Flex vertical gap={10}>
      {detail.actions.map((a) => (
        <Flex key={a.id} gap={8} align="baseline" wrap data-testid="incident-action" data-kind={a.kind}>
          <Typography.Text type="secondary" style={{ minWidth: 96 }}>
            {formatDate(a.takenOn)}
          </Typography.Text>
          <Tag color="blue">{t(`escalations.action.${a.kind}`)}</Tag>
          {a.targetPersonId && a.targetName && (
            <Typography.Link onClick={() => go({ page: 'person', id: a.targetPersonId ?? '' })}>
              {a.targetName}
            </Typography.Link>
          )}
          {groupLinked(a.kind) && detail.groupId && detail.groupName && (
            <Typography.Link onClick={() => go({ page: 'group', id: detail.groupId ?? '' })}>
              {detail.groupName}
            </Typography.Link>
          )}
          {a.note && <Typography.Text>{a.note}</Typography.Text>}
          {a.link && runbookLink(a) !== null ? (
            <Typography.Link onClick={() => go({ page: 'runbook', id: runbookLink(a)! })} data-testid="action-runbook">
              {t('escalations.page.openRunbook')}
            </Typography.Link>
          ) : (
            a.link && <Typography.Text type="secondary">({a.link})</Typography.Text>
          )}
        </Flex>
      ))}
    </Flex>
  );
}
