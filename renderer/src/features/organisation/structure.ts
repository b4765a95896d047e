/** The organisation's units and tiers (for charters, filters and names). */
import { call } from '../../platform/api';
import { createQueryStore } from '../../platform/query';

export const useStructure = createQueryStore(async (_: object) => {
  const [units, tiers] = await Promise.all([call('units.list'), call('tiers.list')]);
  return { units, tiers };
});

export function ensureStructure(): void {
  const state = useStructure.getState();
  if (state.params === null) void state.load({});
}
