/** The dashboard: the registry at a glance and what needs attention. */
import { createElement } from 'react';
import { DashboardOutlined } from '@ant-design/icons';
import type { Feature } from '../../platform/feature';
import { lazyPage } from '../../platform/lazyPage';

// The page comes with its own chunk; the app starts reading it while it boots (the first page).
const DashboardPage = lazyPage(() => import('./DashboardPage').then((m) => m.DashboardPage));

/** Starts reading the dashboard's chunk, so the first page does not wait for it. */
export const preloadDashboard = () => DashboardPage.preload();

export { dashboardShown, primeDashboard } from './store';

export const feature: Feature = {
  name: 'dashboard',
  routes: { dashboard: () => createElement(DashboardPage) },
  menu: [{ key: 'dashboard', icon: createElement(DashboardOutlined) }],
};
