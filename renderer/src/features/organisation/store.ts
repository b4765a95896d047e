/**
 * What the organisation page reads besides units and tiers (useStructure, which carry their
 * counts): the first people of the selected unit, as the people table orders them — never the
 * whole directory — and the unit and tier commands of the page.
 */
import type { Locale } from '../../../../shared/domain';
import { call, caller } from '../../platform/api';
import { createQueryStore } from '../../platform/query';

/** How many of a unit's people the side panel lists before "and N more". */
export const LISTED = 30;

/** The selected unit's first people (its sub-units' not included) and how many it has in all. */
export const useUnitPeople = createQueryStore(
  (params: { unitId: string; locale: Locale }) =>
    call('people.window', { locale: params.locale, offset: 0, limit: LISTED, filters: { unitId: [params.unitId] } }),
  { resetWhen: (prev, next) => prev?.unitId !== next.unitId },
);

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
