/**
 * A group's life after its task: an ad-hoc group's end date moved later when the task runs on,
 * and a group archived once nobody is left in it (or it is dissolved). Dissolution itself is a
 * runbook. Each command is one transaction with its event; a refusal changes nothing.
 */
import type { ChannelInput } from '../../../shared/contract';
import type { Group } from '../../../shared/domain';
import { LedgerError } from '../../../shared/errors';
import { stmt, transaction } from '../../db/database';
import { today, type ServiceContext } from '../../kernel/context';
import { appendEvent } from '../../kernel/events';
import { currentMemberCount, openRunbookOf } from '../../kernel/lifecycle';
import { activeGroup, getGroupRecord } from '../../kernel/records';
import { toGroup } from '../../kernel/rows';
import { updateGroup } from '../../kernel/store';

/** Moves an active ad-hoc group's end date to a later day, today at the earliest. */
export function extendEndDate(ctx: ServiceContext, input: ChannelInput<'groups.extendEndDate'>): Group {
  return transaction(ctx.db, () => {
    const before = activeGroup(ctx.db, input.groupId);
    if (before.kind !== 'adhoc') throw new LedgerError('group_not_adhoc', { group: before.name });
    const now = today(ctx.clock);
    if (input.endDate < now) throw new LedgerError('end_date_past', { date: input.endDate, today: now });
    if (before.endDate !== null && input.endDate <= before.endDate) {
      throw new LedgerError('end_date_not_later', { date: input.endDate, current: before.endDate });
    }
    const after: Group = { ...before, endDate: input.endDate };
    updateGroup(ctx.db, after);
    appendEvent(ctx, {
      kind: 'group.end_date_changed',
      subjects: [before.id],
      before: { endDate: before.endDate },
      after: { endDate: input.endDate, reason: input.reason?.trim() || null },
    });
    return after;
  });
}

/**
 * Archives a group nobody is in any more, or a dissolved one. Refused while people are still in
 * it (dissolve it first), while a runbook holds it, or when it is archived already.
 */
export function archiveGroup(ctx: ServiceContext, input: ChannelInput<'groups.archive'>): Group {
  return transaction(ctx.db, () => {
    const { db } = ctx;
    const before = toGroup(getGroupRecord(db, input.groupId));
    if (before.status === 'archived') throw new LedgerError('group_archived', { group: before.name });
    if (openRunbookOf(db, before.id)) throw new LedgerError('runbook_group_busy', { group: before.name });
    const members = currentMemberCount(db, before.id);
    if (before.status !== 'dissolved' && members > 0) {
      throw new LedgerError('group_has_members', { group: before.name, count: members });
    }
    stmt(db, `UPDATE groups SET status = 'archived' WHERE id = ?`).run(before.id);
    appendEvent(ctx, {
      kind: 'group.status_changed',
      subjects: [before.id],
      before: { status: before.status },
      after: { status: 'archived', runbookId: null, reason: input.reason?.trim() ?? '' },
    });
    return { ...before, status: 'archived' };
  });
}
