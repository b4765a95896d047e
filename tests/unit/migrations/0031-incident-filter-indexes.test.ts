import { describe, expect, it } from 'vitest';
import { registryBefore, openUpgraded, tableCounts } from './upgrade';
import { listIncidents } from '../../../electron/capabilities/incidents';
import { openDatabase } from '../../../electron/db/database';

describe('migration 0031: incident list indexes for status with kind or severity', () => {
  it('upgrades a version-30 registry holding the demo incidents: rows intact, the same lists answered', () => {
    const { path, counts } = registryBefore(31);
    expect(counts.incidents).toBeGreaterThan(0);
    const { db, doctor } = openUpgraded(path);
    expect(doctor.ok).toBe(true);
    const after = tableCounts(db);
    for (const [table, n] of Object.entries(counts)) expect(after[table], table).toBe(n);
    const indexes = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'incidents'").all() as Array<{
        name: string;
      }>
    ).map((r) => r.name);
    expect(indexes).toEqual(expect.arrayContaining(['incidents_status_kind', 'incidents_status_severity']));
    // Every incident the upgraded registry lists under a status and kind is one of that status and kind.
    const all = listIncidents(db, { limit: 1000 }).rows;
    for (const row of all) {
      const page = listIncidents(db, { status: row.status, kind: row.kind, limit: 1000 });
      expect(page.rows.map((r) => r.id)).toEqual(
        all.filter((r) => r.status === row.status && r.kind === row.kind).map((r) => r.id),
      );
      expect(page.total).toBe(page.rows.length);
    }
    db.close();
  });

  it('answers status with kind, and status with severity, from one index in the list order', () => {
    const db = openDatabase(':memory:');
    const plan = (where: string) =>
      (
        db
          .prepare(`EXPLAIN QUERY PLAN SELECT * FROM incidents i WHERE ${where} ORDER BY i.noticed_on DESC, i.id DESC`)
          .all(...['x', 'y'].slice(0, (where.match(/\?\d/g) ?? []).length)) as Array<{ detail: string }>
      )
        .map((r) => r.detail)
        .join(' | ');
    expect(plan('i.kind = ?1 AND i.status = ?2')).toMatch(/INDEX incidents_status_kind \(status=\? AND kind=\?\)/);
    expect(plan('i.severity = ?1 AND i.status = ?2')).toMatch(
      /INDEX incidents_status_severity \(status=\? AND severity=\?\)/,
    );
    const count = (where: string) =>
      (
        db.prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM incidents i WHERE ${where}`).all('x', 'y') as Array<{
          detail: string;
        }>
      )
        .map((r) => r.detail)
        .join(' | ');
    expect(count('i.kind = ?1 AND i.status = ?2')).toMatch(/COVERING INDEX incidents_status_kind/);
    // The single filters keep the indexes of 0020.
    expect(plan('i.status = ?1')).toMatch(/INDEX incidents_status \(status=\?\)/);
    expect(plan('i.kind = ?1')).toMatch(/INDEX incidents_kind \(kind=\?\)/);
    db.close();
  });
});
