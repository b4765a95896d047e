import { describe, expect, it } from 'vitest';
import { registryBefore, openUpgraded, tableCounts } from './upgrade';
import { getRunbook, planRunbook, startRunbook } from '../../../electron/capabilities/runbooks';
import { fixedClock } from '../helpers';

describe('migration 0010: runbooks', () => {
  it('upgrades a populated version-3 registry: data intact, the runbook tables empty and usable', () => {
    const { path, counts } = registryBefore(10);
    expect(counts.runbooks).toBeUndefined();
    const { db, doctor } = openUpgraded(path);
    const after = tableCounts(db);
    for (const [table, n] of Object.entries(counts)) expect(after[table], table).toBe(n);
    expect(after).toMatchObject({ runbooks: 0, runbook_groups: 0, runbook_steps: 0 });
    expect(doctor.ok).toBe(true);
    // The old memberships plan and start a dissolve of the 100-member group.
    const clock = fixedClock('2026-11-21T09:00:00.000Z');
    const ctx = { db, clock, actor: '测试管理员' };
    const id = planRunbook(ctx, { kind: 'dissolve', groupId: 'group-middle-managers', reason: '升级后测试' });
    startRunbook(ctx, id);
    const view = getRunbook(db, clock, id);
    expect(view.progress.total).toBe(100);
    expect(view.report.snapshot[0]!.members).toHaveLength(100);
    db.close();
  });
});
