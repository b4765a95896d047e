/** Settings: its page in the menu. */
import { createElement } from 'react';
import { SettingOutlined } from '@ant-design/icons';
import type { Feature } from '../../platform/feature';
import { SettingsPage } from './SettingsPage';

export const feature: Feature = {
  name: 'settings',
  routes: { settings: () => createElement(SettingsPage) },
  menu: [{ key: 'settings', icon: createElement(SettingOutlined) }],
};
