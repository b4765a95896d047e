import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { registryBefore, openUpgraded, tableCounts } from './upgrade';
import { addKind, createIncident, listIncidents, listKinds } from '../../../electron/capabilities/incidents';
import { fixedClock } from '../helpers';

describe('migration 0030: incident kinds the administrator can edit', () => {
  it('upgrades a version-20 registry with incidents: rows, references and indexes intact, kinds listed', () => {
    const { path, counts } = registryBefore(30);
    expect(counts.incidents).toBeGreaterThan(0);
    expect(counts.incident_kinds).toBeUndefined();
    const old = new DatabaseSync(path);
    const ROWS = 'SELECT * FROM incidents ORDER BY id';
    const rowsBefore = old.prepare(ROWS).all();
    old.close();

    const { db, doctor } = openUpgraded(path);
    const after = tableCounts(db);
    for (const [table, n] of Object.entries(counts)) expect(after[table], table).toBe(n);
    expect(after.incident_kinds).toBe(6);
    // The rebuilt table holds the same rows, column for column.
    expect(db.prepare(ROWS).all()).toEqual(rowsBefore);
    const rows = rowsBefore as Array<{ id: number }>;
    expect(doctor.ok).toBe(true);
    // Foreign keys are on again once the rebuild is done, and the new one holds.
    expect(db.prepare('PRAGMA foreign_keys').get()).toEqual({ foreign_keys: 1 });
    expect(() => db.prepare("UPDATE incidents SET kind = 'no_such_kind' WHERE id = ?").run(rows[0]!.id)).toThrow(
      /FOREIGN KEY/,
    );
    expect(() => db.prepare('DELETE FROM incidents WHERE id = ?').run(rows[0]!.id)).toThrow(/FOREIGN KEY/);
    // The list filters still lead with their indexes.
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT * FROM incidents i WHERE i.kind = ? ORDER BY i.noticed_on DESC, i.id DESC')
      .all('quarrel') as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/incidents_kind/);

    expect(listKinds(db).map((k) => k.id)).toEqual([
      'quarrel',
      'confidential_leak',
      'off_topic_or_flooding',
      'scope_creep',
      'rule_breach',
      'other',
    ]);
    const used = listKinds(db).reduce((n, k) => n + k.incidents, 0);
    expect(used).toBe(counts.incidents);
    // A kind of the administrator's own can be added and used at once.
    const ctx = { db, clock: fixedClock('2026-11-20T09:00:00.000Z'), actor: '测试管理员' };
    const own = addKind(ctx, { label: '刷屏广告' }).find((k) => !k.builtin)!;
    const incident = createIncident(ctx, {
      kind: own.id,
      severity: 'low',
      groupId: null,
      occurredOn: '2026-11-19',
      summary: '有人在群里连续发广告',
      people: [],
    });
    expect(listIncidents(db, { kind: own.id }).rows.map((r) => [r.id, r.kindLabel])).toEqual([
      [incident.id, '刷屏广告'],
    ]);
    db.close();
  });
});
