/**
 * Runbooks (issue 9, capability C) on the county-bureau demo: a dissolve of the 100-member
 * middle-managers group to the end, undo, drift, an offboard with a successor, a rebuild of the
 * eligible members only, pause and pace; the guard cases are in runbook-guards.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  cancelRunbook,
  getRunbook,
  listRunbooks,
  pauseRunbook,
  planRunbook,
  recordStep,
  resumeRunbook,
  startRunbook,
  undoStep,
  updatePlan,
} from '../../electron/capabilities/runbooks';
import { runDoctor } from '../../electron/capabilities/history';
import { removeMember } from '../../electron/capabilities/membership';
import { allEvents } from '../../electron/kernel/events';
import { insertMembership } from '../../electron/kernel/store';
import { checkEventPayload } from '../../shared/events';
import { runbooksEvents } from '../../shared/events/runbooks';
import { errorOf } from './helpers';
import { bureau, groupStatus, MIDDLE, OFFICE, openMembers, walk } from './runbook-helpers';

const seen = new Set<string>();
function expectEventsFit(ctx: ReturnType<typeof bureau>['ctx']): void {
  for (const e of allEvents(ctx.db)) {
    seen.add(e.kind);
    expect(checkEventPayload(e.kind, e.before, e.after), `${e.seq} ${e.kind}`).toEqual({ ok: true });
  }
  expect(runDoctor(ctx.db).ok).toBe(true);
}

function dissolvePlan(ctx: ReturnType<typeof bureau>['ctx']) {
  return planRunbook(ctx, {
    kind: 'dissolve',
    groupId: MIDDLE,
    reason: '机构改革，中层干部群撤销',
    // The demo's voice-message incident (the second it records), named the way events name it.
    incidentId: 'incident-2',
    authorisation: { personId: 'person-001', position: '局长', on: '2026-11-19', documentRef: '局办〔2026〕12号' },
  });
}

describe('dissolve the 100-member middle-managers group', () => {
  it('plans everyone, the owner last; start snapshots and marks dissolving; the last step dissolves', () => {
    const { ctx, clock, db } = bureau();
    const id = dissolvePlan(ctx);
    const draft = getRunbook(db, clock, id);
    expect(draft).toMatchObject({ state: 'draft', kind: 'dissolve', progress: { done: 0, total: 100 } });
    expect(draft.steps.at(-1)).toMatchObject({ personId: 'person-liwei', role: 'owner', action: 'remove' });
    expect(draft.steps.at(-2)).toMatchObject({ personId: 'person-007', role: 'deputy' });
    const first = draft.steps[0]!;
    expect(first.handle).not.toBeNull();
    expect(first.unitName).not.toBeNull();
    expect(draft.authorisation).toMatchObject({
      personName: '刘兆振',
      position: '局长',
      documentRef: '局办〔2026〕12号',
    });

    startRunbook(ctx, id);
    expect(groupStatus(db, MIDDLE)).toBe('dissolving');
    const started = getRunbook(db, clock, id);
    expect(started.report.snapshot[0]!.members).toHaveLength(100);
    expect(started.carriedOutBy).toBe('李伟');

    walk(ctx, id, 1);
    const before = getRunbook(db, clock, id);
    expect(before.progress).toEqual({ done: 99, total: 100 });
    expect(before.next).toMatchObject({ personId: 'person-liwei' });
    expect(before.timeSpentMs).toBe(99 * 30_000);
    expect(before.estimateLeftMs).toBe(30_000);
    walk(ctx, id);

    const view = getRunbook(db, clock, id);
    expect(view.state).toBe('finished');
    expect(view.unfinishedDissolve).toBe(false);
    expect(groupStatus(db, MIDDLE)).toBe('dissolved');
    expect(openMembers(db, MIDDLE)).toBe(0);
    const left = db
      .prepare('SELECT DISTINCT left_reason AS r FROM memberships WHERE group_id = ? AND left_on = ?')
      .all(MIDDLE, '2026-11-20') as Array<{ r: string }>;
    expect(left.map((r) => r.r)).toEqual(['机构改革，中层干部群撤销']);
    expect(view.report).toMatchObject({
      reason: '机构改革，中层干部群撤销',
      incidentId: '2',
      carriedOutBy: '李伟',
      skipped: [],
      failed: [],
    });
    expect(view.report.people.every((s) => s.outcome === 'done' && s.at !== null)).toBe(true);
    // This runbook's events (the demo has runbooks of its own).
    const kinds = allEvents(db)
      .filter((e) => (e.after as { runbookId?: number } | null)?.runbookId === id)
      .map((e) => e.kind);
    expect(kinds.filter((k) => k === 'runbook.step_recorded')).toHaveLength(100);
    expect(kinds.filter((k) => k === 'group.status_changed')).toHaveLength(2);
    expect(
      JSON.parse(
        (db.prepare('SELECT deputy_ids FROM groups WHERE id = ?').get(MIDDLE) as { deputy_ids: string }).deputy_ids,
      ),
    ).toEqual([]);
    expect(listRunbooks(db, { state: 'finished', groupId: MIDDLE }).map((r) => r.id)).toEqual([id, 1]);
    expect(listRunbooks(db, { state: 'draft' })).toEqual([]);
    expectEventsFit(ctx);
  });

  it('a dissolve that ends with a step skipped leaves the group dissolving and says so', () => {
    const { ctx, clock, db } = bureau();
    const id = dissolvePlan(ctx);
    startRunbook(ctx, id);
    recordStep(ctx, { id, ord: 1, outcome: 'skipped', note: '本人已自行退群' });
    recordStep(ctx, { id, ord: 2, outcome: 'failed', note: '微信无法移出' });
    recordStep(ctx, { id, ord: 3, outcome: 'failed', note: '网络故障' });
    recordStep(ctx, { id, ord: 3, outcome: 'done' }); // a failed step tried again
    walk(ctx, id, 1);
    const owner = getRunbook(db, clock, id).next!;
    expect(errorOf(() => recordStep(ctx, { id, ord: owner.ord, outcome: 'done' }))).toMatchObject({
      code: 'runbook_owner_last',
      params: { person: owner.name, group: '中层干部工作群', left: 1 },
    });
    recordStep(ctx, { id, ord: owner.ord, outcome: 'failed', note: '群主暂不退群' });
    const view = getRunbook(db, clock, id);
    expect(view.state).toBe('finished');
    expect(view.unfinishedDissolve).toBe(true);
    expect(groupStatus(db, MIDDLE)).toBe('dissolving');
    expect(view.report.skipped.map((s) => s.note)).toEqual(['本人已自行退群']);
    expect(view.report.failed.map((s) => s.note)).toEqual(['微信无法移出', '群主暂不退群']);
    expect(openMembers(db, MIDDLE)).toBe(3);
  });
  it('plans the draft again at start from the memberships as they are then', () => {
    const { ctx, clock, db } = bureau();
    const id = dissolvePlan(ctx);
    const leaving = getRunbook(db, clock, id).steps[5]!;
    removeMember(ctx, { groupId: MIDDLE, personId: leaving.personId, reason: '退休' });
    startRunbook(ctx, id);
    const view = getRunbook(db, clock, id);
    expect(view.progress.total).toBe(99);
    expect(view.steps.some((s) => s.personId === leaving.personId)).toBe(false);
    expect(view.steps.at(-1)).toMatchObject({ ord: 99, personId: 'person-liwei' });
    expect(view.report.snapshot[0]!.members).toHaveLength(99);
    expect(
      allEvents(db)
        .map((e) => e.kind)
        .slice(-3),
    ).toEqual(['runbook.plan_updated', 'runbook.started', 'group.status_changed']);
  });
});

describe('undo, pause and drift', () => {
  it('undoes the last step: the closed membership is re-opened and the undo recorded', () => {
    const { ctx, clock, db } = bureau();
    const id = dissolvePlan(ctx);
    startRunbook(ctx, id);
    recordStep(ctx, { id, ord: 1, outcome: 'done' });
    recordStep(ctx, { id, ord: 2, outcome: 'skipped', note: '请假' });
    const step1 = getRunbook(db, clock, id).steps[0]!;
    expect(openMembers(db, MIDDLE)).toBe(99);
    undoStep(ctx, id); // the skip
    undoStep(ctx, id); // the removal
    expect(openMembers(db, MIDDLE)).toBe(100);
    const view = getRunbook(db, clock, id);
    expect(view.progress.done).toBe(0);
    expect(view.next?.ord).toBe(1);
    const reopened = db.prepare('SELECT left_on FROM memberships WHERE id = ?').get(step1.membershipId!) as {
      left_on: string | null;
    };
    expect(reopened.left_on).toBeNull();
    const undone = allEvents(db).filter((e) => e.kind === 'runbook.step_undone');
    expect(undone).toHaveLength(2);
    expect(undone[1]!.after).toMatchObject({ ord: 1, membership: { id: step1.membershipId, leftOn: null } });
    expect(errorOf(() => undoStep(ctx, id)).code).toBe('runbook_nothing_to_undo');
    // A deputy's removal undone puts them back on the deputy list.
    recordStep(ctx, { id, ord: 99, outcome: 'done' });
    undoStep(ctx, id);
    expect(db.prepare('SELECT deputy_ids FROM groups WHERE id = ?').get(MIDDLE)).toEqual({
      deputy_ids: '["person-007"]',
    });
    expectEventsFit(ctx);
  });

  it('leaves pauses out of the time spent and estimates the rest from the pace', () => {
    const { ctx, clock, db } = bureau();
    const id = dissolvePlan(ctx);
    startRunbook(ctx, id);
    clock.set('2026-11-20T09:01:00.000Z');
    recordStep(ctx, { id, ord: 1, outcome: 'done' });
    clock.set('2026-11-20T09:02:00.000Z');
    pauseRunbook(ctx, id);
    expect(errorOf(() => recordStep(ctx, { id, ord: 2, outcome: 'done' })).code).toBe('runbook_not_running');
    clock.set('2026-11-20T10:00:00.000Z');
    expect(getRunbook(db, clock, id).timeSpentMs).toBe(120_000);
    resumeRunbook(ctx, id);
    clock.set('2026-11-20T10:01:00.000Z');
    recordStep(ctx, { id, ord: 2, outcome: 'done' });
    const view = getRunbook(db, clock, id);
    expect(view.timeSpentMs).toBe(180_000);
    expect(view.estimateLeftMs).toBe(98 * 90_000);
    expectEventsFit(ctx);
  });

  it('shows a membership changed outside the runbook as drift and refuses to overwrite it', () => {
    const { ctx, clock, db } = bureau();
    const id = planRunbook(ctx, { kind: 'prune', groupId: MIDDLE, reason: '清理非中层人员' });
    startRunbook(ctx, id);
    const [a, b] = getRunbook(db, clock, id).steps;
    recordStep(ctx, { id, ord: a!.ord, outcome: 'done' });
    // b leaves through the group page; a is put back by hand.
    removeMember(ctx, { groupId: MIDDLE, personId: b!.personId, reason: '调离' });
    insertMembership(db, {
      groupId: MIDDLE,
      personId: a!.personId,
      role: 'member',
      joinedOn: '2026-11-20',
      leftOn: null,
      addedBy: null,
      requestedBy: null,
      basis: 'manual',
      basisRef: null,
      leftReason: null,
    });
    const view = getRunbook(db, clock, id);
    expect(view.steps[0]!.drift).toBe('re_added');
    expect(view.steps[1]!.drift).toBe('already_gone');
    expect(view.steps[2]!.drift).toBeNull();
    const refused = errorOf(() => recordStep(ctx, { id, ord: b!.ord, outcome: 'done' }));
    expect(refused).toMatchObject({ code: 'runbook_step_drift', params: { person: b!.name, group: '中层干部工作群' } });
    expect(errorOf(() => undoStep(ctx, id)).code).toBe('runbook_step_drift');
    recordStep(ctx, { id, ord: b!.ord, outcome: 'skipped', note: '已由群页面移出' });
    expect(getRunbook(db, clock, id).steps[1]).toMatchObject({ outcome: 'skipped', drift: null });
  });
});

describe('offboard and rebuild', () => {
  it('offboards a person from every group, the ownership transfer to the successor recorded first', () => {
    const { ctx, clock, db } = bureau();
    const reason = '调任县委办';
    expect(errorOf(() => planRunbook(ctx, { kind: 'offboard', personId: 'person-007', reason })).code).toBe(
      'runbook_successor_needed',
    );
    const id = planRunbook(ctx, {
      kind: 'offboard',
      personId: 'person-007',
      reason,
      successors: [{ groupId: OFFICE, personId: 'person-liwei' }],
    });
    const view = getRunbook(db, clock, id);
    expect(view.subject).toEqual({ personId: 'person-007', name: expect.any(String) });
    expect(view.groups.map((g) => g.groupId).sort()).toEqual(['group-leadership', MIDDLE, OFFICE].sort());
    const office = view.steps.filter((s) => s.groupId === OFFICE);
    expect(office.map((s) => [s.action, s.personId])).toEqual([
      ['transfer', 'person-liwei'],
      ['remove', 'person-007'],
    ]);
    expect(office[0]!.handle).toBe(view.steps.find((s) => s.personId === 'person-liwei')?.handle);
    startRunbook(ctx, id);
    expect(errorOf(() => recordStep(ctx, { id, ord: office[1]!.ord, outcome: 'done' })).code).toBe(
      'owner_cannot_be_removed',
    );
    recordStep(ctx, { id, ord: office[0]!.ord, outcome: 'done' });
    expect(db.prepare('SELECT owner_id FROM groups WHERE id = ?').get(OFFICE)).toEqual({ owner_id: 'person-liwei' });
    undoStep(ctx, id);
    expect(db.prepare('SELECT owner_id FROM groups WHERE id = ?').get(OFFICE)).toEqual({ owner_id: 'person-007' });
    walk({ ...ctx, clock }, id);
    expect(getRunbook(db, clock, id).state).toBe('finished');
    expect(db.prepare('SELECT owner_id FROM groups WHERE id = ?').get(OFFICE)).toEqual({ owner_id: 'person-liwei' });
    expect(
      db.prepare('SELECT count(*) AS n FROM memberships WHERE person_id = ? AND left_on IS NULL').get('person-007'),
    ).toEqual({ n: 0 });
    const kinds = allEvents(db).map((e) => e.kind);
    expect(kinds.lastIndexOf('group.owner_transferred')).toBeLessThan(kinds.lastIndexOf('membership.removed'));
    expectEventsFit(ctx);
  });

  it('rebuilds a dissolved group from its snapshot: eligible people only, the owner first', () => {
    const { ctx, clock, db } = bureau();
    expect(errorOf(() => planRunbook(ctx, { kind: 'rebuild', groupId: MIDDLE, reason: '恢复' })).code).toBe(
      'runbook_no_snapshot',
    );
    const dissolve = dissolvePlan(ctx);
    startRunbook(ctx, dissolve);
    walk({ ...ctx, clock }, dissolve);
    const id = planRunbook(ctx, { kind: 'rebuild', groupId: MIDDLE, reason: '机构改革撤回，恢复群' });
    const view = getRunbook(db, clock, id);
    expect(view.steps[0]).toMatchObject({ personId: 'person-liwei', action: 'add', role: 'owner' });
    expect(view.steps[1]).toMatchObject({ personId: 'person-007', role: 'deputy' });
    expect(view.notPlanned.find((n) => n.personId === 'person-leaver')).toMatchObject({ reason: 'left' });
    expect(view.notPlanned.some((n) => n.reason === 'outside_charter')).toBe(true);
    expect(view.steps.length + view.notPlanned.length).toBe(100);
    startRunbook(ctx, id);
    expect(groupStatus(db, MIDDLE)).toBe('active');
    walk({ ...ctx, clock }, id);
    expect(getRunbook(db, clock, id).state).toBe('finished');
    expect(openMembers(db, MIDDLE)).toBe(view.steps.length);
    expect(db.prepare('SELECT deputy_ids, owner_id FROM groups WHERE id = ?').get(MIDDLE)).toEqual({
      deputy_ids: '["person-007"]',
      owner_id: 'person-liwei',
    });
    expectEventsFit(ctx);
  });

  it('between them, the tests above write every runbook event kind (a draft changed and cancelled here)', () => {
    const { ctx, clock, db } = bureau();
    const id = planRunbook(ctx, { kind: 'prune', groupId: MIDDLE, reason: '清理' });
    const all = getRunbook(db, clock, id).steps;
    updatePlan(ctx, { id, personIds: [all[1]!.personId], reason: '清理离职人员' });
    expect(getRunbook(db, clock, id).steps.map((s) => s.personId)).toEqual([all[1]!.personId]);
    cancelRunbook(ctx, id, '改为整群解散');
    expect(getRunbook(db, clock, id)).toMatchObject({ state: 'cancelled', cancelReason: '改为整群解散' });
    expectEventsFit(ctx);
    expect(Object.keys(runbooksEvents).filter((k) => !seen.has(k))).toEqual([]);
  });
});
