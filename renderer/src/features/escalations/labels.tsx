/** Tags and small wordings of incidents, shared by the list, the page, the cards and the report. */
import { Tag, Typography } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { IncidentStatus, PartyView, Severity } from '../../../../shared/contract';

const SEVERITY_COLOR: Record<Severity, string> = { low: 'default', medium: 'gold', high: 'orange', critical: 'red' };
const STATUS_COLOR: Record<IncidentStatus, string> = {
  open: 'blue',
  escalated: 'purple',
  decided: 'cyan',
  closed: 'success',
  dismissed: 'default',
};

export function SeverityTag({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <Tag color={SEVERITY_COLOR[severity]} data-severity={severity}>
      {t(`escalations.severity.${severity}`)}
    </Tag>
  );
}

export function IncidentStatusTag({ status }: { status: IncidentStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} data-status={status} data-testid="incident-status">
      {t(`escalations.status.${status}`)}
    </Tag>
  );
}

/** "waiting 9 days", orange after a week. */
export function WaitingText({ days }: { days: number }) {
  const { t } = useTranslation();
  return (
    <Typography.Text type={days > 7 ? 'warning' : 'secondary'} style={{ whiteSpace: 'nowrap' }} data-testid="waiting">
      <ClockCircleOutlined /> {t('escalations.waitingDays', { count: days })}
    </Typography.Text>
  );
}

/** A party as read: the person's name or the position as written. */
export function partyText(party: PartyView | null): string {
  return party?.label ?? '';
}
