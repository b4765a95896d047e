/** Settings: its page in the menu. */
import { createElement } from 'react';
import { SettingOutlined } from '@ant-design/icons';
import type { Feature } from '../../platform/feature';
import { lazyPage } from '../../platform/lazyPage';

// The pages come with their own chunks, read the first time they are shown.
const SettingsPage = lazyPage(() => import('./SettingsPage').then((m) => m.SettingsPage));

export const feature: Feature = {
  name: 'settings',
  routes: { settings: () => createElement(SettingsPage) },
  menu: [{ key: 'settings', icon: createElement(SettingOutlined) }],
};
