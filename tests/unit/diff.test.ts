/**
 * Diff: two snapshots around a prune of the county bureau's middle-manager group show exactly the
 * people the prune removed (with its reason) and nothing else; two days of the registry around a
 * removal, a charter edit and a person's edit show the departure, the charter part and the changed
 * fields; the order of the sides
 * does not matter; a day after today is refused; the paper form is in the UI language.
 */
import { describe, expect, it } from 'vitest';
import { diffDocument, diffOf, type ResolvedSide } from '../../electron/capabilities/diff';
import { getGroup, setCharter } from '../../electron/capabilities/groups';
import { savePerson } from '../../electron/capabilities/directory';
import { addMember, removeMember } from '../../electron/capabilities/membership';
import { closeIncident, createIncident } from '../../electron/capabilities/incidents';
import { planRunbook, startRunbook } from '../../electron/capabilities/runbooks';
import { buildSnapshot } from '../../electron/capabilities/snapshots';
import { LedgerError } from '../../shared/errors';
import { bureau, MIDDLE, walk } from './runbook-helpers';

const snap = (s: ReturnType<typeof buildSnapshot>, fileName: string): ResolvedSide => ({
  kind: 'snapshot',
  snapshot: s,
  fileName,
});

describe('diff', () => {
  it('of two snapshots around a prune shows exactly the removed people, by name, with the reason', () => {
    const { ctx, clock, db } = bureau();
    const before = buildSnapshot(db, clock);
    const membersBefore = getGroup(db, MIDDLE).members.map((m) => m.name);
    clock.set('2026-11-25T09:00:00.000Z');
    const id = planRunbook(ctx, { kind: 'prune', groupId: MIDDLE, reason: '清理非中层人员' });
    startRunbook(ctx, id);
    walk(ctx, id);
    const membersAfter = new Set(getGroup(db, MIDDLE).members.map((m) => m.name));
    const removed = membersBefore.filter((n) => !membersAfter.has(n)).sort();
    expect(removed.length).toBeGreaterThan(0);
    clock.set('2026-11-26T09:00:00.000Z');
    const after = buildSnapshot(db, clock);

    // The later snapshot first: the diff still runs from the earlier one.
    const report = diffOf(db, clock, snap(after, 'after.json'), snap(before, 'before.json'));
    expect(report.from.fileName).toBe('before.json');
    expect(report.groups.map((g) => g.name)).toEqual(['中层干部工作群']);
    const middle = report.groups[0]!;
    expect(middle.left.map((m) => m.name).sort()).toEqual(removed);
    expect(new Set(middle.left.map((m) => m.reason))).toEqual(new Set(['清理非中层人员']));
    expect(middle.left.every((m) => m.on === '2026-11-25')).toBe(true);
    expect(middle.joined).toEqual([]);
    expect(report.totals).toMatchObject({ joined: 0, left: removed.length });
    expect(report.runbooks.opened).toHaveLength(1);
    expect(report.runbooks.opened[0]!.subject).toBe('中层干部工作群');
    expect(report.runbooks.closed).toHaveLength(1);
    expect(report.people).toEqual({ added: [], changed: [], left: [] });
    expect(JSON.stringify(report)).not.toMatch(/"name":"person-/);

    // Filtered to another group: nothing.
    const other = diffOf(db, clock, snap(before, 'b'), snap(after, 'a'), { groupId: 'group-office' });
    expect(other.groups).toEqual([]);
  });

  it('between two days of the registry shows a removal and the fields a person edit changed', () => {
    const { ctx, clock, db } = bureau();
    clock.set('2026-11-25T09:00:00.000Z');
    const member = getGroup(db, MIDDLE).members.find((m) => m.role === 'member')!;
    removeMember(ctx, { groupId: MIDDLE, personId: member.personId, reason: '调离本单位' });
    const detail = getGroup(db, MIDDLE).members.find((m) => m.role === 'member')!;
    const person = db.prepare('SELECT * FROM people WHERE id = ?').get(detail.personId) as { name: string };
    savePerson(ctx, {
      id: detail.personId,
      name: person.name,
      unitId: null,
      position: '副科长（新）',
      tierId: null,
      phone: null,
      handles: {},
      status: 'active',
      leftOn: null,
    } as never);
    const charter = getGroup(db, MIDDLE).group.charter;
    setCharter(ctx, { groupId: MIDDLE, charter: { ...charter, positions: [...charter.positions, '驻村第一书记'] } });
    clock.set('2026-11-27T09:00:00.000Z');

    const report = diffOf(db, clock, { kind: 'date', date: '2026-11-20' }, { kind: 'now' });
    expect(report.groups.find((g) => g.name === '中层干部工作群')!.charterParts).toEqual(['positions']);
    const middle = report.groups.find((g) => g.name === '中层干部工作群')!;
    expect(middle.left.map((m) => [m.name, m.reason, m.on])).toEqual([[member.name, '调离本单位', '2026-11-25']]);
    const changed = report.people.changed.find((c) => c.name === person.name)!;
    expect(changed.fields.map((f) => f.field)).toContain('position');
    expect(changed.fields.find((f) => f.field === 'position')!.to).toBe('副科长（新）');

    // The registry's days before the change show nothing; a day after today is refused.
    const quiet = diffOf(db, clock, { kind: 'date', date: '2026-11-19' }, { kind: 'date', date: '2026-11-20' });
    expect(quiet.groups.filter((g) => g.left.length > 0)).toEqual([]);
    expect(quiet.people.changed).toEqual([]);
    expect(quiet.groups.filter((g) => g.charterParts.length > 0)).toEqual([]);
    expect(() => diffOf(db, clock, { kind: 'date', date: '2026-12-01' }, { kind: 'now' })).toThrow(LedgerError);
  });

  it('between two days shows a person added and one who left the organisation, a role change, an incident opened and one closed, and narrows to a unit', () => {
    const { ctx, clock, db } = bureau();
    clock.set('2026-11-25T09:00:00.000Z');
    const person = (id: string) =>
      db.prepare('SELECT * FROM people WHERE id = ?').get(id) as Record<string, string | null>;
    const fields = (p: Record<string, string | null>) => ({
      name: p.name!,
      unitId: p.unit_id,
      position: p.position,
      tierId: p.tier_id,
      phone: p.phone,
      handles: {},
    });
    // A newcomer in the unit of the middle-manager group's first ordinary member.
    const member = getGroup(db, MIDDLE).members.find((m) => m.role === 'member')!;
    const unitId = person(member.personId).unit_id!;
    const added = savePerson(ctx, {
      ...fields({ ...person(member.personId), name: '新来的', phone: null }),
      status: 'active',
      leftOn: null,
    } as never);
    // Someone of another unit leaves the organisation on the 26th.
    const leaver = (
      db
        .prepare('SELECT id FROM people WHERE status = ? AND unit_id <> ? ORDER BY id LIMIT 1')
        .get('active', unitId) as { id: string }
    ).id;
    clock.set('2026-11-26T09:00:00.000Z');
    savePerson(ctx, { id: leaver, ...fields(person(leaver)), status: 'left', leftOn: '2026-11-26' } as never);
    // The member becomes a deputy: removed and added again the same day, as the platform does it.
    removeMember(ctx, { groupId: MIDDLE, personId: member.personId, reason: '改任副群主' });
    addMember(ctx, { groupId: MIDDLE, personId: member.personId, role: 'deputy' });
    // An incident opened and closed in the window, another opened and left open.
    const quarrel = {
      kind: 'quarrel' as const,
      severity: 'medium' as const,
      groupId: MIDDLE,
      occurredOn: '2026-11-26',
      summary: '群内争执',
      people: [],
    };
    const closed = createIncident(ctx, quarrel);
    closeIncident(ctx, { id: closed.id, closedOn: '2026-11-26' });
    const open = createIncident(ctx, { ...quarrel, summary: '发错群' });
    clock.set('2026-11-27T09:00:00.000Z');

    const report = diffOf(db, clock, { kind: 'date', date: '2026-11-24' }, { kind: 'now' });
    expect(report.people.added.map((p) => p.name)).toEqual(['新来的']);
    expect(report.people.left).toEqual([expect.objectContaining({ personId: leaver, leftOn: '2026-11-26' })]);
    const middle = report.groups.find((g) => g.groupId === MIDDLE)!;
    expect(middle.roles).toEqual([{ personId: member.personId, name: member.name, from: 'member', to: 'deputy' }]);
    expect(middle.left).toEqual([]);
    expect(middle.joined).toEqual([]);
    expect(report.totals).toMatchObject({ roles: 1 });
    expect(report.incidents.opened.map((i) => i.summary).sort()).toEqual(['发错群', '群内争执']);
    expect(report.incidents.closed.map((i) => i.id)).toEqual([closed.id]);
    expect(report.incidents.opened.find((i) => i.id === open.id)!.group).toBe('中层干部工作群');

    // Narrowed to the member's unit: the newcomer and the role change stay, the leaver of another unit goes.
    const unit = diffOf(db, clock, { kind: 'date', date: '2026-11-24' }, { kind: 'now' }, { unitId });
    expect(unit.people.added.map((p) => p.personId)).toEqual([added.id]);
    expect(unit.people.left).toEqual([]);
    expect(unit.groups.find((g) => g.groupId === MIDDLE)!.roles).toHaveLength(1);
  });

  it('on paper says the sides and the changes in Vietnamese', () => {
    const { ctx, clock, db } = bureau();
    clock.set('2026-11-25T09:00:00.000Z');
    const member = getGroup(db, MIDDLE).members.find((m) => m.role === 'member')!;
    removeMember(ctx, { groupId: MIDDLE, personId: member.personId, reason: 'chuyển công tác' });
    const report = diffOf(db, clock, { kind: 'date', date: '2026-11-20' }, { kind: 'now' });
    const doc = diffDocument(report, 'vi', '2026-11-25');
    expect(doc.title).toBe('Thay đổi từ cuối ngày 2026-11-20 đến hiện tại (2026-11-25)');
    const left = doc.sections.find((s) => s.type === 'table' && s.heading === 'Rời nhóm');
    expect(left).toMatchObject({ columns: expect.arrayContaining([expect.objectContaining({ header: 'Lý do' })]) });
    expect(left?.type === 'table' && left.rows).toEqual([
      ['中层干部工作群', member.name, member.unitName, 'Thành viên', '2026-11-25', 'chuyển công tác'],
    ]);
  });
});
