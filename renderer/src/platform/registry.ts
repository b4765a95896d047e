/**
 * Keeps every loaded view fresh: main announces each committed change (from this window, another
 * window or the command line) and each store that has something loaded fetches it again. Bursts
 * (a demo load, an import) are coalesced into one refresh.
 */
import { onRegistryChanged } from './api';

type Refresher = () => void | Promise<void>;

const refreshers = new Set<Refresher>();
let timer: ReturnType<typeof setTimeout> | null = null;
let subscribed = false;

export function registerRefresher(refresh: Refresher): () => void {
  refreshers.add(refresh);
  return () => refreshers.delete(refresh);
}

/** Refreshes every loaded store now (after this window's own change, so it shows at once). */
export function refreshAll(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  for (const refresh of refreshers) void refresh();
}

function schedule(): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(refreshAll, 120);
}

/** Subscribes once, when the app starts; the API object must already exist. */
export function watchRegistry(): void {
  if (subscribed || !window.groupLedger) return;
  subscribed = true;
  onRegistryChanged(schedule);
}
