import type { Route } from '../platform/nav';
import { ROUTES } from './features';

/**
 * The page for a route, from the features' routes (app/features.ts). Detail pages are keyed by id
 * so their local state starts fresh.
 */
export function Pages({ route }: { route: Route }) {
  return ROUTES.get(route.page)?.(route) ?? null;
}
