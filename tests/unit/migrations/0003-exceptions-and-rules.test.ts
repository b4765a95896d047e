import { describe, expect, it } from 'vitest';
import { registryBefore, openUpgraded, tableCounts } from './upgrade';
import { getGroup } from '../../../electron/capabilities/groups';

describe('migration 0003: exceptions, rules and acknowledgements', () => {
  it('upgrades a populated version-2 registry: data intact, the new tables empty and usable', () => {
    const { path, counts } = registryBefore(3);
    expect(counts.exceptions).toBeUndefined();
    const { db, doctor } = openUpgraded(path);
    const after = tableCounts(db);
    for (const [table, n] of Object.entries(counts)) expect(after[table], table).toBe(n);
    expect(after).toMatchObject({ exceptions: 0, rules: 0, acknowledgements: 0 });
    expect(doctor.ok).toBe(true);
    // The group page reads the old memberships through the new joins.
    const group = getGroup(db, 'group-middle-managers');
    expect(group.members.length).toBe(100);
    db.close();
  });
});
