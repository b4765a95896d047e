/** Reports: the scope-creep report. */
import { createElement } from 'react';
import { FileSearchOutlined } from '@ant-design/icons';
import type { Feature } from '../../platform/feature';
import { lazyPage } from '../../platform/lazyPage';
import { useNav } from '../../platform/nav';

// The pages come with their own chunks, read the first time they are shown.
const ReportsPage = lazyPage(() => import('./ReportsPage').then((m) => m.ReportsPage));

export const feature: Feature = {
  name: 'reports',
  routes: { reports: () => createElement(ReportsPage) },
  menu: [{ key: 'reports', icon: createElement(FileSearchOutlined) }],
  palette: [
    {
      id: 'report.scopeCreep',
      label: 'insights.palette.action.scopeCreep',
      icon: createElement(FileSearchOutlined),
      order: 40,
      keywordKeys: ['insights.report.title'],
      keywords: ['scope creep'],
      run: () => useNav.getState().go({ page: 'reports' }),
    },
  ],
};
