/** Audit: its page in the menu. */
import { createElement } from 'react';
import { AuditOutlined } from '@ant-design/icons';
import type { Feature } from '../../platform/feature';
import { lazyPage } from '../../platform/lazyPage';

// The pages come with their own chunks, read the first time they are shown.
const AuditPage = lazyPage(() => import('./AuditPage').then((m) => m.AuditPage));

export const feature: Feature = {
  name: 'audit',
  routes: { audit: () => createElement(AuditPage) },
  menu: [{ key: 'audit', icon: createElement(AuditOutlined) }],
};
