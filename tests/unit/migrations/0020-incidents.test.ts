import { describe, expect, it } from 'vitest';
import { registryBefore, openUpgraded, tableCounts } from './upgrade';
import { createIncident, listIncidents } from '../../../electron/capabilities/incidents';
import { openDatabase } from '../../../electron/db/database';
import { fixedClock } from '../helpers';

describe('migration 0020: incidents, their people, escalation steps and actions', () => {
  it('upgrades a populated version-3 registry: data intact, the new tables empty and usable', () => {
    const { path, counts } = registryBefore(20);
    expect(counts.incidents).toBeUndefined();
    const { db, doctor } = openUpgraded(path);
    const after = tableCounts(db);
    for (const [table, n] of Object.entries(counts)) expect(after[table], table).toBe(n);
    expect(after).toMatchObject({ incidents: 0, incident_people: 0, incident_steps: 0, incident_actions: 0 });
    expect(doctor.ok).toBe(true);
    const ctx = { db, clock: fixedClock('2026-11-20T09:00:00.000Z'), actor: '测试管理员' };
    const incident = createIncident(ctx, {
      kind: 'quarrel',
      severity: 'medium',
      groupId: 'group-middle-managers',
      occurredOn: '2019-03-14',
      noticedOn: '2019-03-14',
      summary: '两位同事在群里争执',
      people: [{ personId: 'person-quarrel-a', role: 'party' }],
    });
    expect(listIncidents(db, { groupId: 'group-middle-managers' }).rows.map((r) => r.id)).toEqual([incident.id]);
    db.close();
  });

  it('answers each list filter from an index', () => {
    const db = openDatabase(':memory:');
    const plan = (where: string) =>
      (
        db
          .prepare(`EXPLAIN QUERY PLAN SELECT * FROM incidents i WHERE ${where} ORDER BY i.noticed_on DESC, i.id DESC`)
          .all('x') as Array<{ detail: string }>
      )
        .map((r) => r.detail)
        .join(' | ');
    expect(plan('i.kind = ?')).toMatch(/USING (COVERING )?INDEX incidents_kind/);
    expect(plan('i.severity = ?')).toMatch(/USING (COVERING )?INDEX incidents_severity/);
    expect(plan('i.status = ?')).toMatch(/USING (COVERING )?INDEX incidents_status/);
    expect(plan('i.group_id = ?')).toMatch(/USING (COVERING )?INDEX incidents_group/);
    expect(plan('i.noticed_on >= ?')).toMatch(/incidents_noticed/);
    const waiting = db
      .prepare('EXPLAIN QUERY PLAN SELECT id FROM incident_steps WHERE decided_on IS NULL AND escalated_on < ?')
      .all('2026-01-01') as Array<{ detail: string }>;
    expect(waiting.map((r) => r.detail).join(' ')).toMatch(/incident_steps_waiting/);
    db.close();
  });
});
