/**
 * The list of incident kinds (issue 10: "the list editable in settings"): kinds of the
 * administrator's own with their label checked for length and duplicates (against each other and
 * the built-in kinds' names in every language), renamed and retired; built-in kinds hidden but
 * never renamed; a hidden or retired kind not offered for new incidents and still read on old
 * ones; every change an event, every refusal a message in each language and nothing written.
 */
import { describe, expect, it } from 'vitest';
import { allEvents } from '../../electron/kernel/events';
import {
  addKind,
  createIncident,
  getIncident,
  incidentReport,
  listIncidents,
  listKinds,
  renameKind,
  retireKind,
  updateIncident,
} from '../../electron/capabilities/incidents';
import { incidentDocument } from '../../electron/capabilities/documents';
import { checkEventPayload } from '../../shared/events';
import { LOCALES } from '../../shared/domain';
import { errorMessage } from '../../shared/i18n/errors';
import type { ServiceContext } from '../../electron/kernel/context';
import { errorOf, smallRegistry } from './helpers';
import { tempLedger } from './ledger-helpers';
import { QUARREL } from './incidents-helpers';
import { kindLabelProblem } from '../../renderer/src/features/escalations/kindRules';
import { incidentEventTexts } from '../../renderer/src/features/escalations/events';
import { i18n } from '../../renderer/src/i18n';

/** What a refused command must leave as it was: the list and the history. */
function unchanged(ctx: ServiceContext, refused: () => unknown): string {
  const kinds = listKinds(ctx.db);
  const events = allEvents(ctx.db).length;
  const error = errorOf(refused);
  expect(listKinds(ctx.db)).toEqual(kinds);
  expect(allEvents(ctx.db).length).toBe(events);
  for (const locale of LOCALES) {
    const text = errorMessage(locale, error.code, error.params);
    expect(text, locale).not.toMatch(/\{\{|incident_kind/);
    // Only an id the caller gave and the registry does not know is quoted back as written.
    if (error.code !== 'not_found') expect(text, locale).not.toMatch(/custom-\d/);
  }
  return error.code;
}

describe('adding a kind: the label is checked, duplicates refused', () => {
  const long = '很'.repeat(41);
  // [what is typed, error code] — every one of them is refused and changes nothing.
  const refused: Array<[string, string]> = [
    ['', 'incident_kind_label'],
    ['   ', 'incident_kind_label'],
    [long, 'incident_kind_label'],
    ['刷屏\u0007广告', 'invalid_input'],
    ['刷屏\u202e广告', 'invalid_input'],
    // The same as a kind of one's own, ignoring case and runs of spaces.
    ['Spam  Posts', 'incident_kind_duplicate'],
    ['spam posts', 'incident_kind_duplicate'],
    // The built-in kinds' names, in every language.
    ['争吵', 'incident_kind_duplicate'],
    ['Cãi vã', 'incident_kind_duplicate'],
    ['Rule breach', 'incident_kind_duplicate'],
    // A retired kind's name: offer that one again instead.
    ['广告', 'incident_kind_retired_duplicate'],
  ];

  it.each(refused)('refuses “%s” (%s)', (label, code) => {
    const { ctx } = smallRegistry();
    addKind(ctx, { label: 'Spam posts' });
    const ad = addKind(ctx, { label: '广告' }).find((k) => k.label === '广告')!;
    retireKind(ctx, { id: ad.id, retired: true });
    expect(unchanged(ctx, () => addKind(ctx, { label }))).toBe(code);
  });

  it('adds a trimmed label of up to 40 characters after the built-in kinds, "other" staying last', () => {
    const { ctx } = smallRegistry();
    const forty = '很'.repeat(40);
    addKind(ctx, { label: '  工作群  里 发广告 ' });
    const kinds = addKind(ctx, { label: forty });
    expect(kinds.map((k) => k.label ?? k.id)).toEqual([
      'quarrel',
      'confidential_leak',
      'off_topic_or_flooding',
      'scope_creep',
      'rule_breach',
      '工作群 里 发广告',
      forty,
      'other',
    ]);
    expect(kinds.filter((k) => !k.builtin).map((k) => k.id)).toEqual(['custom-1', 'custom-2']);
    const added = allEvents(ctx.db).filter((e) => e.kind === 'incident_kind.added');
    expect(added.map((e) => (e.after as { label: string }).label)).toEqual(['工作群 里 发广告', forty]);
    for (const e of added) expect(checkEventPayload(e.kind, e.before, e.after).ok).toBe(true);
  });
});

describe('renaming, hiding and retiring', () => {
  it('renames a kind of one’s own: its incidents read the new name; a built-in kind keeps its name', () => {
    const { ctx, clock } = smallRegistry();
    const own = addKind(ctx, { label: '刷屏' }).find((k) => !k.builtin)!;
    const incident = createIncident(ctx, { ...QUARREL, kind: own.id });
    expect(getIncident(ctx.db, clock, incident.id).kindLabel).toBe('刷屏');
    renameKind(ctx, { id: own.id, label: '刷屏广告' });
    expect(getIncident(ctx.db, clock, incident.id).kindLabel).toBe('刷屏广告');
    const renamed = allEvents(ctx.db).filter((e) => e.kind === 'incident_kind.renamed');
    expect(renamed.map((e) => [(e.before as { label: string }).label, (e.after as { label: string }).label])).toEqual([
      ['刷屏', '刷屏广告'],
    ]);
    // The same name again is no change and no event.
    renameKind(ctx, { id: own.id, label: ' 刷屏广告 ' });
    expect(allEvents(ctx.db).filter((e) => e.kind === 'incident_kind.renamed')).toHaveLength(1);
    expect(unchanged(ctx, () => renameKind(ctx, { id: 'quarrel', label: '吵架' }))).toBe('incident_kind_builtin');
    expect(unchanged(ctx, () => renameKind(ctx, { id: 'custom-9', label: '吵架' }))).toBe('not_found');
    expect(unchanged(ctx, () => renameKind(ctx, { id: own.id, label: '争吵' }))).toBe('incident_kind_duplicate');
  });

  it('a hidden or retired kind is not offered for new incidents, and still reads on old ones', () => {
    const { ctx, clock } = smallRegistry();
    const own = addKind(ctx, { label: '刷屏' }).find((k) => !k.builtin)!;
    const mine = createIncident(ctx, { ...QUARREL, kind: own.id });
    const quarrel = createIncident(ctx, QUARREL);
    retireKind(ctx, { id: own.id, retired: true });
    retireKind(ctx, { id: 'quarrel', retired: true });
    expect(
      listKinds(ctx.db)
        .filter((k) => k.retired)
        .map((k) => [k.id, k.incidents]),
    ).toEqual([
      ['quarrel', 1],
      [own.id, 1],
    ]);
    const refusedNew = errorOf(() => createIncident(ctx, { ...QUARREL, kind: own.id }));
    expect(refusedNew.code).toBe('incident_kind_retired');
    expect(errorMessage('zh-CN', refusedNew.code, refusedNew.params)).toContain('“刷屏”');
    const hidden = errorOf(() => createIncident(ctx, QUARREL));
    expect(errorMessage('zh-CN', hidden.code, hidden.params)).toContain('“争吵”');
    expect(errorMessage('vi', hidden.code, hidden.params)).toContain('“Cãi vã”');
    // Correcting an old incident keeps its kind; moving another incident to a retired kind is refused.
    const kept = updateIncident(ctx, {
      ...QUARREL,
      id: mine.id,
      kind: own.id,
      noticedOn: QUARREL.noticedOn!,
      severity: 'high',
    });
    expect([kept.kind, kept.kindLabel, kept.severity]).toEqual([own.id, '刷屏', 'high']);
    expect(
      errorOf(() => updateIncident(ctx, { ...QUARREL, id: quarrel.id, kind: own.id, noticedOn: QUARREL.noticedOn! }))
        .code,
    ).toBe('incident_kind_retired');
    expect(getIncident(ctx.db, clock, quarrel.id).kind).toBe('quarrel');
    // Filters still find them.
    expect(listIncidents(ctx.db, { kind: own.id }).rows.map((r) => r.id)).toEqual([mine.id]);
    // Offered again.
    retireKind(ctx, { id: own.id, retired: false });
    expect(createIncident(ctx, { ...QUARREL, kind: own.id }).kindLabel).toBe('刷屏');
    const kinds = allEvents(ctx.db)
      .filter((e) => e.kind.startsWith('incident_kind.'))
      .map((e) => e.kind);
    expect(kinds).toEqual([
      'incident_kind.added',
      'incident_kind.retired',
      'incident_kind.retired',
      'incident_kind.restored',
    ]);
  });

  it('keeps at least one kind offered', () => {
    const { ctx } = smallRegistry();
    for (const k of listKinds(ctx.db).slice(1)) retireKind(ctx, { id: k.id, retired: true });
    expect(unchanged(ctx, () => retireKind(ctx, { id: 'quarrel', retired: true }))).toBe('incident_kind_last');
    // Hiding what is already hidden changes nothing and records nothing.
    const events = allEvents(ctx.db).length;
    retireKind(ctx, { id: 'other', retired: true });
    expect(allEvents(ctx.db).length).toBe(events);
  });
});

describe('reports name the kinds of one’s own', () => {
  it('counts by kind: offered kinds, and a retired one only with incidents', () => {
    const { ctx, clock } = smallRegistry();
    const [flood, old] = ['刷屏广告', '旧类型'].map((label) => addKind(ctx, { label }).find((k) => k.label === label)!);
    createIncident(ctx, { ...QUARREL, kind: flood!.id });
    createIncident(ctx, { ...QUARREL, kind: flood!.id });
    retireKind(ctx, { id: old!.id, retired: true });
    retireKind(ctx, { id: 'scope_creep', retired: true });
    const report = incidentReport(ctx.db, {});
    expect(report.byKind.map((k) => [k.kind, k.label, k.count])).toEqual([
      ['quarrel', null, 0],
      ['confidential_leak', null, 0],
      ['off_topic_or_flooding', null, 0],
      ['rule_breach', null, 0],
      [flood!.id, '刷屏广告', 2],
      ['other', null, 0],
    ]);
    const doc = incidentDocument(ctx.db, clock, 'zh-CN', {});
    const text = JSON.stringify(doc.sections);
    expect(text).toContain('刷屏广告');
    expect(text).not.toContain('旧类型');
    expect(text).not.toMatch(/custom-\d/);
  });
});

describe('the Settings form refuses what the service refuses', () => {
  it('checks length and duplicates as the service does', () => {
    const { ctx } = smallRegistry();
    addKind(ctx, { label: 'Spam posts' });
    const ad = addKind(ctx, { label: '广告' }).find((k) => k.label === '广告')!;
    const kinds = retireKind(ctx, { id: ad.id, retired: true });
    const builtinNames = ['争吵', 'Cãi vã', 'Quarrel'];
    const problem = (label: string, self: string | null = null) =>
      kindLabelProblem(label, kinds, builtinNames, self)?.key ?? null;
    expect(problem('')).toBe('required');
    expect(problem('很'.repeat(41))).toBe('tooLong');
    expect(problem('很'.repeat(40))).toBeNull();
    expect(problem('SPAM   posts')).toBe('duplicate');
    expect(problem('cãi vã')).toBe('duplicate');
    expect(problem(' 广告 ')).toBe('retiredDuplicate');
    // A kind keeps its own name when renamed to it.
    expect(problem('Spam posts', 'custom-1')).toBeNull();
    // Whatever the form lets through, the service accepts.
    expect(() => addKind(ctx, { label: '很'.repeat(40) })).not.toThrow();
  });
});

describe('the history names kinds as they read then', () => {
  it('says what happened to the list, and records an incident of one’s own kind by its label', () => {
    const { ctx } = smallRegistry();
    const own = addKind(ctx, { label: '刷屏' }).find((k) => !k.builtin)!;
    createIncident(ctx, { ...QUARREL, kind: own.id, severity: 'low', summary: '连续转发广告' });
    renameKind(ctx, { id: own.id, label: '刷屏广告' });
    retireKind(ctx, { id: 'quarrel', retired: true });
    retireKind(ctx, { id: 'quarrel', retired: false });
    const zh = i18n.getFixedT('zh-CN');
    const vi = i18n.getFixedT('vi');
    const sentences = (t: typeof zh) =>
      allEvents(ctx.db)
        .filter((e) => e.kind.startsWith('incident'))
        .map((e) => incidentEventTexts[e.kind]!(t, e, null));
    expect(sentences(zh)).toEqual([
      '“刷屏”',
      '刷屏（轻微）：连续转发广告',
      '“刷屏” → “刷屏广告”',
      '“争吵”不再用于新事件',
      '“争吵”重新启用',
    ]);
    expect(sentences(vi).slice(3)).toEqual(['“Cãi vã” không còn dùng cho sự việc mới', '“Cãi vã” được dùng lại']);
    for (const kind of [
      'incident_kind_added',
      'incident_kind_renamed',
      'incident_kind_retired',
      'incident_kind_restored',
    ])
      expect(zh(`events.kinds.${kind}`)).not.toBe(`events.kinds.${kind}`);
  });
});

describe('escalations waiting longer than N days: a preference', () => {
  it('is 7 unless set, kept when set, and refused outside 1 to 365 in the user’s language, changing nothing', async () => {
    const { ledger } = tempLedger();
    expect(await ledger.invoke('settings.get', undefined)).toMatchObject({
      ok: true,
      value: { escalationWaitDays: 7 },
    });
    await ledger.invoke('settings.update', { locale: 'zh-CN' });
    expect(await ledger.invoke('settings.update', { escalationWaitDays: 30 })).toMatchObject({
      ok: true,
      value: { escalationWaitDays: 30, locale: 'zh-CN' },
    });
    for (const bad of [0, 366, 2.5, '14']) {
      const result = (await ledger.invoke('settings.update', { escalationWaitDays: bad })) as {
        ok: boolean;
        error: { code: string; message: string };
      };
      expect(result.ok, String(bad)).toBe(false);
      expect(result.error.code).toBe('invalid_input');
      if (typeof bad === 'number') expect(result.error.message).toContain('须为 1 到 365 之间的整数天数');
    }
    expect(await ledger.invoke('settings.get', undefined)).toMatchObject({ value: { escalationWaitDays: 30 } });
    ledger.close();
  });
});
