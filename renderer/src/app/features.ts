/**
 * The console's features, in menu order. Pages, the menu, the command palette's actions and the
 * history sentences are all assembled from this list: adding a feature is creating its folder
 * (with an index.ts exporting its `feature`) and adding it here.
 */
import type { ReactNode } from 'react';
import type { Feature, MenuEntry, PaletteAction, PaletteSource } from '../platform/feature';
import type { Route } from '../platform/nav';
import { installEventTexts } from '../platform/eventText';
import * as dashboard from '../features/dashboard';
import * as groups from '../features/groups';
import * as people from '../features/people';
import * as organisation from '../features/organisation';
import * as reports from '../features/reports';
import * as escalations from '../features/escalations';
import * as operations from '../features/operations';
import * as snapshots from '../features/snapshots';
import * as diff from '../features/diff';
import * as audit from '../features/audit';
import * as settings from '../features/settings';
import * as search from '../features/search';
import * as firstRun from '../features/first-run';
import * as recovery from '../features/recovery';

export const FEATURES: readonly Feature[] = [
  dashboard.feature,
  groups.feature,
  people.feature,
  organisation.feature,
  reports.feature,
  escalations.feature,
  operations.feature,
  snapshots.feature,
  diff.feature,
  audit.feature,
  settings.feature,
  search.feature,
  firstRun.feature,
  recovery.feature,
];

/** The left-hand menu's sections, in the order of the list. */
export const SECTIONS: readonly MenuEntry[] = FEATURES.flatMap((f) => f.menu ?? []);

/** Every feature's Ctrl+K actions. */
export const PALETTE_ACTIONS: readonly PaletteAction[] = FEATURES.flatMap((f) => f.palette ?? []);

/** Every feature's records Ctrl+K finds (incidents …), beside people and groups. */
export const PALETTE_SOURCES: readonly PaletteSource[] = FEATURES.flatMap((f) => f.paletteSources ?? []);

type RenderRoute = (route: Route) => ReactNode;

/** The page of each route key; a key claimed by two features is a mistake caught at start. */
export const ROUTES: ReadonlyMap<Route['page'], RenderRoute> = (() => {
  const routes = new Map<Route['page'], RenderRoute>();
  for (const feature of FEATURES) {
    for (const [page, render] of Object.entries(feature.routes ?? {})) {
      if (routes.has(page as Route['page'])) throw new Error(`Two features own the page ${page}`);
      routes.set(page as Route['page'], render as RenderRoute);
    }
  }
  return routes;
})();

installEventTexts(FEATURES.flatMap((f) => (f.eventTexts ? [f.eventTexts] : [])));
