/**
 * A small factory for read-only domain stores: parameters in, one result out, with loading and
 * error state. Responses that arrive after a newer request are dropped, so a fast typist never
 * sees an older search overwrite a newer one.
 */
import { createStore, useStore, type StoreApi, type UseBoundStore } from 'zustand';
import { refreshWhileWatched } from './registry';

export interface QueryState<P, R> {
  params: P | null;
  data: R | null;
  loading: boolean;
  error: Error | null;
  load(params: P): Promise<void>;
  /**
   * Loads unless the store already holds, or is loading, the answer for these parameters (compared
   * as JSON): what it holds is kept fresh by registry changes (refreshWhileWatched), so a page that
   * opens on a list read ahead does not read 10,000 rows again as it appears.
   */
  ensure(params: P): Promise<void>;
  refresh(): Promise<void>;
  clear(): void;
}

interface Options<P> {
  /** Drop the shown result when the new parameters name a different thing (another group). */
  resetWhen?: (prev: P | null, next: P) => boolean;
}

export function createQueryStore<P, R>(fetcher: (params: P) => Promise<R>, options: Options<P> = {}) {
  let latest = 0;
  const api = createStore<QueryState<P, R>>()((set, get) => ({
    params: null,
    data: null,
    loading: false,
    error: null,
    async load(params) {
      const mine = ++latest;
      const reset = options.resetWhen?.(get().params, params) ?? false;
      set(reset ? { params, loading: true, error: null, data: null } : { params, loading: true, error: null });
      try {
        const data = await fetcher(params);
        if (mine === latest) set({ data, loading: false });
      } catch (error) {
        if (mine === latest) set({ error: error instanceof Error ? error : new Error(String(error)), loading: false });
      }
    },
    async ensure(params) {
      const { params: held, data, loading, error } = get();
      const same = held !== null && JSON.stringify(held) === JSON.stringify(params);
      if (same && !error && (data !== null || loading)) return;
      await get().load(params);
    },
    async refresh() {
      const params = get().params;
      if (params !== null) await get().load(params);
    },
    clear() {
      latest++;
      set({ params: null, data: null, loading: false, error: null });
    },
  }));
  refreshWhileWatched(api, () => api.getState().refresh());
  // The hook reads the api whose subscribe counts the watchers.
  const hook = <T>(selector: (state: QueryState<P, R>) => T) => useStore(api, selector);
  return Object.assign(hook, api) as UseBoundStore<StoreApi<QueryState<P, R>>>;
}
