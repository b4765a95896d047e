/**
 * Diff: what changed between two snapshots, a snapshot and now, or two days of the ledger; and the
 * ledger workbook (台账) button other pages show.
 */
import { createElement } from 'react';
import { DiffOutlined } from '@ant-design/icons';
import type { Feature } from '../../platform/feature';
import { lazyPage } from '../../platform/lazyPage';
import { useNav } from '../../platform/nav';

// The pages come with their own chunks, read the first time they are shown.
const DiffPage = lazyPage(() => import('./DiffPage').then((m) => m.DiffPage));

export const feature: Feature = {
  name: 'diff',
  routes: { diff: () => createElement(DiffPage) },
  menu: [{ key: 'diff', icon: createElement(DiffOutlined) }],
  palette: [
    {
      id: 'diff.open',
      label: 'diff.openAction',
      keywordKeys: ['diff.title'],
      keywords: ['diff'],
      icon: createElement(DiffOutlined),
      order: 75,
      run: () => useNav.getState().go({ page: 'diff' }),
    },
  ],
};
