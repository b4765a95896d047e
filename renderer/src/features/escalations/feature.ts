/**
 * Escalations (capability D): the incident list, an incident's page with its escalation steps and
 * actions, the report for leadership, and the history sentences of incident events. Other features
 * show a group's or a person's incidents and the dashboard panel through the components below.
 */
import { createElement } from 'react';
import { AlertOutlined, PlusCircleOutlined } from '@ant-design/icons';
import type { Feature } from '../../platform/feature';
import { lazyPage } from '../../platform/lazyPage';
import { useNav } from '../../platform/nav';
import { useIncidentForm } from './formState';
import { incidentEventTexts } from './events';
import { incidentPaletteSource } from './paletteSource';
import { IncidentHit } from './IncidentHit';
import { listIncidents } from './store';

// The pages come with their own chunks, read the first time they are shown.
const EscalationsPage = lazyPage(() => import('./EscalationsPage').then((m) => m.EscalationsPage));
const IncidentPage = lazyPage(() => import('./IncidentPage').then((m) => m.IncidentPage));
const IncidentReportPage = lazyPage(() => import('./IncidentReportPage').then((m) => m.IncidentReportPage));

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
