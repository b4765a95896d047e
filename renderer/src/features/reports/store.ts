/**
 * The scope-creep report. Each section reads its group's detail (charter, owner, exceptions) when
 * it is shown, so a registry with hundreds of crept groups does not read them all up front.
 */
import { call, caller } from '../../platform/api';
import { createQueryStore } from '../../platform/query';

export const useScopeCreep = createQueryStore((_: object) => call('reports.scopeCreep'));

/** One group's detail (charter, owner, exceptions) for its report section. */
export const getGroup = caller('groups.get');
