/**
 * What the organisation page reads besides units and tiers (useStructure): everyone, so it can
 * count people per tier and list the people of the selected unit without a request per click.
 */
import { call } from '../../api';
import { createQueryStore } from '../../stores/query';

export const useOrgPeople = createQueryStore((_: object) => call('people.list', {}));
