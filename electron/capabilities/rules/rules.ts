/**
 * A group's rules as versioned text (story 2: after the quarrel the administrator wrote rules),
 * and acknowledgements per member per version. Versions count up from 1 and are never edited;
 * "current" is the newest. Who still has to acknowledge is asked of the group's current members.
 */
import type { ChannelInput, RulesView } from '../../../shared/contract';
import type { RuleVersion } from '../../../shared/domain';
import { LedgerError } from '../../../shared/errors';
import { readTransaction, stmt, transaction, type Db } from '../../db/database';
import { recordedDay, today, type ServiceContext } from '../../kernel/context';
import { appendEvent } from '../../kernel/events';
import { toRuleVersion } from '../../kernel/rows';
import { insertAcknowledgement, insertRuleVersion } from '../../kernel/store';
import { activeGroup, currentMembership, getGroupRecord } from '../../kernel/records';

type RuleRecord = Parameters<typeof toRuleVersion>[0];

function versions(db: Db, groupId: string): RuleVersion[] {
  return (
    stmt(db, 'SELECT * FROM rules WHERE group_id = ? ORDER BY version DESC').all(groupId) as unknown as RuleRecord[]
  ).map(toRuleVersion);
}

/** Every version newest first, and how the group's current members stand against the newest. */
export function getRules(db: Db, groupId: string): RulesView {
  return readTransaction(db, () => {
    getGroupRecord(db, groupId);
    const all = versions(db, groupId);
    const current = all[0] ?? null;
    if (!current) return { groupId, versions: [], current: null, acknowledged: [], notAcknowledged: [] };
    const members = stmt(
      db,
      `SELECT p.id, p.name,
         (SELECT a.acknowledged_on FROM acknowledgements a
            WHERE a.group_id = m.group_id AND a.person_id = p.id AND a.version = ?) AS acknowledged_on,
         (SELECT max(a.version) FROM acknowledgements a
            WHERE a.group_id = m.group_id AND a.person_id = p.id) AS last_version
       FROM memberships m JOIN people p ON p.id = m.person_id
       WHERE m.group_id = ? AND m.left_on IS NULL
       ORDER BY p.name`,
    ).all(current.version, groupId) as Array<{
      id: string;
      name: string;
      acknowledged_on: string | null;
      last_version: number | null;
    }>;
    return {
      groupId,
      versions: all,
      current,
      acknowledged: members
        .filter((m) => m.acknowledged_on !== null)
        .map((m) => ({ personId: m.id, name: m.name, acknowledgedOn: m.acknowledged_on! })),
      notAcknowledged: members
        .filter((m) => m.acknowledged_on === null)
        .map((m) => ({ personId: m.id, name: m.name, lastVersion: m.last_version })),
    };
  });
}

/**
 * Publishes the next version of a group's rules (effective today unless a date is given). A group
 * being dissolved, dissolved or archived keeps the rules it had.
 */
export function publishRules(ctx: ServiceContext, input: ChannelInput<'rules.publish'>): RuleVersion {
  return transaction(ctx.db, () => {
    const group = activeGroup(ctx.db, input.groupId);
    const last = stmt(ctx.db, 'SELECT max(version) AS v FROM rules WHERE group_id = ?').get(group.id) as {
      v: number | null;
    };
    const rule: RuleVersion = {
      groupId: group.id,
      version: (last.v ?? 0) + 1,
      text: input.text.trim(),
      effectiveOn: input.effectiveOn ?? today(ctx.clock),
      publishedAt: ctx.clock.now().toISOString(),
    };
    insertRuleVersion(ctx.db, rule);
    appendEvent(ctx, { kind: 'rules.published', subjects: [group.id], after: rule });
    return rule;
  });
}

/**
 * Records that current members acknowledged a version. Everyone named must be a current member
 * (else nothing is recorded); people who already acknowledged that version are skipped.
 */
export function acknowledgeRules(ctx: ServiceContext, input: ChannelInput<'rules.acknowledge'>): { recorded: number } {
  return transaction(ctx.db, () => {
    const group = activeGroup(ctx.db, input.groupId);
    const rule = stmt(ctx.db, 'SELECT * FROM rules WHERE group_id = ? AND version = ?').get(group.id, input.version) as
      RuleRecord | undefined;
    if (!rule) throw new LedgerError('rules_version_unknown', { group: group.name, version: input.version });
    const personIds = [...new Set(input.personIds)];
    const fresh: string[] = [];
    for (const personId of personIds) {
      const person = stmt(ctx.db, 'SELECT id, name FROM people WHERE id = ?').get(personId) as
        { id: string; name: string } | undefined;
      if (!person) throw new LedgerError('not_found', { kind: 'person', id: personId });
      if (!currentMembership(ctx.db, group.id, personId))
        throw new LedgerError('not_a_member', { person: person.name, group: group.name });
      const already = stmt(
        ctx.db,
        'SELECT 1 AS x FROM acknowledgements WHERE group_id = ? AND version = ? AND person_id = ?',
      ).get(group.id, input.version, personId);
      if (!already) fresh.push(personId);
    }
    if (fresh.length === 0) return { recorded: 0 };
    const acknowledgedOn = recordedDay(ctx.clock, input.acknowledgedOn);
    for (const personId of fresh) {
      insertAcknowledgement(ctx.db, { groupId: group.id, version: input.version, personId, acknowledgedOn });
    }
    appendEvent(ctx, {
      kind: 'rules.acknowledged',
      subjects: [group.id, ...fresh],
      after: { groupId: group.id, version: input.version, acknowledgedOn, personIds: fresh },
    });
    return { recorded: fresh.length };
  });
}
