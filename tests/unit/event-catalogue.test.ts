/**
 * The event catalogue (shared/events) against what the code really writes: every event of both
 * demo organisations, of the small scale fixture and of every command that appends one passes
 * `checkEventPayload`; between them they write every catalogued kind; wrong payloads are refused;
 * and every kind has a label in each UI language.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/db/database';
import type { Clock } from '../../electron/kernel/context';
import { loadDemo } from '../../electron/seeds/demo';
import { listTiers } from '../../electron/capabilities/directory';
import {
  deleteTier,
  deleteUnit,
  reorderTiers,
  savePerson,
  saveTier,
  saveUnit,
} from '../../electron/capabilities/directory';
import { allEvents, appendEvent } from '../../electron/kernel/events';
import { decideException, requestException } from '../../electron/capabilities/exceptions';
import { generateScaleFixture, SCALE_PRESETS } from '../../electron/seeds/fixtures/scale';
import {
  archiveGroup,
  extendEndDate,
  saveGroup,
  setCharter,
  transferOwnership,
} from '../../electron/capabilities/groups';
import { addMember, removeMember } from '../../electron/capabilities/membership';
import { renameOrganisation } from '../../electron/capabilities/organisation';
import { commitImport, parsePeopleFile } from '../../electron/capabilities/directory';
import { acknowledgeRules, publishRules } from '../../electron/capabilities/rules';
import {
  addIncidentAction,
  addKind,
  closeIncident,
  createIncident,
  decideIncident,
  dismissIncident,
  escalateIncident,
  renameKind,
  reopenIncident,
  retireKind,
  updateIncident,
} from '../../electron/capabilities/incidents';
import {
  cancelRunbook,
  listRunbooks,
  nextStep,
  pauseRunbook,
  planRunbook,
  recordStep,
  resumeRunbook,
  startRunbook,
  undoStep,
  updatePlan,
} from '../../electron/capabilities/runbooks';
import { EMPTY_CHARTER, LOCALES, type LedgerEvent } from '../../shared/domain';
import {
  asTypedEvent,
  checkEventPayload,
  EVENT_CATALOGUE,
  EVENT_KINDS,
  isEventKind,
  type EventKind,
  type TypedNewEvent,
} from '../../shared/events';
// The renderer's i18next instance (its path may move with the renderer restructuring).
import { i18n } from '../../renderer/src/i18n';
import { smallRegistry } from './helpers';

const opened: Db[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function fresh(): Db {
  const db = openDatabase(':memory:');
  opened.push(db);
  return db;
}

/** Kinds seen in any registry below; the last test checks they cover the catalogue. */
const seen = new Set<string>();

/** Every event fits its kind; failures listed as `seq kind: reason` so a mismatch reads at once. */
function expectAllCatalogued(events: LedgerEvent[]): void {
  expect(events.length).toBeGreaterThan(0);
  const failures: string[] = [];
  for (const e of events) {
    seen.add(e.kind);
    const check = checkEventPayload(e.kind, e.before, e.after);
    if (!check.ok) failures.push(`${e.seq} ${e.kind}: ${check.reason}`);
  }
  expect(failures).toEqual([]);
}

describe('stored histories fit the catalogue', () => {
  const clock: Clock = { now: () => new Date('2025-06-15T06:00:00Z') };

  it.each([
    ['county-bureau', 'zh-CN'],
    ['youth-union', 'vi'],
  ] as const)('the %s demo', (kind, locale) => {
    const db = fresh();
    loadDemo({ db, actor: 'test', clock }, kind, locale);
    expectAllCatalogued(allEvents(db));
  });

  it('the small scale fixture', () => {
    const db = fresh();
    generateScaleFixture(db, SCALE_PRESETS.small);
    expectAllCatalogued(allEvents(db));
  });

  it('every command that appends an event', () => {
    const { ctx } = smallRegistry();
    const from = allEvents(ctx.db).length;

    // Organisation and directory.
    renameOrganisation(ctx, '测试局（新）');
    const unit = saveUnit(ctx, { name: '财务科', parentId: null });
    saveUnit(ctx, { id: unit.id, name: '财务处', parentId: null });
    deleteUnit(ctx, unit.id);
    const tier = saveTier(ctx, { name: '临时' });
    saveTier(ctx, { id: tier.id, name: '临时人员' });
    const order = listTiers(ctx.db).map((t) => t.id);
    reorderTiers(ctx, [tier.id, ...order.filter((id) => id !== tier.id)]);
    reorderTiers(ctx, order);
    deleteTier(ctx, tier.id);
    const person = {
      name: '孙红',
      unitId: 'unit-office',
      position: null,
      tierId: 'tier-3',
      phone: null,
      handles: {},
      status: 'active' as const,
      leftOn: null,
    };
    const sun = savePerson(ctx, person);
    savePerson(ctx, { ...person, id: sun.id, position: '科员', handles: { wechat: 'sunhong' } });
    savePerson(ctx, { ...person, id: sun.id, position: '科员', status: 'left', leftOn: '2024-03-04' });
    const outsider = savePerson(ctx, { ...person, name: '钱峰' });

    // A people file naming a unit and a tier the registry does not have.
    const file = parsePeopleFile(
      'people.csv',
      new TextEncoder().encode('name,unit,tier,phone\n陈新,新部门,见习,13900000011\n'),
    );
    commitImport(ctx, file, { name: 'name', unit: 'unit', tier: 'tier', phone: 'phone' });

    // Groups and members.
    const details = {
      name: '专项工作群',
      platform: 'wechat' as const,
      platformGroupId: null,
      purpose: null,
      kind: 'adhoc' as const,
      task: '年度检查',
      endDate: '2024-06-30',
      authorisingDoc: null,
    };
    const group = saveGroup(ctx, { ...details, ownerId: 'p-liwei', deputyIds: ['p-zhang'] });
    saveGroup(ctx, { ...details, id: group.id, purpose: '协调检查', deputyIds: [] });
    setCharter(ctx, {
      groupId: group.id,
      charter: { ...EMPTY_CHARTER, tierIds: ['tier-1', 'tier-2'], approver: { kind: 'person', ref: 'p-wang' } },
    });
    addMember(ctx, { groupId: group.id, personId: 'p-wang' });
    transferOwnership(ctx, { groupId: group.id, toPersonId: 'p-wang', reason: '工作调整' });
    saveGroup(ctx, { ...details, id: group.id, purpose: '协调检查', deputyIds: ['p-liwei'] });
    removeMember(ctx, { groupId: group.id, personId: 'p-liwei', reason: '不再负责' });

    // Exceptions: one approved (adds the member), one rejected.
    const approved = requestException(ctx, {
      groupId: group.id,
      personId: 'p-nhan',
      requestedBy: 'p-wang',
      reason: '负责材料汇总',
      reviewOn: '2024-06-01',
    });
    decideException(ctx, { id: approved.id, decision: 'approved', decidedBy: 'p-wang', documentRef: '办〔2024〕3号' });
    const rejected = requestException(ctx, {
      groupId: group.id,
      personId: outsider.id,
      requestedBy: 'p-wang',
      reason: '想了解进度',
    });
    decideException(ctx, { id: rejected.id, decision: 'rejected', decidedBy: 'p-wang', note: '不在范围内' });

    // Rules.
    publishRules(ctx, { groupId: group.id, text: '只转发工作通知。' });
    acknowledgeRules(ctx, { groupId: group.id, version: 1, personIds: ['p-wang', 'p-nhan'] });

    // The task runs on: the ad-hoc group's end date moves later.
    extendEndDate(ctx, { groupId: group.id, endDate: '2024-07-31', reason: '检查延期' });

    // Incidents: recorded, corrected, escalated, decided, acted on, closed, reopened; another dismissed.
    const quarrel = {
      kind: 'quarrel' as const,
      severity: 'medium' as const,
      groupId: group.id,
      occurredOn: '2024-03-04',
      summary: '群内争执',
      people: [{ personId: 'p-wang', role: 'party' as const }],
    };
    const incident = createIncident(ctx, quarrel);
    updateIncident(ctx, { ...quarrel, id: incident.id, severity: 'high', noticedOn: '2024-03-04' });
    escalateIncident(ctx, {
      id: incident.id,
      from: { kind: 'person', ref: 'p-liwei' },
      to: { kind: 'position', ref: '局长' },
      channel: 'phone',
      request: '请示处理意见',
    });
    decideIncident(ctx, { id: incident.id, decidedBy: { kind: 'person', ref: 'p-wang' }, decision: '当面提醒' });
    addIncidentAction(ctx, { id: incident.id, kind: 'warning', targetPersonId: 'p-wang' });
    closeIncident(ctx, { id: incident.id });
    reopenIncident(ctx, { id: incident.id, reason: '再次发生' });
    dismissIncident(ctx, { id: createIncident(ctx, quarrel).id, reason: '重复登记' });
    // The list of kinds: one of the administrator's own added, renamed, retired and offered again.
    const own = addKind(ctx, { label: '刷屏' }).find((k) => !k.builtin)!;
    renameKind(ctx, { id: own.id, label: '刷屏广告' });
    retireKind(ctx, { id: own.id, retired: true });
    retireKind(ctx, { id: own.id, retired: false });

    const events = allEvents(ctx.db).slice(from);
    expectAllCatalogued(events);
    const sources = events.filter((e) => (e.after as { source?: string } | null)?.source === 'import');
    expect(sources.map((e) => e.kind).sort()).toEqual(['person.created', 'tier.created', 'unit.created']);
  });

  it('every runbook command', () => {
    const db = fresh();
    const ctx = { db, actor: 'test', clock: { now: () => new Date('2025-06-15T06:00:00Z') } };
    loadDemo(ctx, 'county-bureau', 'zh-CN');
    const from = allEvents(db).length;
    // The demo's planned dissolution holds the middle-manager group: set it aside first.
    const [draft] = listRunbooks(db, { state: 'draft', groupId: 'group-middle-managers' });
    cancelRunbook(ctx, draft!.id, '先清理再定');
    const prune = planRunbook(ctx, { kind: 'prune', groupId: 'group-middle-managers', reason: '清理' });
    updatePlan(ctx, { id: prune, reason: '清理离职人员' });
    cancelRunbook(ctx, prune, '改为解散');
    const id = startRunbook(ctx, planRunbook(ctx, { kind: 'dissolve', groupId: 'group-hr', reason: '撤销' }));
    recordStep(ctx, { id, ord: 1, outcome: 'done' });
    undoStep(ctx, id);
    pauseRunbook(ctx, id);
    resumeRunbook(ctx, id);
    for (let s = nextStep(db, id); s; s = nextStep(db, id)) recordStep(ctx, { id, ord: s.ord, outcome: 'done' });
    // Dissolved, then archived by hand: a status change without a runbook.
    archiveGroup(ctx, { groupId: 'group-hr', reason: '材料已归档' });
    expectAllCatalogued(allEvents(db).slice(from));
  });

  it('between them, the registries above write every catalogued kind and nothing else', () => {
    expect([...seen].filter((k) => !isEventKind(k))).toEqual([]);
    expect(EVENT_KINDS.filter((k) => !seen.has(k))).toEqual([]);
  });
});

describe('payloads that do not fit are refused', () => {
  const unit = { id: 'unit-1', parentId: null, name: '办公室', sort: 1 };
  const person = {
    id: 'p-1',
    name: '李伟',
    unitId: 'unit-1',
    position: null,
    tierId: 'tier-2',
    phone: null,
    handles: { wechat: 'liwei' },
    status: 'active',
    leftOn: null,
  };
  const membership = {
    id: 7,
    groupId: 'g-1',
    personId: 'p-1',
    role: 'member',
    joinedOn: '2024-05-06',
    leftOn: null,
    addedBy: 'p-2',
    requestedBy: null,
    basis: 'charter',
    basisRef: null,
    leftReason: null,
  };

  it('accepts what older versions wrote: extra fields, and no charter check or source yet', () => {
    expect(checkEventPayload('unit.created', null, { ...unit, colour: 'red' })).toEqual({ ok: true });
    expect(checkEventPayload('unit.created', undefined, unit)).toEqual({ ok: true });
    expect(checkEventPayload('person.created', null, person)).toEqual({ ok: true });
    expect(checkEventPayload('membership.added', null, membership)).toEqual({ ok: true });
  });

  it.each<[string, unknown, unknown, string]>([
    ['incident.opened', null, {}, 'unknown kind "incident.opened"'],
    ['toString', null, {}, 'unknown kind "toString"'],
    ['unit.created', unit, unit, 'before: '],
    ['unit.created', null, null, 'after: '],
    ['unit.created', null, { ...unit, sort: '1' }, 'after.sort: '],
    ['unit.created', null, { ...unit, source: 'csv' }, 'after.source: '],
    ['unit.deleted', unit, unit, 'after: '],
    ['person.created', null, { ...person, id: 42 }, 'after.id: '],
    ['person.created', null, { ...person, status: 'retired' }, 'after.status: '],
    ['person.updated', person, { ...person, handles: { wechat: 1 } }, 'after.handles.wechat: '],
    ['person.left', person, person, 'after.status: '],
    ['person.left', person, { ...person, status: 'left', leftOn: '4 March 2024' }, 'after.leftOn: '],
    ['tier.reordered', { id: 'tier-1', name: '领导', rank: 1 }, [], 'before: '],
    ['tier.reordered', [{ id: 'tier-1', name: '领导', rank: '1' }], [], 'before.0.rank: '],
    ['membership.added', null, { ...membership, role: 'admin' }, 'after.role: '],
    [
      'membership.added',
      null,
      { ...membership, check: { eligible: 'yes', via: null, mismatches: [] } },
      'after.check.eligible: ',
    ],
    ['membership.removed', membership, membership, 'after.leftOn: '],
    ['group.charter_changed', EMPTY_CHARTER, { ...EMPTY_CHARTER, tierIds: 'tier-1' }, 'after.tierIds: '],
    [
      'rules.acknowledged',
      null,
      { groupId: 'g-1', version: 1, acknowledgedOn: '2024-05-06', personIds: [] },
      'after.personIds: ',
    ],
  ])('%s refuses a wrong payload (%#)', (kind, before, after, reason) => {
    const check = checkEventPayload(kind, before, after);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason.startsWith(reason), check.reason).toBe(true);
  });

  it('an exception decision must say what was decided', () => {
    const exception = {
      id: 3,
      groupId: 'g-1',
      personId: 'p-1',
      role: 'member',
      requestedBy: 'p-2',
      requestedOn: '2024-05-01',
      reason: '汇总材料',
      approver: { kind: 'position', ref: '局长' },
      status: 'pending',
      decidedBy: null,
      decidedOn: null,
      documentRef: null,
      decisionNote: null,
      reviewOn: null,
      membershipId: null,
    };
    const decided = { ...exception, decidedBy: 'p-3', decidedOn: '2024-05-02' };
    expect(checkEventPayload('exception.approved', exception, { ...decided, status: 'approved' })).toEqual({
      ok: true,
    });
    expect(checkEventPayload('exception.approved', exception, { ...decided, status: 'rejected' })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^after\.status: /),
    });
    expect(checkEventPayload('exception.requested', null, exception)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^after\.check: /),
    });
  });
});

describe('typed events', () => {
  it('a typed event is a NewEvent, and a typed append can check it before writing', () => {
    const { ctx } = smallRegistry();
    function appendTyped<K extends EventKind>(event: TypedNewEvent<K>): LedgerEvent {
      const check = checkEventPayload(event.kind, event.before, event.after);
      if (!check.ok) throw new Error(check.reason);
      return appendEvent(ctx, event);
    }
    const stored = appendTyped({
      kind: 'tier.renamed',
      subjects: ['tier-3'],
      before: { id: 'tier-3', name: '一般人员', rank: 3 },
      after: { id: 'tier-3', name: '工作人员', rank: 3 },
    });
    // `before` may be left out where the kind stores null.
    appendTyped({
      kind: 'rules.published',
      subjects: ['g-middle'],
      after: {
        groupId: 'g-middle',
        version: 1,
        text: '…',
        effectiveOn: '2024-03-04',
        publishedAt: '2024-03-04T09:00:00.000Z',
      },
    });
    const typed = asTypedEvent(stored);
    expect(typed?.kind).toBe('tier.renamed');
    if (typed?.kind === 'tier.renamed') expect(typed.after.name).toBe('工作人员');
    expect(asTypedEvent({ ...stored, kind: 'tier.renamed', after: null })).toBeNull();
  });
});

describe('history labels', () => {
  // The renderer's tables: membership.events.kinds first, then events.kinds (as kindLabel reads them).
  function label(locale: string, kind: string): unknown {
    const key = kind.replace(/\./g, '_');
    return (
      i18n.getResource(locale, 'translation', `membership.events.kinds.${key}`) ??
      i18n.getResource(locale, 'translation', `events.kinds.${key}`)
    );
  }

  it.each(LOCALES)('every catalogued kind has a %s label', (locale) => {
    const missing = Object.keys(EVENT_CATALOGUE).filter((kind) => {
      const text = label(locale, kind);
      return typeof text !== 'string' || text.trim() === '';
    });
    expect(missing).toEqual([]);
  });
});
