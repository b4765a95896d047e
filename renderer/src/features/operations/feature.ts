/**
 * Operations (runbooks, capability C): the list, a runbook's plan, walk and report, the planning
 * buttons other pages show (a group's Dissolve… / Prune… / Rebuild…, a leaver's Offboard…), the
 * plan dialog itself for pages that plan from their own lists (the dashboard's expired groups), the
 * dashboard's panel of unfinished runbooks and the history sentences of runbook events.
 */
import { createElement } from 'react';
import { ToolOutlined } from '@ant-design/icons';
import type { Feature } from '../../platform/feature';
import { lazyPage } from '../../platform/lazyPage';
import { useNav } from '../../platform/nav';
import { runbookEventTexts } from './events';

// The pages come with their own chunks, read the first time they are shown.
const OperationsPage = lazyPage(() => import('./OperationsPage').then((m) => m.OperationsPage));
const RunbookPage = lazyPage(() => import('./RunbookPage').then((m) => m.RunbookPage));

export const feature: Feature = {
  name: 'operations',
  routes: {
    operations: () => createElement(OperationsPage),
    runbook: (route) => createElement(RunbookPage, { key: route.id, id: route.id }),
  },
  menu: [{ key: 'operations', icon: createElement(ToolOutlined) }],
  palette: [
    {
      id: 'operations.open',
      label: 'operations.palette.open',
      icon: createElement(ToolOutlined),
      order: 60,
      keywords: ['runbook', 'dissolve', 'prune', 'offboard', '解散', 'giải thể'],
      run: () => useNav.getState().go({ page: 'operations' }),
    },
  ],
  eventTexts: runbookEventTexts,
};
