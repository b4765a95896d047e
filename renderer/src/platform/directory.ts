/**
 * Names of people and groups by id, so history entries can say "李伟 joined 中层干部工作群"
 * rather than show ids. Loaded once and refreshed on registry changes.
 */
import { call } from './api';
import { createQueryStore } from './query';

export interface Directory {
  people: Map<string, string>;
  groups: Map<string, string>;
}

export const useDirectory = createQueryStore(async (_: { all: true }): Promise<Directory> => {
  const [people, groups] = await Promise.all([call('people.list', {}), call('groups.list', {})]);
  return {
    people: new Map(people.map((p) => [p.id, p.name])),
    groups: new Map(groups.map((g) => [g.id, g.name])),
  };
});

export function ensureDirectory(): void {
  const state = useDirectory.getState();
  if (state.params === null) void state.load({ all: true });
}
