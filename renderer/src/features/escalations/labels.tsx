/** Tags and small wordings of incidents, shared by the list, the page, the cards and the report. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IncidentStatus, PartyView, Severity } from '../../../../shared/contract';

export { kindName } from './kindName';

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

/** A party as read: the person's name or the position as written. */
export function partyText(party: PartyView | null): string {
  return party?.label ?? '';
}
