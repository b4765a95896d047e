/**
 * Where the admin is. No URL routing (the app is one window loaded from a file); the current
 * route is pushed onto the browser history so the mouse's back button and Alt+← still work.
 */
import { create } from 'zustand';

export type SectionPage =
  | 'dashboard'
  | 'groups'
  | 'people'
  | 'organisation'
  | 'reports'
  | 'escalations'
  | 'operations'
  | 'snapshots'
  | 'diff'
  | 'audit'
  | 'settings';

/** Where a group page opens: a tab, and for the members tab an eligibility filter (dashboard links). */
export interface GroupFocus {
  tab?: 'members' | 'exceptions' | 'rules';
  eligibility?: 'in_charter' | 'exception' | 'outside';
  /** On the exceptions tab: the request to show first and mark (a dashboard line). */
  exceptionId?: number;
}

/** One route per menu section (spelled out per page, so a page's route can be picked by its key). */
export type SectionRoute = { [P in SectionPage]: { page: P } }[SectionPage];

/** What an incident report covers: one incident, every incident of a group, or a period (noticed dates). */
export type IncidentReportScope =
  | { kind: 'incident'; incidentId: number }
  | { kind: 'group'; groupId: string }
  | { kind: 'period'; since: string; until: string };

export type Route =
  | SectionRoute
  | ({ page: 'group'; id: string } & GroupFocus)
  | { page: 'person'; id: string }
  /** One runbook (operations): its plan, its walk or its report. */
  | { page: 'runbook'; id: number }
  | { page: 'incident'; id: number }
  /** `id` names the scope (`incident:3`, `group:…`, `period:…`) so two reports are two places. */
  | { page: 'incidentReport'; id: string; scope: IncidentReportScope };

/** The route of one page key: `RouteOf<'group'>` carries the group's id and focus. */
export type RouteOf<P extends Route['page']> = Extract<Route, { page: P }>;

interface NavState {
  route: Route;
  /** Position in this window's history; 0 is where the app started. */
  depth: number;
  go(route: Route): void;
  back(fallback: Route): void;
}

function sameRoute(a: Route, b: Route): boolean {
  return a.page === b.page && ('id' in a ? a.id : null) === ('id' in b ? b.id : null);
}

function isRoute(value: unknown): value is Route {
  return typeof value === 'object' && value !== null && typeof (value as { page?: unknown }).page === 'string';
}

export const useNav = create<NavState>()((set, get) => ({
  route: { page: 'dashboard' },
  depth: 0,
  go(route) {
    if (sameRoute(get().route, route)) return;
    const depth = get().depth + 1;
    window.history.pushState({ route, depth }, '');
    set({ route, depth });
    window.scrollTo({ top: 0 });
  },
  back(fallback) {
    if (get().depth > 0) window.history.back();
    else get().go(fallback);
  },
}));

/** The menu section a route belongs to (a group's page lights up "Groups"). */
export function sectionOf(route: Route): SectionPage {
  if (route.page === 'group') return 'groups';
  if (route.page === 'person') return 'people';
  if (route.page === 'runbook') return 'operations';
  if (route.page === 'incident' || route.page === 'incidentReport') return 'escalations';
  return route.page;
}

export function startHistory(): void {
  // A reload (or the app reopening its window) comes back to the page it showed.
  const kept = (window.history.state as { route?: unknown } | null)?.route;
  if (isRoute(kept) && kept.page === 'runbook') useNav.setState({ route: kept });
  window.history.replaceState({ route: useNav.getState().route, depth: 0 }, '');
  window.addEventListener('popstate', (event: PopStateEvent) => {
    const state = event.state as { route?: unknown; depth?: unknown } | null;
    if (isRoute(state?.route)) {
      useNav.setState({ route: state.route, depth: typeof state.depth === 'number' ? state.depth : 0 });
    }
  });
}
