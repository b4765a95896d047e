import { describe, expect, it } from 'vitest';
import { registryBefore, openUpgraded, tableCounts } from './upgrade';

describe('migration 0032: the memberships’ role rule as comparisons', () => {
  it('upgrades a version-31 registry: every membership, reference and index kept, the same rules enforced', () => {
    const { path, counts } = registryBefore(32);
    expect(counts.memberships).toBeGreaterThan(100);
    const { db, doctor } = openUpgraded(path);
    expect(doctor.ok).toBe(true);
    const after = tableCounts(db);
    for (const [table, n] of Object.entries(counts)) expect(after[table], table).toBe(n);
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);

    const schema = (
      db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'memberships'").get() as { sql: string }
    ).sql;
    expect(schema).not.toMatch(/\bIN\s*\(/);
    const indexes = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'memberships'").all() as Array<{
        name: string;
      }>
    ).map((r) => r.name);
    expect(indexes.sort()).toEqual([
      'memberships_group',
      'memberships_open',
      'memberships_open_person',
      'memberships_person',
    ]);
    // The tables that refer to memberships still refer to the rebuilt one.
    for (const table of ['exceptions', 'runbook_steps']) {
      const refs = db.prepare(`PRAGMA foreign_key_list("${table}")`).all() as Array<{ table: string; from: string }>;
      expect(refs.find((r) => r.from === 'membership_id')?.table, table).toBe('memberships');
    }

    // The same rules: a role outside the three, a leave before the join, a second open membership.
    const row = db.prepare('SELECT * FROM memberships WHERE left_on IS NULL LIMIT 1').get() as Record<string, unknown>;
    const insert = (values: Record<string, unknown>) =>
      db
        .prepare(
          `INSERT INTO memberships (group_id, person_id, role, joined_on, left_on, basis)
           VALUES (:group_id, :person_id, :role, :joined_on, :left_on, 'charter')`,
        )
        .run(values as Record<string, string | null>);
    const base = { group_id: row.group_id, person_id: row.person_id, joined_on: '2020-01-01', left_on: '2020-02-01' };
    expect(() => insert({ ...base, role: 'boss' })).toThrow(/CHECK constraint failed/);
    expect(() => insert({ ...base, role: 'member', left_on: '2019-12-31' })).toThrow(/CHECK constraint failed/);
    expect(() => insert({ ...base, role: 'member', left_on: null })).toThrow(/UNIQUE constraint failed/);
    for (const role of ['owner', 'deputy', 'member']) expect(() => insert({ ...base, role })).not.toThrow();
    db.close();
  });
});
