/** The dashboard's summary. */
import { call } from '../../platform/api';
import { createQueryStore } from '../../platform/query';

export const useDashboard = createQueryStore((_: object) => call('dashboard.summary'));

/** When the start of the app asked for the summary (primeDashboard), until the page takes it. */
let primedAt: number | null = null;

/**
 * Asks for the summary as soon as the console is known to open on the dashboard, while the page's
 * code is still being read and run: at 10,000 people its answer (about 140 ms) then comes before the
 * page first renders, instead of after it.
 */
export function primeDashboard(): void {
  primedAt = Date.now();
  // The page may have mounted first, inside the start's own state change (a store's update renders
  // at once), and asked already: a second request would make the page wait for the later answer.
  if (useDashboard.getState().loading) return;
  void useDashboard.getState().load({});
}

/** The page's own load as it mounts: skipped when the start's request is under way or just answered. */
export function loadDashboardOnMount(): void {
  const primed = primedAt !== null && Date.now() - primedAt < 5000;
  primedAt = null;
  if (!primed) void useDashboard.getState().load({});
}
