/** The audit log: one page of events, newest first, optionally of one kind; and the kinds to filter by. */
import { call, caller } from '../../platform/api';
import { createQueryStore } from '../../platform/query';

export interface AuditParams {
  page: number;
  pageSize: number;
  kind: string | null;
}

export const useAuditLog = createQueryStore((p: AuditParams) =>
  call('events.list', {
    limit: p.pageSize,
    offset: (p.page - 1) * p.pageSize,
    ...(p.kind ? { kind: p.kind } : {}),
  }),
);

/** Every event kind in the log, for the filter. */
export const listEventKinds = caller('events.kinds');
