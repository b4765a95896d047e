/**
 * Keeps every loaded view fresh: main announces each committed change (from this window, another
 * window or the command line) and each store that has something loaded fetches it again. Bursts
 * (a demo load, an import) are coalesced into one refresh.
 */
import type { StoreApi } from 'zustand';
import { onRegistryChanged } from './api';

type Refresher = () => void | Promise<void>;

const refreshers = new Set<Refresher>();
let timer: ReturnType<typeof setTimeout> | null = null;
let subscribed = false;

export function registerRefresher(refresh: Refresher): () => void {
  refreshers.add(refresh);
  return () => refreshers.delete(refresh);
}

/**
 * Registers a store's refresh so that it runs only while something on screen watches the store
 * (a mounted component subscribed to it). A change while nobody watches only marks it stale; the
 * next component that subscribes gets it fetched again. So a walk step re-reads the runbook on
 * screen, not every list the administrator opened earlier in the session (at 10,000 people the
 * people list alone is megabytes).
 */
export function refreshWhileWatched<S>(api: StoreApi<S>, refresh: () => void | Promise<void>): void {
  let watchers = 0;
  let stale = false;
  const subscribe = api.subscribe;
  api.subscribe = (listener) => {
    watchers++;
    if (watchers === 1 && stale) {
      stale = false;
      // Not inside React's subscribe call: the refresh sets state.
      queueMicrotask(() => void refresh());
    }
    const off = subscribe(listener);
    return () => {
      watchers--;
      off();
    };
  };
  registerRefresher(() => {
    if (watchers > 0) return refresh();
    stale = true;
  });
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
