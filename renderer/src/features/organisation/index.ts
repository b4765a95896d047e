/**
 * The organisation: units and tiers. Other features read the structure (for charters, filters
 * and names) through `useStructure` and pick units with `UnitTreeSelect`.
 */
import { createElement } from 'react';
import { ApartmentOutlined } from '@ant-design/icons';
import type { Feature } from '../../platform/feature';
import { OrganisationPage } from './OrganisationPage';
import { organisationEventTexts } from './events';

export { ensureStructure, useStructure } from './structure';
export { UnitTreeSelect } from './UnitTreeSelect';

export const feature: Feature = {
  name: 'organisation',
  routes: { organisation: () => createElement(OrganisationPage) },
  menu: [{ key: 'organisation', icon: createElement(ApartmentOutlined) }],
  eventTexts: organisationEventTexts,
};
