/**
 * Incidents and escalations (issue 10): the status rules as a table, the commands against a small
 * registry (dates, text, errors that name people, nothing written on a refusal), search over the
 * summary. The timelines and the county-bureau story are in incidents-story.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../electron/kernel/context';
import { allEvents } from '../../electron/kernel/events';
import {
  addIncidentAction,
  closeIncident,
  createIncident,
  decideIncident,
  dismissIncident,
  escalateIncident,
  getIncident,
  incidentDashboard,
  listIncidents,
  nextStatus,
  reopenIncident,
  settledStatus,
  updateIncident,
  type IncidentChange,
  type StatusFacts,
} from '../../electron/capabilities/incidents';
import { contract, type ChannelInput } from '../../shared/contract';
import { LOCALES } from '../../shared/domain';
import type { IncidentStatus } from '../../shared/incidents';
import { errorMessage } from '../../shared/i18n/errors';
import { errorOf, smallRegistry } from './helpers';
import { QUARREL } from './incidents-helpers';

const w = { decided: false };
const d = { decided: true };

/** [status, steps, change, reason, expected status or error code] */
const TABLE: Array<[IncidentStatus, StatusFacts['steps'], IncidentChange, string | null, string]> = [
  ['open', [], 'update', null, 'open'],
  ['open', [], 'addAction', null, 'open'],
  ['open', [], 'escalate', null, 'escalated'],
  ['decided', [d], 'escalate', null, 'escalated'],
  // No decision without an escalation step (waiting for it).
  ['open', [], 'decide', null, 'incident_not_escalated'],
  ['decided', [d], 'decide', null, 'incident_not_escalated'],
  ['escalated', [w], 'decide', null, 'decided'],
  ['escalated', [d, w], 'decide', null, 'decided'],
  ['escalated', [w, w], 'decide', null, 'escalated'],
  // Cannot close while a step waits for a decision.
  ['escalated', [w], 'close', null, 'incident_step_waiting'],
  ['escalated', [d, w], 'close', null, 'incident_step_waiting'],
  ['open', [], 'close', null, 'closed'],
  ['decided', [d, d], 'close', null, 'closed'],
  // Dismissal needs a reason; a decided incident is closed, not dismissed.
  ['open', [], 'dismiss', null, 'incident_reason_required'],
  ['open', [], 'dismiss', '   ', 'incident_reason_required'],
  ['open', [], 'dismiss', '重复登记', 'dismissed'],
  ['escalated', [w], 'dismiss', '当事人已调离', 'dismissed'],
  ['decided', [d], 'dismiss', '不再处理', 'incident_already_decided'],
  // Closed and dismissed incidents refuse every change but a reopening.
  ...(['update', 'addAction', 'escalate', 'decide', 'close'] as const).map(
    (change) =>
      ['closed', [d], change, null, 'incident_final'] as [
        IncidentStatus,
        StatusFacts['steps'],
        IncidentChange,
        null,
        string,
      ],
  ),
  ['dismissed', [], 'dismiss', '再次', 'incident_final'],
  ['dismissed', [w], 'escalate', null, 'incident_final'],
  ['closed', [d], 'reopen', '发现新情况', 'decided'],
  ['closed', [], 'reopen', '发现新情况', 'open'],
  ['dismissed', [w], 'reopen', '当事人回来了', 'escalated'],
  ['closed', [d], 'reopen', '', 'incident_reason_required'],
  ['open', [], 'reopen', '发现新情况', 'incident_not_final'],
  ['decided', [d], 'reopen', '发现新情况', 'incident_not_final'],
];

describe('incident status rules', () => {
  it.each(TABLE)('%s with steps %j: %s (reason %j) → %s', (status, steps, change, reason, expected) => {
    const verdict = nextStatus({ status, steps, reason }, change);
    expect(verdict.ok ? verdict.status : verdict.code).toBe(expected);
  });

  it('reaches "decided" only with at least one decided step', () => {
    for (const [status, steps, change, reason] of TABLE) {
      const verdict = nextStatus({ status, steps, reason }, change);
      if (!verdict.ok || verdict.status !== 'decided') continue;
      const decidedAfter = steps.filter((s) => s.decided).length + (change === 'decide' ? 1 : 0);
      expect(decidedAfter).toBeGreaterThan(0);
    }
    expect(settledStatus([])).toBe('open');
    expect(settledStatus([d, w])).toBe('escalated');
    expect(settledStatus([d])).toBe('decided');
  });
});

type Ctx = ServiceContext;

/** Runs `fn`, expects the error `code`, and checks that nothing at all was written. */
function refuses(ctx: Ctx, code: string, fn: () => unknown) {
  const rows = () =>
    ctx.db
      .prepare(
        `SELECT (SELECT count(*) FROM incidents) || '/' || (SELECT count(*) FROM incident_people) || '/' ||
          (SELECT count(*) FROM incident_steps WHERE decided_on IS NULL) || '/' || (SELECT count(*) FROM incident_actions)
          || '/' || (SELECT group_concat(status) FROM incidents) AS n`,
      )
      .get() as { n: string };
  const events = allEvents(ctx.db).length;
  const before = rows().n;
  const error = errorOf(fn);
  expect(error.code).toBe(code);
  expect(allEvents(ctx.db)).toHaveLength(events);
  expect(rows().n).toBe(before);
  return error;
}

describe('incident commands', () => {
  it('records an incident with its people (without repeats) and an event; dates checked', () => {
    const { ctx } = smallRegistry();
    const incident = createIncident(ctx, QUARREL);
    expect(incident).toMatchObject({
      status: 'open',
      groupName: '中层干部工作群',
      noticedOn: '2024-03-03',
      waitingSteps: 0,
    });
    expect(incident.people.map((p) => [p.name, p.role])).toEqual([
      ['张敏', 'party'],
      ['李伟', 'party'],
      ['Nguyễn Trọng Nhân', 'witness'],
    ]);
    expect(allEvents(ctx.db).at(-1)).toMatchObject({
      kind: 'incident.recorded',
      subjects: [`incident-${incident.id}`, 'g-middle', 'p-zhang', 'p-liwei', 'p-nhan'],
    });
    expect(createIncident(ctx, { ...QUARREL, noticedOn: undefined }).noticedOn).toBe('2024-03-04');
    refuses(ctx, 'date_too_early', () => createIncident(ctx, { ...QUARREL, occurredOn: '2024-03-04' }));
    refuses(ctx, 'date_in_future', () => createIncident(ctx, { ...QUARREL, occurredOn: '2024-03-05' }));
    refuses(ctx, 'not_found', () => createIncident(ctx, { ...QUARREL, groupId: 'g-none' }));
    refuses(ctx, 'invalid_input', () => createIncident(ctx, { ...QUARREL, summary: '争执\u0007' }));
  });

  it('refuses, at the boundary, control characters, long summaries and unknown fields', () => {
    const schema = contract['incidents.create'].input;
    expect(schema.safeParse(QUARREL).success).toBe(true);
    expect(schema.safeParse({ ...QUARREL, summary: '李伟\u202E说' }).success).toBe(false);
    expect(schema.safeParse({ ...QUARREL, summary: '一'.repeat(2001) }).success).toBe(false);
    expect(schema.safeParse({ ...QUARREL, summary: '第一行\n第二行' }).success).toBe(true);
    expect(schema.safeParse({ ...QUARREL, messages: ['…'] }).success).toBe(false);
    expect(schema.safeParse({ ...QUARREL, people: Array(201).fill(QUARREL.people[0]) }).success).toBe(false);
    const escalate = contract['incidents.escalate'].input;
    expect(
      escalate.safeParse({
        id: 1,
        from: { kind: 'person', ref: 'p-liwei' },
        to: { kind: 'position', ref: '局长' },
        channel: 'phone',
        request: '请示',
      }).success,
    ).toBe(true);
    expect(
      escalate.safeParse({
        id: 1,
        from: { kind: 'person', ref: 'p-liwei' },
        to: { kind: 'boss', ref: '局长' },
        channel: 'phone',
        request: '请示',
      }).success,
    ).toBe(false);
  });

  it('escalates, decides, acts and closes, each change an event; a step waiting reports days waited', () => {
    const { ctx, clock } = smallRegistry();
    const { id } = createIncident(ctx, QUARREL);
    refuses(ctx, 'incident_not_escalated', () =>
      decideIncident(ctx, { id, decidedBy: { kind: 'person', ref: 'p-wang' }, decision: '批评教育' }),
    );
    refuses(ctx, 'date_too_early', () =>
      escalateIncident(ctx, {
        id,
        from: { kind: 'person', ref: 'p-liwei' },
        to: { kind: 'person', ref: 'p-wang' },
        escalatedOn: '2024-03-02',
        channel: 'phone',
        request: '请示处理意见',
      }),
    );
    const escalated = escalateIncident(ctx, {
      id,
      from: { kind: 'person', ref: 'p-liwei' },
      to: { kind: 'person', ref: 'p-wang' },
      escalatedOn: '2024-03-03',
      channel: 'phone',
      request: '请示处理意见',
    });
    expect(escalated.status).toBe('escalated');
    clock.set('2024-03-14T09:00:00.000Z');
    expect(getIncident(ctx.db, ctx.clock, id).steps[0]).toMatchObject({ waitingDays: 11, to: { label: '王强' } });
    expect(incidentDashboard(ctx.db, ctx.clock, 10).waiting).toMatchObject([{ incidentId: id, days: 11 }]);
    expect(incidentDashboard(ctx.db, ctx.clock, 11)).toMatchObject({
      open: 1,
      byStatus: { escalated: 1 },
      waiting: [],
    });

    // Cannot close while the step waits; the message names the person and the days, never an id.
    const waiting = refuses(ctx, 'incident_step_waiting', () => closeIncident(ctx, { id }));
    for (const locale of LOCALES) {
      const text = errorMessage(locale, waiting.code, waiting.params);
      expect(text).toContain('王强');
      expect(text).toContain('11');
      expect(text).toContain('中层干部工作群');
      expect(text).not.toMatch(/p-wang|g-middle|incident-/);
    }
    const decided = decideIncident(ctx, {
      id,
      decidedBy: { kind: 'person', ref: 'p-wang' },
      decidedOn: '2024-03-05',
      decision: '当面批评教育',
      documentRef: '局长口头意见',
    });
    expect(decided.status).toBe('decided');
    refuses(ctx, 'incident_already_decided', () => dismissIncident(ctx, { id, reason: '不再处理' }));
    expect(decided.steps[0]).toMatchObject({
      decidedBy: { label: '王强' },
      decision: '当面批评教育',
      waitingDays: null,
    });
    const again = refuses(ctx, 'incident_step_decided', () =>
      decideIncident(ctx, {
        id,
        stepId: decided.steps[0]!.id,
        decidedBy: { kind: 'position', ref: '局长' },
        decision: '另议',
      }),
    );
    expect(errorMessage('zh-CN', again.code, again.params)).toContain('王强');
    addIncidentAction(ctx, { id, kind: 'warning', targetPersonId: 'p-zhang', note: '当面提醒', takenOn: '2024-03-06' });
    refuses(ctx, 'date_too_early', () => closeIncident(ctx, { id, closedOn: '2024-03-04' }));
    const closed = closeIncident(ctx, { id, closedOn: '2024-03-07' });
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2024-03-07' });

    // Closed: every change refused until reopened with a reason.
    const final = refuses(ctx, 'incident_final', () => addIncidentAction(ctx, { id, kind: 'other', note: '补记' }));
    expect(errorMessage('en', final.code, final.params)).toContain('is closed');
    refuses(ctx, 'incident_final', () =>
      updateIncident(ctx, { ...QUARREL, id, noticedOn: '2024-03-03', severity: 'low' }),
    );
    refuses(ctx, 'incident_reason_required', () => reopenIncident(ctx, { id, reason: ' ' }));
    expect(reopenIncident(ctx, { id, reason: '双方再次争执' }).status).toBe('decided');

    const kinds = getIncident(ctx.db, ctx.clock, id).timeline.map((e) => e.kind);
    expect(kinds).toEqual([
      'incident.recorded',
      'incident.escalated',
      'incident.decided',
      'incident.action_added',
      'incident.closed',
      'incident.reopened',
    ]);
  });

  it('dismisses with a reason, and corrects the record with before and after in the event', () => {
    const { ctx } = smallRegistry();
    const { id } = createIncident(ctx, QUARREL);
    const updated = updateIncident(ctx, {
      ...QUARREL,
      id,
      noticedOn: '2024-03-03',
      severity: 'high',
      people: [{ personId: 'p-zhang', role: 'poster' }],
    });
    expect(updated.people).toEqual([{ personId: 'p-zhang', name: '张敏', role: 'poster' }]);
    const event = allEvents(ctx.db).at(-1)!;
    expect(event).toMatchObject({
      kind: 'incident.updated',
      before: { severity: 'medium' },
      after: { severity: 'high' },
    });
    const dismissed = dismissIncident(ctx, { id, reason: '重复登记' });
    expect(dismissed).toMatchObject({ status: 'dismissed', dismissReason: '重复登记', closedOn: '2024-03-04' });
    expect(reopenIncident(ctx, { id, reason: '并非重复' })).toMatchObject({
      status: 'open',
      closedOn: null,
      dismissReason: null,
    });
  });
});

describe('incident search and filters', () => {
  function seed(ctx: Ctx) {
    const voice = createIncident(ctx, {
      ...QUARREL,
      kind: 'confidential_leak',
      severity: 'critical',
      summary: '一位同事把涉及人事安排的语音消息误发到工作群，十分钟后撤回',
      people: [{ personId: 'p-zhang', role: 'poster' }],
    });
    const vi = createIncident(ctx, {
      ...QUARREL,
      kind: 'off_topic_or_flooding',
      severity: 'low',
      groupId: null,
      summary: 'Anh Nhân gửi nhầm tin nhắn quảng cáo vào nhóm công việc',
      people: [{ personId: 'p-nhan', role: 'poster' }],
    });
    const quarrel = createIncident(ctx, QUARREL);
    return { voice: voice.id, vi: vi.id, quarrel: quarrel.id };
  }
  const ids = (ctx: Ctx, filter: ChannelInput<'incidents.list'>) => listIncidents(ctx.db, filter).rows.map((r) => r.id);

  it('finds a word of the summary by its pinyin initials and in full', () => {
    const { ctx } = smallRegistry();
    const { voice } = seed(ctx);
    expect(ids(ctx, { query: 'yy' })).toEqual([voice]);
    expect(ids(ctx, { query: 'yuyin' })).toEqual([voice]);
    expect(ids(ctx, { query: '语音' })).toEqual([voice]);
    // Several words, each found, in any order: 撤回 … 语音.
    expect(ids(ctx, { query: 'ch yy' })).toEqual([voice]);
    expect(ids(ctx, { query: 'chehui  yuyin' })).toEqual([voice]);
    expect(ids(ctx, { query: 'yy zhengzhi' })).toEqual([]);
  });

  it('finds Vietnamese text typed without accents', () => {
    const { ctx } = smallRegistry();
    const { vi } = seed(ctx);
    expect(ids(ctx, { query: 'gui nham tin nhan' })).toEqual([vi]);
    expect(ids(ctx, { query: 'QUẢNG CÁO' })).toEqual([vi]);
    expect(ids(ctx, { query: 'khong co' })).toEqual([]);
  });

  it('filters by kind, severity, status, group and noticed dates, newest first, with the total', () => {
    const { ctx } = smallRegistry();
    const { voice, vi, quarrel } = seed(ctx);
    expect(listIncidents(ctx.db, {})).toMatchObject({ total: 3 });
    expect(ids(ctx, {})).toEqual([quarrel, vi, voice]);
    expect(ids(ctx, { kind: 'quarrel' })).toEqual([quarrel]);
    expect(ids(ctx, { severity: 'critical' })).toEqual([voice]);
    expect(ids(ctx, { groupId: 'g-middle' })).toEqual([quarrel, voice]);
    expect(ids(ctx, { status: 'open', since: '2024-03-03', until: '2024-03-03' })).toEqual([quarrel, vi, voice]);
    expect(ids(ctx, { since: '2024-03-04' })).toEqual([]);
    expect(listIncidents(ctx.db, { limit: 1, offset: 1 })).toMatchObject({ total: 3, rows: [{ id: vi }] });
    dismissIncident(ctx, { id: vi, reason: '不属于工作群' });
    expect(ids(ctx, { status: 'dismissed' })).toEqual([vi]);
  });
});
