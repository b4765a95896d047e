/**
 * Escalations (capability D): the incident list, an incident's page with its escalation steps and
 * actions, the report for leadership, and the history sentences of incident events. Other features
 * show a group's or a person's incidents and the dashboard panel through the components below.
 */
import { createElement } from 'react';
import { AlertOutlined, PlusCircleOutlined } from '@ant-design/icons';
import type { Feature } from '../../platform/feature';
import { useNav } from '../../platform/nav';
import { EscalationsPage } from './EscalationsPage';
import { IncidentPage } from './IncidentPage';
import { IncidentReportPage } from './IncidentReportPage';
import { useIncidentForm } from './formState';
import { incidentEventTexts } from './events';
import { incidentPaletteSource } from './paletteSource';
import { IncidentHit } from './IncidentHit';
import { listIncidents } from './store';

export { GroupIncidentsCard, PersonIncidentsCard } from './IncidentsCard';
export { IncidentsDashboardPanel } from './DashboardPanel';
export { IncidentKindsCard } from './KindsCard';

export const feature: Feature = {
  name: 'escalations',
  routes: {
    escalations: () => createElement(EscalationsPage),
    incident: (route) => createElement(IncidentPage, { key: route.id, id: route.id }),
    incidentReport: (route) => createElement(IncidentReportPage, { key: route.id, scope: route.scope }),
  },
  menu: [{ key: 'escalations', icon: createElement(AlertOutlined) }],
  palette: [
    {
      id: 'incident.new',
      label: 'escalations.palette.newIncident',
      icon: createElement(PlusCircleOutlined),
      order: 35,
      keywordKeys: ['escalations.title'],
      keywords: ['incident', 'escalation'],
      run: () => {
        useNav.getState().go({ page: 'escalations' });
        useIncidentForm.getState().openNew();
      },
    },
  ],
  paletteSources: [incidentPaletteSource(listIncidents, (row) => createElement(IncidentHit, { row }))],
  eventTexts: incidentEventTexts,
};
