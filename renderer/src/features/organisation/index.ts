/**
 * The organisation: units and tiers. Other features read the structure (for charters, filters
 * and names) through `useStructure` and pick units with `UnitTreeSelect`.
 */
export { ensureStructure, useStructure } from './structure';
export { UnitTreeSelect } from './UnitTreeSelect';
