/**
 * Runbook guards as tables: what each state refuses, a group held by one open runbook at a time,
 * the plan's own refusals, strict inputs, and every refusal's message in the three languages
 * naming people and groups, never ids.
 */
import { describe, expect, it } from 'vitest';
import {
  cancelRunbook,
  pauseRunbook,
  planRunbook,
  recordStep,
  resumeRunbook,
  startRunbook,
  undoStep,
  updatePlan,
} from '../../electron/capabilities/runbooks';
import { contract } from '../../shared/contract';
import { ERROR_CODES, LedgerError } from '../../shared/errors';
import { LOCALES } from '../../shared/domain';
import { errorMessage } from '../../shared/i18n/errors';
import { errorOf } from './helpers';
import { bureau, MIDDLE, OFFICE } from './runbook-helpers';

type Ctx = ReturnType<typeof bureau>['ctx'];
const REASON = '机构改革';
const dissolve = (ctx: Ctx) => planRunbook(ctx, { kind: 'dissolve', groupId: MIDDLE, reason: REASON });

/** A runbook brought to a state: draft, in progress, paused, finished (a one-step prune), cancelled. */
const STATES: Record<string, (ctx: Ctx) => number> = {
  draft: (ctx) => dissolve(ctx),
  in_progress: (ctx) => startRunbook(ctx, dissolve(ctx)),
  paused: (ctx) => pauseRunbook(ctx, startRunbook(ctx, dissolve(ctx))),
  finished: (ctx) => {
    const id = planRunbook(ctx, { kind: 'prune', groupId: MIDDLE, personIds: ['person-leaver'], reason: REASON });
    startRunbook(ctx, id);
    return recordStep(ctx, { id, ord: 1, outcome: 'done' });
  },
  cancelled: (ctx) => cancelRunbook(ctx, dissolve(ctx), '取消'),
};

const ACTIONS: Record<string, (ctx: Ctx, id: number) => unknown> = {
  updatePlan: (ctx, id) => updatePlan(ctx, { id, reason: '新的理由' }),
  start: (ctx, id) => startRunbook(ctx, id),
  step: (ctx, id) => recordStep(ctx, { id, ord: 1, outcome: 'done' }),
  undo: (ctx, id) => undoStep(ctx, id),
  pause: (ctx, id) => pauseRunbook(ctx, id),
  resume: (ctx, id) => resumeRunbook(ctx, id),
  cancel: (ctx, id) => cancelRunbook(ctx, id, '取消'),
};

// Expected error code, or null where the action is allowed.
const TABLE: Array<[string, string, string | null]> = [
  ['draft', 'updatePlan', null],
  ['draft', 'start', null],
  ['draft', 'step', 'runbook_not_running'],
  ['draft', 'undo', 'runbook_not_running'],
  ['draft', 'pause', 'runbook_not_running'],
  ['draft', 'resume', 'runbook_not_paused'],
  ['draft', 'cancel', null],
  ['in_progress', 'updatePlan', 'runbook_not_draft'],
  ['in_progress', 'start', 'runbook_not_draft'],
  ['in_progress', 'step', null],
  ['in_progress', 'undo', 'runbook_nothing_to_undo'],
  ['in_progress', 'pause', null],
  ['in_progress', 'resume', 'runbook_not_paused'],
  ['in_progress', 'cancel', null],
  ['paused', 'updatePlan', 'runbook_not_draft'],
  ['paused', 'step', 'runbook_not_running'],
  ['paused', 'undo', 'runbook_not_running'],
  ['paused', 'pause', 'runbook_not_running'],
  ['paused', 'resume', null],
  ['paused', 'cancel', null],
  ...(['updatePlan', 'start', 'step', 'undo', 'pause', 'resume', 'cancel'] as const).flatMap((a) => [
    ['finished', a, 'runbook_ended'] as [string, string, string],
    ['cancelled', a, 'runbook_ended'] as [string, string, string],
  ]),
];

describe('what each state allows', () => {
  it.each(TABLE)('%s: %s → %s', (state, action, code) => {
    const { ctx } = bureau();
    const id = STATES[state]!(ctx);
    const run = () => ACTIONS[action]!(ctx, id);
    if (code === null) expect(run).not.toThrow();
    else expect(errorOf(run).code).toBe(code);
  });
});

describe('plan and step refusals', () => {
  const CASES: Array<[string, (ctx: Ctx) => unknown, string, Record<string, unknown>?]> = [
    [
      'a second open runbook on the same group',
      (ctx) => {
        dissolve(ctx);
        planRunbook(ctx, { kind: 'prune', groupId: MIDDLE, reason: REASON });
      },
      'runbook_group_busy',
      { group: '中层干部工作群' },
    ],
    [
      'an offboard touching a group held by another runbook',
      (ctx) => {
        planRunbook(ctx, { kind: 'dissolve', groupId: OFFICE, reason: REASON });
        planRunbook(ctx, {
          kind: 'offboard',
          personId: 'person-liwei',
          reason: REASON,
          successors: [{ groupId: MIDDLE, personId: 'person-001' }],
        });
      },
      'runbook_group_busy',
    ],
    [
      'the owner before the others',
      (ctx) => recordStep(ctx, { id: startRunbook(ctx, dissolve(ctx)), ord: 100, outcome: 'done' }),
      'runbook_owner_last',
      { left: 99 },
    ],
    [
      'a step that does not exist',
      (ctx) => recordStep(ctx, { id: startRunbook(ctx, dissolve(ctx)), ord: 101, outcome: 'done' }),
      'runbook_unknown_step',
    ],
    [
      'a step recorded twice',
      (ctx) => {
        const id = startRunbook(ctx, dissolve(ctx));
        recordStep(ctx, { id, ord: 1, outcome: 'done' });
        recordStep(ctx, { id, ord: 1, outcome: 'skipped', note: 'x' });
      },
      'runbook_step_recorded',
    ],
    [
      'a skip without a reason',
      (ctx) => recordStep(ctx, { id: startRunbook(ctx, dissolve(ctx)), ord: 1, outcome: 'skipped' }),
      'runbook_skip_reason',
    ],
    [
      'a successor who is not a member',
      (ctx) =>
        planRunbook(ctx, {
          kind: 'offboard',
          personId: 'person-007',
          reason: REASON,
          successors: [{ groupId: OFFICE, personId: 'person-002' }],
        }),
      'runbook_successor_invalid',
    ],
    [
      'the leaver as successor',
      (ctx) =>
        planRunbook(ctx, {
          kind: 'offboard',
          personId: 'person-007',
          reason: REASON,
          successors: [{ groupId: OFFICE, personId: 'person-007' }],
        }),
      'runbook_successor_invalid',
    ],
    [
      'pruning a member inside the charter',
      (ctx) => planRunbook(ctx, { kind: 'prune', groupId: MIDDLE, personIds: ['person-001'], reason: REASON }),
      'runbook_not_planned',
    ],
    [
      'pruning the owner',
      (ctx) => planRunbook(ctx, { kind: 'prune', groupId: MIDDLE, personIds: ['person-liwei'], reason: REASON }),
      'runbook_not_planned',
    ],
    [
      'rebuilding an active group',
      (ctx) => planRunbook(ctx, { kind: 'rebuild', groupId: MIDDLE, reason: REASON }),
      'runbook_no_snapshot',
    ],
    [
      'offboarding a person in no group',
      (ctx) => planRunbook(ctx, { kind: 'offboard', personId: 'person-retiree', reason: REASON }),
      'runbook_no_steps',
    ],
    [
      'an unknown authoriser',
      (ctx) =>
        planRunbook(ctx, {
          kind: 'dissolve',
          groupId: MIDDLE,
          reason: REASON,
          authorisation: { personId: 'person-none' },
        }),
      'not_found',
    ],
  ];

  it.each(CASES)('refuses %s', (_, run, code, params) => {
    const { ctx } = bureau();
    const error = errorOf(() => run(ctx));
    expect(error.code).toBe(code);
    if (params) expect(error.params).toMatchObject(params);
  });

  it('refuses a second open runbook in the database too (partial unique index)', () => {
    const { ctx, db } = bureau();
    const id = dissolve(ctx);
    db.exec(`INSERT INTO runbooks (kind, state, reason, plan, created_at) VALUES ('prune', 'draft', 'x', '{}', 'now')`);
    expect(() =>
      db
        .prepare('INSERT INTO runbook_groups (runbook_id, group_id, sort, open) VALUES (?, ?, 1, 1)')
        .run(id + 1, MIDDLE),
    ).toThrow(/UNIQUE/);
    cancelRunbook(ctx, id, '取消');
    // Once the first has ended, the group can be planned again.
    expect(() => dissolve(ctx)).not.toThrow();
  });

  it('a cancelled dissolve gives its group back as active', () => {
    const { ctx, db } = bureau();
    const id = startRunbook(ctx, dissolve(ctx));
    recordStep(ctx, { id, ord: 1, outcome: 'done' });
    cancelRunbook(ctx, id, '撤回');
    expect(db.prepare('SELECT status FROM groups WHERE id = ?').get(MIDDLE)).toEqual({ status: 'active' });
  });
});

describe('inputs and messages', () => {
  it.each([
    ['runbooks.plan', { kind: 'dissolve', groupId: MIDDLE, reason: '' }],
    ['runbooks.plan', { kind: 'dissolve', groupId: MIDDLE, reason: 'x'.repeat(501) }],
    ['runbooks.plan', { kind: 'dissolve', groupId: MIDDLE, reason: 'x', extra: 1 }],
    ['runbooks.plan', { kind: 'explode', groupId: MIDDLE, reason: 'x' }],
    ['runbooks.plan', { kind: 'offboard', groupId: MIDDLE, reason: 'x' }],
    [
      'runbooks.plan',
      { kind: 'dissolve', groupId: MIDDLE, reason: 'x', authorisation: { documentRef: 'y'.repeat(201) } },
    ],
    ['runbooks.step', { id: 1, ord: 1, outcome: 'skipped' }],
    ['runbooks.step', { id: 1, ord: 0, outcome: 'done' }],
    ['runbooks.step', { id: 1, ord: 1, outcome: 'done', note: 'n'.repeat(501) }],
    ['runbooks.cancel', { id: 1 }],
    ['runbooks.list', { state: 'open' }],
    ['runbooks.get', { id: -1 }],
  ] as const)('%s refuses %j', (channel, input) => {
    expect(contract[channel].input.safeParse(input).success).toBe(false);
  });

  it('accepts well-formed inputs', () => {
    expect(contract['runbooks.step'].input.safeParse({ id: 1, ord: 1, outcome: 'skipped', note: '请假' }).success).toBe(
      true,
    );
    expect(contract['runbooks.list'].input.safeParse(undefined).success).toBe(true);
  });

  it.each(LOCALES)('has a %s message for every runbook refusal, with names and no ids', (locale) => {
    const params = { group: '中层干部工作群', person: '王强', successor: '李伟', left: 3, ord: 7, target: '王强' };
    for (const code of ERROR_CODES.filter((c) => c.startsWith('runbook_'))) {
      const text = errorMessage(locale, code, params);
      expect(text.length, code).toBeGreaterThan(10);
      expect(text, code).not.toMatch(/group-|person-|runbook-|\{\{/);
    }
    expect(new LedgerError('runbook_ended').code).toBe('runbook_ended');
  });
});
