/**
 * Runbooks (capability C): the list, one runbook, and the commands that plan and walk them.
 * Every command returns the runbook as the registry holds it after the commit; the page shows
 * that, so nothing of a walk lives only in React state and a reload resumes where it stopped.
 */
import { createStore, useStore, type StoreApi, type UseBoundStore } from 'zustand';
import { caller } from '../../platform/api';
import { createQueryStore } from '../../platform/query';
import { refreshWhileWatched } from '../../platform/registry';
import type { RunbookPageView } from '../../../../shared/contract';

export const listRunbooks = caller('runbooks.list');
export const planRunbook = caller('runbooks.plan');
export const updatePlan = caller('runbooks.updatePlan');
export const getGroupDetail = caller('groups.get');
export const exportRunbookReport = caller('runbooks.exportReport');
const getRunbookPage = caller('runbooks.page');
const startCall = caller('runbooks.start');
const stepCall = caller('runbooks.step');
const undoCall = caller('runbooks.undo');
const pauseCall = caller('runbooks.pause');
const resumeCall = caller('runbooks.resume');
const cancelCall = caller('runbooks.cancel');

/**
 * The runbooks as the registry lists them (kind, groups, state, reason, authorisation, progress):
 * what the Operations page and the dashboard's panel show. Not their views, which hold every step:
 * at the benchmark's large registry two unfinished runbooks came to 790 kB, and the Operations page
 * asked for every runbook's view, one call each.
 */
export const useRunbookSummaries = createQueryStore((_: object) => listRunbooks());

interface RunbookState {
  id: number | null;
  /** The walk (a few steps) while the runbook is walked; every step and the report otherwise. */
  view: RunbookPageView | null;
  loading: boolean;
  error: Error | null;
  load(id: number): Promise<void>;
  /** Shows what a command returned; any read started before it is dropped. */
  adopt(view: RunbookPageView): void;
}

let latest = 0;

/** The same runbook as shown, but for the time spent and the estimate (the page's clock ticks them). */
function sameView(shown: RunbookPageView | null, read: RunbookPageView): boolean {
  if (shown === null || shown.detail !== read.detail) return false;
  const timeless = (v: RunbookPageView) => JSON.stringify({ ...v, timeSpentMs: 0, estimateLeftMs: 0 });
  return timeless(shown) === timeless(read);
}

/** The runbook on screen, read from the registry (on open, after each command, on any change). */
const runbookApi = createStore<RunbookState>()((set, get) => ({
  id: null,
  view: null,
  loading: false,
  error: null,
  async load(id) {
    const mine = ++latest;
    set(get().id === id ? { loading: true, error: null } : { id, view: null, loading: true, error: null });
    try {
      const view = await getRunbookPage({ id });
      // The re-read after each step (the change is announced) usually finds what the step already
      // answered: the page is not drawn again for the clock alone.
      if (mine === latest) set(sameView(get().view, view) ? { loading: false } : { view, loading: false });
    } catch (error) {
      if (mine === latest) set({ error: error instanceof Error ? error : new Error(String(error)), loading: false });
    }
  },
  adopt(view) {
    latest++;
    set({ id: view.id, view, loading: false, error: null });
  },
}));

export const useRunbook = Object.assign(
  <T>(selector: (state: RunbookState) => T) => useStore(runbookApi, selector),
  runbookApi,
) as UseBoundStore<StoreApi<RunbookState>>;

refreshWhileWatched(runbookApi, () => {
  const id = runbookApi.getState().id;
  if (id !== null) return runbookApi.getState().load(id);
});

async function adopting<V extends RunbookPageView>(promise: Promise<V>): Promise<V> {
  const view = await promise;
  useRunbook.getState().adopt(view);
  return view;
}

export const startRunbook = (id: number) => adopting(startCall({ id }));
export const recordStep = (id: number, ord: number, outcome: 'done' | 'skipped' | 'failed', note?: string) =>
  adopting(stepCall({ id, ord, outcome, ...(note ? { note } : {}) }));
export const undoStep = (id: number) => adopting(undoCall({ id }));
export const pauseRunbook = (id: number) => adopting(pauseCall({ id }));
export const resumeRunbook = (id: number) => adopting(resumeCall({ id }));
export const cancelRunbook = (id: number, reason: string) => adopting(cancelCall({ id, reason }));
/** Changes a draft (refused by the registry once it has started); the page shows the plan as saved. */
export const editPlan = (input: Parameters<typeof updatePlan>[0]) => adopting(updatePlan(input));

/** The runbooks that hold a group or a person (their pages offer to open an open one). */
export const useSubjectRunbooks = createQueryStore((p: { groupId?: string; personId?: string }) => listRunbooks(p), {
  resetWhen: (prev, next) => prev?.groupId !== next.groupId || prev?.personId !== next.personId,
});

/** The runbooks linked to an incident (its page lists them with their state). */
export const useIncidentRunbooks = createQueryStore((p: { incidentId: number }) => listRunbooks(p), {
  resetWhen: (prev, next) => prev?.incidentId !== next.incidentId,
});
