/** Groups: the searchable list, one group's page (now or as of a date) and its history. */
import { call } from '../../platform/api';
import { createQueryStore } from '../../platform/query';

export const useGroupList = createQueryStore((params: { query: string }) =>
  call('groups.list', params.query ? { query: params.query } : {}),
);

export interface GroupParams {
  id: string;
  asOf: string | null;
}

export const useGroupDetail = createQueryStore(
  (params: GroupParams) => call('groups.get', params.asOf ? { id: params.id, asOf: params.asOf } : { id: params.id }),
  { resetWhen: (prev, next) => prev?.id !== next.id },
);

export const useGroupHistory = createQueryStore(
  (params: { id: string }) => call('events.list', { subject: params.id, limit: 100 }),
  { resetWhen: (prev, next) => prev?.id !== next.id },
);
