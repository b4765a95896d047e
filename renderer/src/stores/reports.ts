/**
 * The scope-creep report, with each listed group's detail (charter, owner, exceptions) so every
 * section can say what the charter asks and which exception let someone in. The details are read
 * together before anything is shown, so a printed report is never missing a charter.
 */
import type { GroupDetail, ScopeCreepReport } from '../../../shared/contract';
import { call } from '../api';
import { createQueryStore } from './query';

export interface ScopeCreepView {
  report: ScopeCreepReport;
  /** Group id → its detail; null when the group could not be read (removed meanwhile). */
  details: Record<string, GroupDetail | null>;
}

/** At most this many group reads at a time, so a large registry does not queue hundreds at once. */
const PARALLEL = 6;

export async function loadScopeCreep(): Promise<ScopeCreepView> {
  const report = await call('reports.scopeCreep');
  const details: Record<string, GroupDetail | null> = {};
  const queue = report.groups.map((g) => g.groupId);
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      details[id] = await call('groups.get', { id }).catch(() => null);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, queue.length) }, worker));
  return { report, details };
}

export const useScopeCreep = createQueryStore((_: object) => loadScopeCreep());
