/**
 * The demos' casework (capabilities C and D), written through the real commands: the county
 * bureau's quarrel and voice-message incidents, its finished offboarding, interrupted prune and
 * planned dissolution; the youth union's off-topic post. (Apart from demo.test.ts, which is full.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/db/database';
import type { Clock, ServiceContext } from '../../electron/kernel/context';
import { dashboardSummary } from '../../electron/capabilities/insights/dashboard';
import { BUREAU_CAST as C, BUREAU_RULES_ISSUED, BUREAU_VOICE_MESSAGE } from '../../electron/seeds/demo/countyBureau';
import { loadDemo, type DemoKind } from '../../electron/seeds/demo';
import { YOUTH_CAST } from '../../electron/seeds/demo/youthUnion';
import { allEvents, findChainBreak } from '../../electron/kernel/events';
import { getGroup } from '../../electron/capabilities/groups/queries';
import { getIncident, listIncidents } from '../../electron/capabilities/incidents';
import { getRunbook, listRunbooks } from '../../electron/capabilities/runbooks';
import { buildSnapshot, parseSnapshot } from '../../electron/capabilities/snapshots';

const NOW = new Date('2025-06-15T06:00:00Z');
const TODAY = '2025-06-15';
const clock: Clock = { now: () => NOW };

let db: Db | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
});

function load(kind: DemoKind): ServiceContext {
  db = openDatabase(':memory:');
  const ctx: ServiceContext = { db, actor: 'test', clock };
  loadDemo(ctx, kind, kind === 'youth-union' ? 'vi' : 'zh-CN');
  return ctx;
}

/** Every date the casework holds is on or before the demo's today, every instant before its now. */
function expectNothingInTheFuture(): void {
  const dates = db!
    .prepare(
      `SELECT occurred_on AS d FROM incidents UNION ALL SELECT noticed_on FROM incidents
       UNION ALL SELECT closed_on FROM incidents WHERE closed_on IS NOT NULL
       UNION ALL SELECT escalated_on FROM incident_steps UNION ALL SELECT decided_on FROM incident_steps
         WHERE decided_on IS NOT NULL
       UNION ALL SELECT taken_on FROM incident_actions UNION ALL SELECT authorised_on FROM runbooks
         WHERE authorised_on IS NOT NULL`,
    )
    .all() as Array<{ d: string }>;
  expect(dates.filter((r) => r.d > TODAY)).toEqual([]);
  const instants = db!
    .prepare(
      `SELECT created_at AS t FROM runbooks UNION ALL SELECT started_at FROM runbooks WHERE started_at IS NOT NULL
       UNION ALL SELECT paused_at FROM runbooks WHERE paused_at IS NOT NULL
       UNION ALL SELECT ended_at FROM runbooks WHERE ended_at IS NOT NULL
       UNION ALL SELECT at FROM runbook_steps WHERE at IS NOT NULL`,
    )
    .all() as Array<{ t: string }>;
  expect(instants.filter((r) => r.t >= NOW.toISOString())).toEqual([]);
  const events = allEvents(db!);
  expect(findChainBreak(events)).toBeNull();
  for (let i = 1; i < events.length; i++) expect(events[i]!.at >= events[i - 1]!.at).toBe(true);
  expect(() => parseSnapshot(JSON.stringify(buildSnapshot(db!, clock)))).not.toThrow();
}

describe('county-bureau casework', () => {
  it('records the quarrel of D+10: two parties, the office director, warnings, the rules, closed', () => {
    const ctx = load('county-bureau');
    const [quarrel] = listIncidents(ctx.db, { kind: 'quarrel' }).rows;
    const detail = getIncident(ctx.db, clock, quarrel!.id);
    expect(detail).toMatchObject({ status: 'closed', occurredOn: '2019-03-14', closedOn: BUREAU_RULES_ISSUED });
    expect(detail.groupId).toBe(C.middleManagersGroup);
    expect(detail.people.filter((p) => p.role === 'party').map((p) => p.personId)).toEqual(
      [C.quarrelA, C.quarrelB].sort(),
    );
    expect(detail.steps).toHaveLength(1);
    expect(detail.steps[0]).toMatchObject({ to: { ref: C.officeHead }, decidedBy: { ref: C.officeHead } });
    expect(detail.steps[0]!.to.label).toBe(
      (ctx.db.prepare('SELECT name FROM people WHERE id = ?').get(C.officeHead) as { name: string }).name,
    );
    expect(detail.actions.map((a) => [a.kind, a.targetPersonId, a.link])).toEqual([
      ['warning', C.quarrelA, null],
      ['warning', C.quarrelB, null],
      ['rules_changed', null, '1'],
    ]);
    // The rules it links are the group's v1, with their acknowledgements.
    expect(getGroup(ctx.db, C.middleManagersGroup).rules).toMatchObject({
      version: 1,
      effectiveOn: BUREAU_RULES_ISSUED,
    });
  });

  it('records the voice message under the emoji flood: critical, leader A and the director, dissolve planned', () => {
    const ctx = load('county-bureau');
    const [voice] = listIncidents(ctx.db, { kind: 'confidential_leak' }).rows;
    const detail = getIncident(ctx.db, clock, voice!.id);
    expect(detail).toMatchObject({ severity: 'critical', status: 'decided', occurredOn: BUREAU_VOICE_MESSAGE });
    expect(detail.summary).toContain('表情包');
    expect(detail.people).toContainEqual(expect.objectContaining({ personId: C.voiceColleague, role: 'poster' }));
    expect(detail.steps.map((s) => [s.to.ref, s.decidedBy?.ref])).toEqual([
      [C.leaderA, C.leaderA],
      ['局长', C.director],
    ]);
    expect(detail.steps.every((s) => s.decision!.includes('解散'))).toBe(true);
    const action = detail.actions.find((a) => a.kind === 'runbook')!;
    const plan = getRunbook(ctx.db, clock, Number(action.link));
    expect(plan).toMatchObject({ kind: 'dissolve', state: 'draft', incidentId: String(voice!.id) });
  });

  it('plans the dissolution of 中层干部工作群 as a draft: 100 steps, the owner last, authorised by leader A', () => {
    const ctx = load('county-bureau');
    const [draft] = listRunbooks(ctx.db, { state: 'draft' });
    const plan = getRunbook(ctx.db, clock, draft!.id);
    expect(plan).toMatchObject({ kind: 'dissolve', startedAt: null, authorisation: { personId: C.leaderA } });
    expect(plan.groups.map((g) => g.groupId)).toEqual([C.middleManagersGroup]);
    expect(plan.steps).toHaveLength(100);
    expect(plan.steps.at(-1)).toMatchObject({ personId: C.admin, role: 'owner', outcome: null });
    expect(plan.steps.every((s) => s.outcome === null)).toBe(true);
    // Not started: the group and its scope-creep figures are as the story left them.
    const group = getGroup(ctx.db, C.middleManagersGroup);
    expect(group.group.status).toBe('active');
    expect(group.members).toHaveLength(100);
    expect(group.members.filter((m) => m.eligibility === 'outside')).toHaveLength(77);
    expect(dashboardSummary(ctx.db, clock).scopeCreep[0]).toMatchObject({
      groupId: C.middleManagersGroup,
      outside: 77,
    });
  });

  it('has the retiree’s offboarding finished and the registry group’s prune paused half way', () => {
    const ctx = load('county-bureau');
    const [offboard] = listRunbooks(ctx.db, { state: 'finished' });
    const done = getRunbook(ctx.db, clock, offboard!.id);
    expect(done.kind).toBe('offboard');
    expect(done.steps.map((s) => [s.personId, s.groupId, s.outcome])).toEqual([
      [C.retiree, C.middleManagersGroup, 'done'],
    ]);
    const [paused] = listRunbooks(ctx.db, { state: 'paused' });
    const prune = getRunbook(ctx.db, clock, paused!.id);
    expect(prune.kind).toBe('prune');
    expect(prune.groups.map((g) => g.groupId)).toEqual([C.registryGroup]);
    expect(prune.steps).toHaveLength(6);
    expect(prune.steps.map((s) => s.outcome)).toEqual(['done', 'done', 'done', null, null, null]);
    const registry = getGroup(ctx.db, C.registryGroup).members;
    expect(registry.filter((m) => m.eligibility === 'outside')).toHaveLength(3);
    expect(listRunbooks(ctx.db, {})).toHaveLength(3);
    expectNothingInTheFuture();
  });
});

describe('youth-union casework', () => {
  it('has an expired ad-hoc group waiting to be dissolved and an off-topic post handled under notice 129', () => {
    const ctx = load('youth-union');
    const expired = getGroup(ctx.db, YOUTH_CAST.expiredTaskGroup);
    expect(expired.group).toMatchObject({ kind: 'adhoc', status: 'active' });
    expect(expired.group.endDate! < TODAY).toBe(true);
    expect(expired.members.length).toBeGreaterThan(0);
    const { rows } = listIncidents(ctx.db, {});
    expect(rows).toHaveLength(1);
    const detail = getIncident(ctx.db, clock, rows[0]!.id);
    expect(detail).toMatchObject({
      kind: 'off_topic_or_flooding',
      status: 'closed',
      groupId: YOUTH_CAST.allGroup,
      documentRef: 'Thông báo số 129-TB/ĐTN',
    });
    expect(detail.steps[0]).toMatchObject({ decidedBy: { ref: YOUTH_CAST.secretary } });
    expect(detail.steps[0]!.decision).toContain('129');
    const warning = detail.actions.find((a) => a.kind === 'warning')!;
    expect(warning.targetPersonId).toBe(detail.people.find((p) => p.role === 'poster')!.personId);
    expectNothingInTheFuture();
  });
});
