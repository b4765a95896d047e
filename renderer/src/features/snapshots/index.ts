/** Snapshots: export, import and the registry check. The first run restores a snapshot with the store and preview below. */
import { createElement } from 'react';
import { CameraOutlined } from '@ant-design/icons';
import type { Feature } from '../../platform/feature';
import { SnapshotsPage } from './SnapshotsPage';

export { useSnapshots } from './store';
export { SnapshotPreviewDetails } from './SnapshotPreviewDetails';

export const feature: Feature = {
  name: 'snapshots',
  routes: { snapshots: () => createElement(SnapshotsPage) },
  menu: [{ key: 'snapshots', icon: createElement(CameraOutlined) }],
};
