/** The audit log: one page of events, newest first, optionally of one kind. */
import { call } from '../../platform/api';
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
