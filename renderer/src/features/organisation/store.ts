/**
 * What the organisation page reads besides units and tiers (useStructure): everyone, so it can
 * count people per tier and list the people of the selected unit without a request per click.
 */
import { call } from '../../platform/api';
import { createQueryStore } from '../../platform/query';

export const useOrgPeople = createQueryStore((_: object) => call('people.list', {}));
