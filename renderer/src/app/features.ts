/**
 * The console's features, in menu order. Pages, the menu, the command palette's actions and the
 * history sentences are all assembled from this list: adding a feature is creating its folder
 * (with a feature.ts exporting its `feature`) and adding it here. The pages in it are read when
 * shown (platform/lazyPage.ts), so this list keeps the start-up script small.
 */
import type { ReactNode } from 'react';
import type { Feature, MenuEntry, PaletteAction, PaletteSource } from '../platform/feature';
import type { Route } from '../platform/nav';
import { installEventTexts } from '../platform/eventText';
import * as dashboard from '../features/dashboard/feature';
import * as groups from '../features/groups/feature';
import * as people from '../features/people/feature';
import * as organisation from '../features/organisation/feature';
import * as reports from '../features/reports/feature';
import * as escalations from '../features/escalations/feature';
import * as operations from '../features/operations/feature';
import * as snapshots from '../features/snapshots/feature';
import * as diff from '../features/diff/feature';
import * as audit from '../features/audit/feature';
import * as settings from '../features/settings/feature';
import * as search from '../features/search/feature';
import * as firstRun from '../features/first-run/feature';
import * as recovery from '../features/recovery/feature';

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

/** What features do once the console is up (their busiest pages' chunks and lists read). */
export const WARMERS: readonly (() => void)[] = FEATURES.flatMap((f) => (f.warm ? [f.warm] : []));

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
