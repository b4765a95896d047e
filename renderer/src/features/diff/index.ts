/**
 * Diff: what changed between two snapshots, a snapshot and now, or two days of the ledger; and the
 * ledger workbook (台账) button other pages show.
 */
import { createElement } from 'react';
import { DiffOutlined } from '@ant-design/icons';
import type { Feature } from '../../platform/feature';
import { useNav } from '../../platform/nav';
import { DiffPage } from './DiffPage';

export { WorkbookButton } from './WorkbookButton';

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
