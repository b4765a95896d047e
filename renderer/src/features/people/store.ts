/** People: the searchable list, one person's page and their history. */
import { call } from '../../platform/api';
import { createQueryStore } from '../../platform/query';

export const usePeopleList = createQueryStore((params: { query: string }) =>
  call('people.list', params.query ? { query: params.query } : {}),
);

export const usePersonDetail = createQueryStore((params: { id: string }) => call('people.get', params), {
  resetWhen: (prev, next) => prev?.id !== next.id,
});

export const usePersonHistory = createQueryStore(
  (params: { id: string }) => call('events.list', { subject: params.id, limit: 100 }),
  { resetWhen: (prev, next) => prev?.id !== next.id },
);
