/** Escalations: its page in the menu. */
import { createElement } from 'react';
import { AlertOutlined } from '@ant-design/icons';
import type { Feature } from '../../platform/feature';
import { EscalationsPage } from './EscalationsPage';

export const feature: Feature = {
  name: 'escalations',
  routes: { escalations: () => createElement(EscalationsPage) },
  menu: [{ key: 'escalations', icon: createElement(AlertOutlined) }],
};
