/**
 * Snapshots: export, open or restore a ledger, and the registry check. The first run restores a
 * snapshot with the chooser, the dialog and the store below.
 */
import { createElement } from 'react';
import { CameraOutlined, FolderOpenOutlined } from '@ant-design/icons';
import type { Feature } from '../../platform/feature';
import { goWith } from '../../platform/intent';
import { SnapshotsPage } from './SnapshotsPage';

export { useSnapshots } from './store';
export { SnapshotPreviewDetails } from './SnapshotPreviewDetails';
export { RestoreDialog } from './RestoreDialog';
export { useSnapshotChooser } from './useSnapshotChooser';
export { errorText as snapshotErrorText } from './errorText';

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
