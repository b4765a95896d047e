/**
 * Runbooks and the incidents they answer: the link is checked and named by the incident's own
 * words; an incident lists its runbooks (the demo's planned dissolution is the voice message's);
 * a draft's changes are events and are refused once it has started, with nothing changed and the
 * refusal in the three languages; the report names who carried it out, never an account id; and
 * the incident's paper report lists its runbooks with their state and steps.
 */
import { describe, expect, it } from 'vitest';
import { incidentDocument, runbookDocument } from '../../electron/capabilities/documents';
import { listIncidents } from '../../electron/capabilities/incidents';
import {
  cancelRunbook,
  getRunbook,
  listRunbooks,
  planRunbook,
  recordStep,
  startRunbook,
  updatePlan,
} from '../../electron/capabilities/runbooks';
import { openDatabase } from '../../electron/db/database';
import { allEvents } from '../../electron/kernel/events';
import type { ServiceContext } from '../../electron/kernel/context';
import { loadDemo } from '../../electron/seeds/demo';
import { LOCALES } from '../../shared/domain';
import { errorMessage } from '../../shared/i18n/errors';
import { errorOf, fixedClock } from './helpers';
import { bureau, MIDDLE } from './runbook-helpers';

type Ctx = ReturnType<typeof bureau>['ctx'];

/** The county bureau's voice-message incident (critical, in 中层干部工作群). */
function voiceIncident(ctx: Ctx | ServiceContext) {
  const row = listIncidents(ctx.db, { kind: 'confidential_leak' }).rows.find((r) => r.groupId === MIDDLE);
  if (!row) throw new Error('the demo has no voice-message incident');
  return row;
}

const plan = (ctx: Ctx, incidentId?: string) =>
  planRunbook(ctx, {
    kind: 'dissolve',
    groupId: MIDDLE,
    reason: '误发语音，A领导要求解散',
    ...(incidentId === undefined ? {} : { incidentId }),
    authorisation: { personId: 'person-002', on: '2026-11-19' },
  });

describe('the incident a runbook answers', () => {
  it('the demo plans the dissolution of 中层干部工作群 for the voice-message incident', () => {
    const db = openDatabase(':memory:');
    try {
      const ctx = { db, clock: fixedClock('2026-11-20T09:00:00.000Z'), actor: '李伟' };
      loadDemo(ctx, 'county-bureau', 'zh-CN');
      const voice = voiceIncident(ctx);
      const linked = listRunbooks(db, { incidentId: voice.id });
      expect(linked.map((r) => [r.kind, r.state, r.groups.map((g) => g.name)])).toEqual([
        ['dissolve', 'draft', ['中层干部工作群']],
      ]);
      expect(linked[0]!.incident).toMatchObject({ id: voice.id, summary: voice.summary, groupName: '中层干部工作群' });
    } finally {
      db.close();
    }
  });

  it('is named by the incident itself, kept as its number, and lists the runbook under the incident', () => {
    const { ctx, db, clock } = bureau();
    const voice = voiceIncident(ctx);
    const id = plan(ctx, `incident-${voice.id}`);
    const view = getRunbook(db, clock, id);
    expect(view.incidentId).toBe(String(voice.id));
    expect(view.incident).toMatchObject({ id: voice.id, kind: 'confidential_leak', occurredOn: voice.occurredOn });
    // The newest first; the demo's own plan for it (set aside by bureau()) is listed too.
    expect(listRunbooks(db, { incidentId: voice.id }).map((r) => [r.id, r.state])).toEqual([
      [id, 'draft'],
      [expect.any(Number), 'cancelled'],
    ]);
    expect(listRunbooks(db, { incidentId: voice.id + 1000 })).toEqual([]);
  });

  it.each([['incident-999'], ['999'], ['not-an-incident']])(
    'refuses an unknown incident (%s) and plans nothing',
    (ref) => {
      const { ctx, db } = bureau();
      const before = listRunbooks(db).length;
      const events = allEvents(db).length;
      const error = errorOf(() => plan(ctx, ref));
      expect(error.code).toBe('not_found');
      expect(errorMessage('zh-CN', error.code, error.params)).toContain('事件');
      expect(listRunbooks(db)).toHaveLength(before);
      expect(allEvents(db)).toHaveLength(events);
    },
  );

  it('a draft is linked to an incident later (plan_updated), and unlinked with null', () => {
    const { ctx, db, clock } = bureau();
    const voice = voiceIncident(ctx);
    const id = plan(ctx);
    expect(getRunbook(db, clock, id).incident).toBeNull();
    updatePlan(ctx, { id, incidentId: String(voice.id) });
    expect(getRunbook(db, clock, id).incident?.id).toBe(voice.id);
    const last = allEvents(db).at(-1)!;
    expect(last.kind).toBe('runbook.plan_updated');
    expect(last.before).toMatchObject({ incidentId: null });
    expect(last.after).toMatchObject({ incidentId: String(voice.id) });
    updatePlan(ctx, { id, incidentId: null });
    expect(getRunbook(db, clock, id).incident).toBeNull();
  });
});

describe('changing a draft', () => {
  it('records each change as an event: reason, authorisation, document', () => {
    const { ctx, db, clock } = bureau();
    const id = plan(ctx);
    updatePlan(ctx, {
      id,
      reason: '局长办公会议决定解散',
      authorisation: { position: '局长', on: '2026-11-19', documentRef: '局长办公会议纪要〔2026〕3号' },
    });
    const view = getRunbook(db, clock, id);
    expect(view.reason).toBe('局长办公会议决定解散');
    expect(view.authorisation).toMatchObject({
      personId: null,
      position: '局长',
      documentRef: '局长办公会议纪要〔2026〕3号',
    });
    const last = allEvents(db).at(-1)!;
    expect(last.kind).toBe('runbook.plan_updated');
    expect(last.before).toMatchObject({ reason: '误发语音，A领导要求解散', authorisedByPerson: 'person-002' });
    expect(last.after).toMatchObject({ reason: '局长办公会议决定解散', authorisedByPosition: '局长' });
  });

  it.each([
    ['in progress', (ctx: Ctx, id: number) => startRunbook(ctx, id)],
    [
      'with a step recorded',
      (ctx: Ctx, id: number) => {
        startRunbook(ctx, id);
        recordStep(ctx, { id, ord: 1, outcome: 'done' });
      },
    ],
  ])('is refused once started (%s): nothing changes, the refusal is in every language', (_label, advance) => {
    const { ctx, db, clock } = bureau();
    const voice = voiceIncident(ctx);
    const id = plan(ctx);
    advance(ctx, id);
    const before = getRunbook(db, clock, id);
    const events = allEvents(db).length;
    const error = errorOf(() =>
      updatePlan(ctx, {
        id,
        reason: '改为清理',
        incidentId: String(voice.id),
        authorisation: { position: '办公室主任' },
      }),
    );
    expect(error.code).toBe('runbook_not_draft');
    const after = getRunbook(db, clock, id);
    expect(after.reason).toBe(before.reason);
    expect(after.authorisation).toEqual(before.authorisation);
    expect(after.incident).toBeNull();
    expect(after.steps).toEqual(before.steps);
    expect(allEvents(db)).toHaveLength(events);
    const messages = LOCALES.map((l) => errorMessage(l, error.code, error.params));
    expect(new Set(messages).size).toBe(3);
    expect(messages[LOCALES.indexOf('zh-CN')]).toContain('草稿');
    expect(messages[LOCALES.indexOf('vi')]).toContain('nháp');
    expect(messages[LOCALES.indexOf('en')]).toContain('draft');
  });
});

describe('who carried it out', () => {
  it('is the administrator’s name; with none set nobody is named — the account signing events is not a name', () => {
    const { ctx, db, clock } = bureau();
    const named = plan(ctx);
    startRunbook({ ...ctx, actor: '张敏 办公室', adminName: '张敏 办公室' }, named);
    expect(getRunbook(db, clock, named).carriedOutBy).toBe('张敏 办公室');
    cancelRunbook(ctx, named, '重新安排');

    const unnamed = plan(ctx);
    startRunbook({ ...ctx, actor: 'runner', adminName: null }, unnamed);
    expect(getRunbook(db, clock, unnamed).carriedOutBy).toBeNull();
    const started = allEvents(db).find(
      (e) => e.kind === 'runbook.started' && (e.after as { id: number }).id === unnamed,
    )!;
    expect(started.actor).toBe('runner');
    expect(started.after).toMatchObject({ carriedOutBy: null });
    const paper = runbookDocument(db, clock, 'zh-CN', unnamed);
    const fields = paper.sections.find((s) => s.type === 'fields')!;
    expect(fields.type === 'fields' && fields.rows.find(([label]) => label === '执行人')?.[1]).toBe('—');
    expect(JSON.stringify(paper.sections)).not.toContain('runner');
  });
});

describe('the incident report on paper', () => {
  it('lists the incident’s runbooks with what, state, who and the steps', () => {
    const { ctx, db, clock } = bureau();
    const voice = voiceIncident(ctx);
    const id = plan(ctx, String(voice.id));
    startRunbook({ ...ctx, adminName: '李伟' }, id);
    recordStep(ctx, { id, ord: 1, outcome: 'done' });
    recordStep(ctx, { id, ord: 2, outcome: 'skipped', note: '借调外单位' });
    const paper = incidentDocument(db, clock, 'zh-CN', { id: voice.id });
    const section = paper.sections.find((s) => s.type === 'table' && s.heading.startsWith('群操作'));
    expect(section?.type).toBe('table');
    if (section?.type !== 'table') return;
    // Oldest first: the demo's own plan (set aside by bureau(), never started), then this one.
    expect(section.rows).toHaveLength(2);
    expect(section.rows[0]!.slice(0, 4)).toEqual(['解散群 — 中层干部工作群', '已取消', null, expect.any(String)]);
    const [what, state, startedAt, endedAt, by, steps] = section.rows[1]!;
    expect(what).toBe('解散群 — 中层干部工作群');
    expect(state).toBe('进行中');
    expect(startedAt).toBe(clock.now().toISOString());
    expect(endedAt).toBeNull();
    expect(by).toBe('李伟');
    expect(steps).toBe('共 100 步，已记录 2 步；跳过 1 步，失败 0 步');
  });

  it('has the table, empty, when no runbook answers the incident', () => {
    const { db, clock } = bureau();
    const quarrel = listIncidents(db, { kind: 'quarrel' }).rows[0]!;
    const paper = incidentDocument(db, clock, 'en', { id: quarrel.id });
    const section = paper.sections.find((s) => s.type === 'table' && s.heading.startsWith('Operations on the groups'));
    expect(section?.type === 'table' && section.rows).toEqual([]);
  });
});
