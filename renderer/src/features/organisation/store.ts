/**
 * What the organisation page reads besides units and tiers (useStructure): everyone, so it can
 * count people per tier and list the people of the selected unit without a request per click —
 * and the unit and tier commands of the page.
 */
import { call, caller } from '../../platform/api';
import { createQueryStore } from '../../platform/query';

export const useOrgPeople = createQueryStore((_: object) => call('people.list', {}));

/** Creates, renames or moves a unit. */
export const saveUnit = caller('units.save');

/** Deletes an empty unit. */
export const deleteUnit = caller('units.delete');

/** Creates or renames a tier. */
export const saveTier = caller('tiers.save');

/** Puts the tiers in a new order, highest first. */
export const reorderTiers = caller('tiers.reorder');

/** Deletes a tier nobody is in. */
export const deleteTier = caller('tiers.delete');
