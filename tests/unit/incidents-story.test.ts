/**
 * Incidents over time: the timelines of a group and of a person, and the county-bureau story —
 * the quarrel of D+10 escalated to the office director and decided (rules issued the next day),
 * and the mis-posted voice message (critical) escalated twice, up to the director, and decided
 * "dissolve": the big group gives way to groups by tier and department.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/db/database';
import type { ServiceContext } from '../../electron/kernel/context';
import { allEvents, findChainBreak } from '../../electron/kernel/events';
import {
  addIncidentAction,
  createIncident,
  decideIncident,
  dismissIncident,
  escalateIncident,
  getIncident,
  groupTimeline,
  incidentDashboard,
  incidentReport,
  listIncidents,
  personTimeline,
} from '../../electron/capabilities/incidents';
import { loadDemo } from '../../electron/seeds/demo';
import { BUREAU_CAST as C, BUREAU_GROUP_CREATED, BUREAU_RULES_ISSUED } from '../../electron/seeds/demo/countyBureau';
import { checkEventPayload } from '../../shared/events';
import { errorMessage } from '../../shared/i18n/errors';
import { errorOf, fixedClock, smallRegistry } from './helpers';
import { QUARREL } from './incidents-helpers';

describe('timelines', () => {
  it('interleaves a group’s incidents with its joins, departures and rules by date', () => {
    const { ctx } = smallRegistry();
    const { id } = createIncident(ctx, QUARREL);
    escalateIncident(ctx, {
      id,
      from: { kind: 'person', ref: 'p-liwei' },
      to: { kind: 'position', ref: '局长' },
      escalatedOn: '2024-03-03',
      channel: 'in_person',
      request: '请示',
    });
    decideIncident(ctx, {
      id,
      decidedBy: { kind: 'position', ref: '局长' },
      decidedOn: '2024-03-04',
      decision: '制定群规',
    });
    const line = groupTimeline(ctx.db, { groupId: 'g-middle' });
    expect(line.map((e) => `${e.date} ${e.type}`)).toEqual([
      '2024-03-01 joined',
      '2024-03-01 joined',
      '2024-03-02 incident',
      '2024-03-02 joined',
      '2024-03-03 escalated',
      '2024-03-03 left',
      '2024-03-04 decided',
    ]);
    expect(line[4]).toMatchObject({ to: { kind: 'position', label: '局长' } });
    expect(groupTimeline(ctx.db, { groupId: 'g-middle', since: '2024-03-03' })).toHaveLength(3);
    expect(errorOf(() => groupTimeline(ctx.db, { groupId: 'g-none' })).code).toBe('not_found');
  });

  it('lists a person’s incidents with their role, in the order they occurred', () => {
    const { ctx } = smallRegistry();
    const first = createIncident(ctx, QUARREL);
    const later = createIncident(ctx, {
      ...QUARREL,
      occurredOn: '2024-03-04',
      noticedOn: '2024-03-04',
      people: [{ personId: 'p-nhan', role: 'reporter' }],
    });
    addIncidentAction(ctx, { id: later.id, kind: 'warning', targetPersonId: 'p-zhang' });
    const zhang = personTimeline(ctx.db, { personId: 'p-zhang' });
    expect(zhang.map((e) => [e.id, e.roles, e.actions.map((a) => a.kind)])).toEqual([
      [first.id, ['party'], []],
      [later.id, [], ['warning']],
    ]);
    expect(personTimeline(ctx.db, { personId: 'p-nhan' }).map((e) => [e.id, e.roles])).toEqual([
      [first.id, ['witness']],
      [later.id, ['reporter']],
    ]);
  });
});

let db: Db | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
});

/**
 * The county bureau with its two incidents of March 2019, as the demo records them through the
 * incident commands (electron/seeds/demo/countyBureauCases.ts): the quarrel of D+10 and the voice
 * message buried under the emoji flood.
 */
function bureauStory() {
  db = openDatabase(':memory:');
  const ctx: ServiceContext = { db, clock: fixedClock('2026-11-20T09:00:00.000Z'), actor: '李伟' };
  loadDemo(ctx, 'county-bureau', 'zh-CN');
  const quarrelDay = '2019-03-14'; // D+10
  expect(quarrelDay > BUREAU_GROUP_CREATED && quarrelDay < BUREAU_RULES_ISSUED).toBe(true);
  const [quarrel] = listIncidents(ctx.db, { kind: 'quarrel' }).rows;
  const [voice] = listIncidents(ctx.db, { kind: 'confidential_leak' }).rows;
  expect([quarrel!.occurredOn, voice!.occurredOn]).toEqual([quarrelDay, '2019-03-18']);
  return { ctx, quarrel: quarrel!.id, voice: voice!.id };
}

describe('the county-bureau story', () => {
  it('the quarrel: escalated to the office director, decided, the rules issued, closed', () => {
    const { ctx, quarrel } = bureauStory();
    const incident = getIncident(ctx.db, ctx.clock, quarrel);
    expect(incident).toMatchObject({ status: 'closed', closedOn: BUREAU_RULES_ISSUED, groupName: '中层干部工作群' });
    expect(incident.steps).toHaveLength(1);
    expect(incident.steps[0]).toMatchObject({
      from: { label: '李伟' },
      to: { ref: C.officeHead },
      decidedOn: '2019-03-14',
    });
    expect(incident.steps[0]!.decidedBy!.label).toBe(incident.steps[0]!.to.label);
    expect(incident.actions.map((a) => [a.kind, a.takenOn, a.link])).toEqual([
      ['warning', '2019-03-14', null],
      ['warning', '2019-03-14', null],
      ['rules_changed', '2019-03-15', '1'],
    ]);
    expect(incident.timeline.map((e) => e.kind)).toEqual([
      'incident.recorded',
      'incident.escalated',
      'incident.decided',
      'incident.action_added',
      'incident.action_added',
      'incident.action_added',
      'incident.closed',
    ]);
  });

  it('the voice message: critical, escalated twice, decided "dissolve" by the director', () => {
    const { ctx, voice } = bureauStory();
    const incident = getIncident(ctx.db, ctx.clock, voice);
    expect(incident).toMatchObject({
      status: 'decided',
      severity: 'critical',
      kind: 'confidential_leak',
      waitingSteps: 0,
    });
    expect(incident.steps.map((s) => [s.seq, s.from.label === s.to.label, s.to.kind, s.decidedOn])).toEqual([
      [1, false, 'person', '2019-03-18'],
      [2, false, 'position', '2019-03-19'],
    ]);
    expect(incident.steps[1]!.to.label).toBe('局长');
    expect(incident.steps[1]!.decision).toContain('解散');
    expect(incident.steps[1]!.decision).toContain('dissolve');
    expect(incident.people.map((p) => p.role)).toEqual(['poster', 'reporter']);
    expect(listIncidents(ctx.db, { query: 'yy' }).rows.map((r) => r.id)).toEqual([voice]);
    expect(listIncidents(ctx.db, { severity: 'critical', status: 'decided' }).rows.map((r) => r.id)).toEqual([voice]);
    // Decided, not closed: a dismissal is refused and names who decided (the director, by name).
    const director = incident.steps[1]!.decidedBy!.label;
    const dismissal = errorOf(() => dismissIncident(ctx, { id: voice, reason: '群已另建' }));
    expect(dismissal.code).toBe('incident_already_decided');
    for (const locale of ['zh-CN', 'vi', 'en'] as const) {
      const text = errorMessage(locale, dismissal.code, dismissal.params);
      expect(text).toContain(director);
      expect(text).toContain('中层干部工作群');
      expect(text).not.toContain('person-');
    }
    // An action cannot predate the day the incident was noticed.
    const early = errorOf(() =>
      addIncidentAction(ctx, { id: voice, kind: 'other', note: '补记', takenOn: '2019-03-17' }),
    );
    expect(early.code).toBe('date_too_early');
    expect(errorMessage('zh-CN', early.code, early.params)).toContain('发现事件之日');
  });

  it('the group’s timeline, the people’s timelines, the dashboard and the March report', () => {
    const { ctx, quarrel, voice } = bureauStory();
    const line = groupTimeline(ctx.db, { groupId: C.middleManagersGroup, since: '2019-03-14', until: '2019-03-20' });
    const dates = line.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(line.filter((e) => e.type !== 'joined').map((e) => `${e.date} ${e.type}`)).toEqual([
      '2019-03-14 incident',
      '2019-03-14 escalated',
      '2019-03-14 decided',
      '2019-03-14 action',
      '2019-03-14 action',
      '2019-03-15 action',
      '2019-03-15 rules',
      '2019-03-15 closed',
      '2019-03-18 incident',
      '2019-03-18 escalated',
      '2019-03-18 decided',
      '2019-03-18 escalated',
      '2019-03-19 decided',
      '2019-03-19 action',
      '2019-03-20 action',
    ]);
    expect(personTimeline(ctx.db, { personId: C.quarrelA }).map((e) => [e.id, e.roles, e.actions.length])).toEqual([
      [quarrel, ['party'], 1],
    ]);
    expect(personTimeline(ctx.db, { personId: C.officeHead }).map((e) => [e.id, e.roles, e.inSteps])).toEqual([
      [quarrel, [], true],
    ]);
    expect(personTimeline(ctx.db, { personId: C.leaderA }).map((e) => [e.id, e.roles, e.inSteps])).toEqual([
      [voice, [], true],
    ]);
    expect(personTimeline(ctx.db, { personId: C.admin }).map((e) => e.roles)).toEqual([['reporter'], ['reporter']]);
    expect(incidentDashboard(ctx.db, ctx.clock)).toMatchObject({
      open: 1,
      byStatus: { open: 0, escalated: 0, decided: 1 },
      openBySeverity: { critical: 1 },
      waiting: [],
    });
    const march = incidentReport(ctx.db, { since: '2019-03-01', until: '2019-03-31' });
    expect(Object.fromEntries(march.byKind.map((k) => [k.kind, k.count]))).toMatchObject({
      quarrel: 1,
      confidential_leak: 1,
      scope_creep: 0,
    });
    expect(march).toMatchObject({
      total: 2,
      bySeverity: { medium: 1, critical: 1 },
      byStatus: { closed: 1, decided: 1 },
      decided: 2,
      medianDaysToDecision: 0.5,
    });
    expect(incidentReport(ctx.db, { since: '2019-04-01' })).toMatchObject({ total: 0, medianDaysToDecision: null });
  });

  it('writes every change into the hash chain, each event fitting its kind', () => {
    const { ctx } = bureauStory();
    const events = allEvents(ctx.db);
    expect(findChainBreak(events)).toBeNull();
    const incidentEvents = events.filter((e) => e.kind.startsWith('incident.'));
    // The quarrel's 7 (recorded, escalated, decided, three actions, closed) and the voice message's
    // 8 (recorded, two escalations with their decisions, a warning, the new groups, the dissolution plan).
    expect(incidentEvents).toHaveLength(15);
    for (const e of incidentEvents) expect(checkEventPayload(e.kind, e.before, e.after)).toEqual({ ok: true });
  });
});
