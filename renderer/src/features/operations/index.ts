/** Operations: its page in the menu. */
import { createElement } from 'react';
import { ToolOutlined } from '@ant-design/icons';
import type { Feature } from '../../platform/feature';
import { OperationsPage } from './OperationsPage';

export const feature: Feature = {
  name: 'operations',
  routes: { operations: () => createElement(OperationsPage) },
  menu: [{ key: 'operations', icon: createElement(ToolOutlined) }],
};
