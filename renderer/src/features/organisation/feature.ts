/**
 * The organisation: units and tiers. Other features read the structure (for charters, filters
 * and names) through `useStructure` and pick units with `UnitTreeSelect`.
 */
import { createElement } from 'react';
import { ApartmentOutlined } from '@ant-design/icons';
import type { Feature } from '../../platform/feature';
import { lazyPage } from '../../platform/lazyPage';
import { organisationEventTexts } from './events';

// The pages come with their own chunks, read the first time they are shown.
const OrganisationPage = lazyPage(() => import('./OrganisationPage').then((m) => m.OrganisationPage));

export const feature: Feature = {
  name: 'organisation',
  routes: { organisation: () => createElement(OrganisationPage) },
  menu: [{ key: 'organisation', icon: createElement(ApartmentOutlined) }],
  eventTexts: organisationEventTexts,
};
