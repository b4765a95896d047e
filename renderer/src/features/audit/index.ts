/** Audit: its page in the menu. */
import { createElement } from 'react';
import { AuditOutlined } from '@ant-design/icons';
import type { Feature } from '../../platform/feature';
import { AuditPage } from './AuditPage';

export const feature: Feature = {
  name: 'audit',
  routes: { audit: () => createElement(AuditPage) },
  menu: [{ key: 'audit', icon: createElement(AuditOutlined) }],
};
