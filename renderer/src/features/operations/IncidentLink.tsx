import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IncidentRow } from '../../../../shared/contract';
import { useNav } from '../../platform/nav';
import { incidentTitle, shortSummary } from './format';

/** The incident a runbook was planned for, named by its kind, date and summary; opens the incident. */
export function IncidentLink({ incident }: { incident: IncidentRow }) {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  return (
    <span data-testid="runbook-incident">
      <Typography.Link
        onClick={() => go({ page: 'incident', id: incident.id })}
        title={incident.summary}
        data-testid="runbook-incident-link"
      >
        {incidentTitle(t, incident)}
      </Typography.Link>
      <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
        {shortSummary(incident.summary)}
      </Typography.Text>
    </span>
  );
}
