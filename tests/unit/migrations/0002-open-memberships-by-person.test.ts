import { describe, expect, it } from 'vitest';
import { registryBefore, openUpgraded, tableCounts } from './upgrade';

describe('migration 0002: open memberships by person', () => {
  it('upgrades a populated version-1 registry with every row and the history chain intact', () => {
    const { path, counts } = registryBefore(2);
    expect(counts.people).toBeGreaterThan(100);
    expect(counts.memberships).toBeGreaterThan(100);
    const { db, doctor } = openUpgraded(path);
    for (const [table, n] of Object.entries(counts)) expect(tableCounts(db)[table], table).toBe(n);
    expect(doctor.ok).toBe(true);
    // The new index answers "how many groups is this person in now".
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT count(*) FROM memberships WHERE person_id = ? AND left_on IS NULL')
      .all('x') as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toContain('memberships_open_person');
    db.close();
  });
});
