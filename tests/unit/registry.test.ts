import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../electron/db/database';
import { SCHEMA_VERSION } from '../../electron/db/migrations';
import { findChainBreak, allEvents } from '../../electron/kernel/events';
import { groupMembers } from '../../electron/capabilities/groups/queries';
import { setCharter } from '../../electron/capabilities/groups/commands';
import { addMember, removeMember } from '../../electron/capabilities/membership/membership';
import { listPeople } from '../../electron/capabilities/directory/queries';
import { createOrganisation } from '../../electron/capabilities/organisation/organisation';
import { EMPTY_CHARTER } from '../../shared/domain';
import { LedgerError } from '../../shared/errors';
import { openTempDb, smallRegistry, tempDir } from './helpers';
import { listEvents } from '../../electron/capabilities/history/events';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return error instanceof LedgerError ? error.code : `not a LedgerError: ${String(error)}`;
  }
  return 'no error';
}

describe('registry storage', () => {
  it('opens durable: WAL, synchronous FULL, foreign keys, migrated to the current schema', () => {
    const { db } = openTempDb();
    expect((db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode).toBe('wal');
    expect((db.prepare('PRAGMA synchronous').get() as { synchronous: number }).synchronous).toBe(2);
    expect((db.prepare('PRAGMA foreign_keys').get() as { foreign_keys: number }).foreign_keys).toBe(1);
    expect((db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version).toBe(SCHEMA_VERSION);
  });

  it('refuses a registry written by a newer schema and leaves it untouched', () => {
    const dir = tempDir();
    const path = join(dir, 'registry.sqlite');
    const db = openDatabase(path);
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION + 5}`);
    db.close();
    expect(codeOf(() => openDatabase(path))).toBe('registry_newer');
  });

  it('keeps the history append-only', () => {
    const { ctx } = smallRegistry();
    expect(() => ctx.db.exec('DELETE FROM events')).toThrow(/append-only/);
    expect(() => ctx.db.exec("UPDATE events SET actor = 'someone else'")).toThrow(/append-only/);
  });

  it('records the organisation with its default tiers and an event', () => {
    const { db } = openTempDb();
    const ctx = { db, clock: { now: () => new Date('2024-01-01T00:00:00Z') }, actor: 'tester' };
    createOrganisation(ctx, { name: 'Đoàn khối', locale: 'vi' });
    expect(codeOf(() => createOrganisation(ctx, { name: 'again', locale: 'vi' }))).toBe('organisation_exists');
    const events = allEvents(db);
    expect(events.map((e) => e.kind)).toEqual(['organisation.created']);
    expect(events[0]!.actor).toBe('tester');
  });
});

describe('membership commands', () => {
  it('adds a member with who asked and who added, in the same transaction as its event', () => {
    const { ctx } = smallRegistry();
    // The charter names p-nhan, who is outside its tiers.
    setCharter(ctx, {
      groupId: 'g-middle',
      charter: { ...EMPTY_CHARTER, tierIds: ['tier-1', 'tier-2'], personIds: ['p-nhan'] },
    });
    const before = allEvents(ctx.db).length;
    const m = addMember(ctx, { groupId: 'g-middle', personId: 'p-nhan', requestedBy: 'p-zhang', addedBy: 'p-liwei' });
    expect(m).toMatchObject({ joinedOn: '2024-03-04', requestedBy: 'p-zhang', addedBy: 'p-liwei', role: 'member' });
    expect(m.basis).toBe('charter');
    const events = allEvents(ctx.db);
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)).toMatchObject({
      kind: 'membership.added',
      actor: 'tester',
      after: { check: { eligible: true, via: 'named', mismatches: [] } },
    });
    expect(findChainBreak(events)).toBeNull();
  });

  it.each([
    ['someone already in the group', { groupId: 'g-middle', personId: 'p-wang' }, 'membership_exists'],
    ['a person who has left', { groupId: 'g-middle', personId: 'p-left' }, 'person_left'],
    ['an unknown group', { groupId: 'g-nope', personId: 'p-wang' }, 'not_found'],
    ['an unknown person', { groupId: 'g-middle', personId: 'p-nope' }, 'not_found'],
  ])('refuses to add %s and changes nothing', (_label, input, code) => {
    const { ctx } = smallRegistry();
    const events = allEvents(ctx.db).length;
    const open = groupMembers(ctx.db, 'g-middle').length;
    expect(codeOf(() => addMember(ctx, input))).toBe(code);
    expect(allEvents(ctx.db)).toHaveLength(events);
    expect(groupMembers(ctx.db, 'g-middle')).toHaveLength(open);
  });

  it('removes one member with a reason, ending the interval', () => {
    const { ctx } = smallRegistry();
    const removed = removeMember(ctx, { groupId: 'g-middle', personId: 'p-wang', reason: '调离' });
    expect(removed).toMatchObject({ leftOn: '2024-03-04', leftReason: '调离' });
    expect(groupMembers(ctx.db, 'g-middle').map((m) => m.personId)).toEqual(['p-liwei']);
    expect(listEvents(ctx.db, { limit: 1, subject: 'p-wang' }).events[0]!.kind).toBe('membership.removed');
  });

  it('counts the whole history as the rows it holds, and a filtered one as the rows that match', () => {
    const { db } = openTempDb();
    expect(listEvents(db, { limit: 5 })).toEqual({ events: [], total: 0 });
    const { ctx } = smallRegistry();
    removeMember(ctx, { groupId: 'g-middle', personId: 'p-wang', reason: '调离' });
    const rows = (ctx.db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
    const page = listEvents(ctx.db, { limit: 2 });
    expect(rows).toBeGreaterThanOrEqual(2);
    expect(page.total).toBe(rows);
    expect(page.events.map((e) => e.seq)).toEqual([rows, rows - 1]);
    const removals = listEvents(ctx.db, { limit: 10, kind: 'membership.removed' });
    expect(removals.total).toBe(1);
  });

  it('never removes the owner, nor someone not in the group', () => {
    const { ctx } = smallRegistry();
    expect(codeOf(() => removeMember(ctx, { groupId: 'g-middle', personId: 'p-liwei', reason: 'x' }))).toBe(
      'owner_cannot_be_removed',
    );
    expect(codeOf(() => removeMember(ctx, { groupId: 'g-middle', personId: 'p-nhan', reason: 'x' }))).toBe(
      'not_a_member',
    );
    expect(groupMembers(ctx.db, 'g-middle')).toHaveLength(2);
  });
});

describe('members as of a date', () => {
  // 李伟 and 王强 founded the group on 03-01; 张敏 was in it from 03-02 until (not including) 03-03.
  it.each([
    ['2024-02-29', []],
    ['2024-03-01', ['p-liwei', 'p-wang']],
    ['2024-03-02', ['p-liwei', 'p-wang', 'p-zhang']],
    ['2024-03-03', ['p-liwei', 'p-wang']],
    ['2030-01-01', ['p-liwei', 'p-wang']],
  ])('on %s the group held %j', (date, expected) => {
    const { ctx } = smallRegistry();
    expect(
      groupMembers(ctx.db, 'g-middle', date)
        .map((m) => m.personId)
        .sort(),
    ).toEqual([...expected].sort());
  });
});

describe('search', () => {
  it.each([
    ['李伟', 'p-liwei'],
    ['lw', 'p-liwei'],
    ['liwei', 'p-liwei'],
    ['LI WEI', 'p-liwei'],
    ['nguyen trong nhan', 'p-nhan'],
    ['Nguyễn Trọng', 'p-nhan'],
    ['13800000001', 'p-liwei'],
    ['liwei_office', 'p-liwei'],
  ])('"%s" finds %s', (query, id) => {
    const { ctx } = smallRegistry();
    expect(listPeople(ctx.db, query).map((p) => p.id)).toContain(id);
  });

  it('finds nobody for a name that is not there', () => {
    const { ctx } = smallRegistry();
    expect(listPeople(ctx.db, 'xyz不存在')).toEqual([]);
  });
});

describe('doctor', () => {
  it('finds a history entry changed behind the app’s back and says which, in the UI language', async () => {
    const { runDoctor } = await import('../../electron/capabilities/history/doctor');
    const { doctorText } = await import('../../shared/i18n/doctor');
    const { ctx } = smallRegistry();
    removeMember(ctx, { groupId: 'g-middle', personId: 'p-wang', reason: '调离' });
    // (smallRegistry writes its rows straight into the tables, with no history to replay.)
    expect(runDoctor(ctx.db).checks.filter((c) => c.name !== 'replay' && !c.ok)).toEqual([]);
    // Someone edits the file with another tool: the triggers are dropped and an entry rewritten.
    ctx.db.exec('DROP TRIGGER events_append_only_update');
    ctx.db.exec("UPDATE events SET actor = 'someone else' WHERE seq = 1");
    const report = runDoctor(ctx.db);
    const chain = report.checks.find((c) => c.name === 'event_chain')!;
    expect(report.ok).toBe(false);
    expect(chain).toMatchObject({ ok: false, finding: 'chain_content', params: { seq: 1 } });
    expect(doctorText('zh-CN', chain.finding, chain.params)).toBe('第 1 条历史记录在写入后被改动过。');
  });
});
