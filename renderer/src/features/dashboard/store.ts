/** The dashboard's summary. */
import { call } from '../../platform/api';
import { createQueryStore } from '../../platform/query';
import { askNamesFor } from '../../platform/eventText';
import { i18n } from '../../i18n/core';

export const useDashboard = createQueryStore(async (_: object) => {
  // The names' module comes with the page (its timeline uses it), not with the start: it reads a
  // limit of the contract, whose schemas the start-up script does without.
  const [summary, names] = await Promise.all([call('dashboard.summary'), import('../../platform/directory')]);
  // The recent history's names are asked for now, while the page renders the summary.
  askNamesFor(i18n.t, summary.recentEvents, names.currentDirectory());
  return summary;
});

/** When the start of the app asked for the summary (primeDashboard), until the page takes it. */
let primedAt: number | null = null;

/**
 * Asks for the summary as soon as the registry is known to be usable and the console to open on the
 * dashboard, right behind the settings and the organisation, while the page's code is still being
 * read and the shell built: the registry computes it meanwhile (at 10,000 people 130–580 ms, the
 * first call of a process the slowest), instead of after the shell has rendered.
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

let markShown: () => void = () => undefined;
const shown = new Promise<void>((resolve) => (markShown = resolve));

/**
 * Settles once the dashboard has shown its summary (or why it could not): the console's reading
 * ahead (the people and groups lists, the palette) waits for it, so it does not compete with the
 * first page for the registry and the window's thread.
 */
export const dashboardShown = (): Promise<void> => shown;

/** Called by the page once its summary or its error is on screen. */
export function dashboardIsShown(): void {
  markShown();
}
