/** Opening the leadership report of an incident, a group or a period. */
import { useNav, type IncidentReportScope } from '../../platform/nav';

export function reportKey(scope: IncidentReportScope): string {
  if (scope.kind === 'incident') return `incident:${scope.incidentId}`;
  if (scope.kind === 'group') return `group:${scope.groupId}`;
  return `period:${scope.since}:${scope.until}`;
}

export function openReport(scope: IncidentReportScope): void {
  useNav.getState().go({ page: 'incidentReport', id: reportKey(scope), scope });
}
