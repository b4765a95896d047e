/** Shared inputs of the incident tests. */
import type { ChannelInput } from '../../shared/contract';

/** A quarrel in the small registry's group (tests/unit/helpers.ts smallRegistry), with one person named twice. */
export const QUARREL: ChannelInput<'incidents.create'> = {
  kind: 'quarrel',
  severity: 'medium',
  groupId: 'g-middle',
  occurredOn: '2024-03-02',
  noticedOn: '2024-03-03',
  summary: '张敏与李伟因会议通知的转发在群里争执',
  people: [
    { personId: 'p-zhang', role: 'party' },
    { personId: 'p-liwei', role: 'party' },
    { personId: 'p-zhang', role: 'party' },
    { personId: 'p-nhan', role: 'witness' },
  ],
};
