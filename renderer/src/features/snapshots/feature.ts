/**
 * Snapshots: export, open or restore a ledger, and the registry check. The first run restores a
 * snapshot with the chooser, the dialog and the store below.
 */
import { createElement } from 'react';
import { CameraOutlined, FolderOpenOutlined } from '@ant-design/icons';
import type { Feature } from '../../platform/feature';
import { lazyPage } from '../../platform/lazyPage';
import { goWith } from '../../platform/intent';

// The pages come with their own chunks, read the first time they are shown.
const SnapshotsPage = lazyPage(() => import('./SnapshotsPage').then((m) => m.SnapshotsPage));

export const feature: Feature = {
  name: 'snapshots',
  routes: { snapshots: () => createElement(SnapshotsPage) },
  menu: [{ key: 'snapshots', icon: createElement(CameraOutlined) }],
  palette: [
    {
      id: 'ledger.open',
      label: 'snapshots.openAction',
      keywordKeys: ['snapshots.chooseFile', 'snapshots.choiceNewFolder', 'snapshots.choiceReplace'],
      icon: createElement(FolderOpenOutlined),
      order: 80,
      run: () => goWith({ page: 'snapshots' }, { kind: 'ledger.open' }),
    },
  ],
};
