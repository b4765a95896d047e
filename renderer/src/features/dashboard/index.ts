/** The dashboard: the registry at a glance and what needs attention. */
import { createElement } from 'react';
import { DashboardOutlined } from '@ant-design/icons';
import type { Feature } from '../../platform/feature';
import { DashboardPage } from './DashboardPage';

export const feature: Feature = {
  name: 'dashboard',
  routes: { dashboard: () => createElement(DashboardPage) },
  menu: [{ key: 'dashboard', icon: createElement(DashboardOutlined) }],
};
