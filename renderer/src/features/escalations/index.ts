/**
 * Escalations (capability D): the incident list, an incident's page with its escalation steps and
 * actions, the report for leadership, and the history sentences of incident events. Other features
 * show a group's or a person's incidents and the dashboard panel through the components below.
 */
export { GroupIncidentsCard, PersonIncidentsCard } from './IncidentsCard';
export { IncidentsDashboardPanel, readIncidentsDashboard } from './DashboardPanel';
export { IncidentKindsCard } from './KindsCard';
