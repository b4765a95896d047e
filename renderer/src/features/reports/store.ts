/**
 * The scope-creep report. The page first reads every group's counts (no people: at 10,000 people
 * the whole report is a 13 MB answer); each section's people are read when the section is shown,
 * a hundred groups per call at most, and all of them before the whole report is printed. Each
 * section also reads its group's detail (charter, owner, exceptions) when it is shown.
 */
import { create } from 'zustand';
import { SCOPE_CREEP_GROUPS_MAX, type ScopeCreepEntry } from '../../../../shared/contract';
import { call, caller } from '../../platform/api';
import { createQueryStore } from '../../platform/query';

export const useScopeCreep = createQueryStore((_: object) => call('reports.scopeCreep'));

/** One group's detail (charter, owner, exceptions) for its report section. */
export const getGroup = caller('groups.get');

interface Sections {
  /** The report these sections belong to (its generatedAt): a new report reads them again. */
  stamp: string | null;
  /** Group id → the people outside its charter; a group no longer crept holds an empty list. */
  entries: ReadonlyMap<string, ScopeCreepEntry[]>;
  error: Error | null;
}

export const useCreepSections = create<Sections>(() => ({ stamp: null, entries: new Map(), error: null }));

const pending = new Map<string, Promise<void>>();

/**
 * Reads the people of these groups' sections (those not read yet for this report), in calls of at
 * most SCOPE_CREEP_GROUPS_MAX groups; `onBatch` hears how many are read so far.
 */
export async function loadSections(
  stamp: string,
  groupIds: readonly string[],
  onBatch?: (done: number, total: number) => void,
): Promise<void> {
  if (useCreepSections.getState().stamp !== stamp) {
    pending.clear();
    useCreepSections.setState({ stamp, entries: new Map(), error: null });
  }
  const missing = groupIds.filter((id) => !useCreepSections.getState().entries.has(id));
  const waits: Promise<void>[] = [];
  const fresh = missing.filter((id) => {
    const running = pending.get(id);
    if (running) waits.push(running);
    return !running;
  });
  let done = groupIds.length - missing.length;
  onBatch?.(done, groupIds.length);
  for (let i = 0; i < fresh.length; i += SCOPE_CREEP_GROUPS_MAX) {
    const batch = fresh.slice(i, i + SCOPE_CREEP_GROUPS_MAX);
    const read = call('reports.scopeCreepGroups', { groupIds: batch }).then(
      (groups) => {
        if (useCreepSections.getState().stamp !== stamp) return;
        const entries = new Map(useCreepSections.getState().entries);
        for (const id of batch) entries.set(id, []);
        for (const g of groups) entries.set(g.groupId, g.entries);
        useCreepSections.setState({ entries });
      },
      (error: unknown) => {
        useCreepSections.setState({ error: error instanceof Error ? error : new Error(String(error)) });
        throw error;
      },
    );
    batch.forEach((id) => pending.set(id, read));
    try {
      await read;
    } finally {
      batch.forEach((id) => pending.delete(id));
    }
    done += batch.length;
    onBatch?.(Math.min(done, groupIds.length), groupIds.length);
  }
  await Promise.all(waits);
}
