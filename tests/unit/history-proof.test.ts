/**
 * A history that proves itself: a row changed behind the history's back is found by doctor, and a
 * registry that lost the tail of its history (copied without its -wal) is found by its anchor.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../electron/app/ledger';
import { runDoctor } from '../../electron/capabilities/history';
import { memoryPreferences } from '../../electron/core/preferences';
import { openDatabase } from '../../electron/db/database';
import { ANCHOR_FILE, readAnchor } from '../../electron/kernel/anchor';
import { chainHead } from '../../electron/kernel/events';
import { SCALE_PRESETS, generateScaleFixture } from '../../electron/seeds/fixtures/scale';
import type { DoctorCheck, DoctorReport } from '../../shared/contract';
import { doctorText } from '../../shared/i18n/doctor';
import { generateIncidents } from '../bench/incident-fixture';
import { cli, fixedClock, openTempDb, tempDir } from './helpers';
import { noDialogs } from './ledger-helpers';

function ledgerAt(dir: string): Ledger {
  return openLedger({
    dataDir: dir,
    preferences: memoryPreferences(),
    dialogs: noDialogs(),
    mode: 'electron',
    version: '0.0.0-test',
    clock: fixedClock('2026-11-30T08:00:00.000Z'),
  });
}

/**
 * Closes the ledger so that its main file holds everything (a copy of it alone is then complete).
 * The open-time full check reads the file on a worker thread; while its connection is open,
 * closing does not checkpoint (SQLite leaves the -wal for the other reader), so it is awaited first.
 */
async function closeIntoMainFile(ledger: Ledger, dir: string): Promise<void> {
  await ledger.settled;
  ledger.close();
  expect(existsSync(join(dir, 'registry.sqlite-wal'))).toBe(false);
}

async function ok<T>(result: Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.error?.message);
  return r.value as T;
}

function doctorOf(dir: string): DoctorReport {
  const db = openDatabase(join(dir, 'registry.sqlite'));
  try {
    return runDoctor(db);
  } finally {
    db.close();
  }
}

describe('doctor replays the history against the tables', () => {
  it.each(['county-bureau', 'youth-union'])(
    'passes on the %s demo, whose tables were only changed by its commands, checking every table',
    async (kind) => {
      const dir = tempDir();
      const ledger = ledgerAt(dir);
      await ok(ledger.invoke('org.loadDemo', { kind, locale: 'zh-CN' }));
      const rows = ledger.db
        .prepare(
          `SELECT (SELECT count(*) FROM people) + (SELECT count(*) FROM memberships) + (SELECT count(*) FROM exceptions)
             + (SELECT count(*) FROM acknowledgements) + (SELECT count(*) FROM runbook_steps)
             + (SELECT count(*) FROM incident_steps) AS n`,
        )
        .get() as { n: number };
      ledger.close();
      const report = doctorOf(dir);
      expect(report.checks.filter((c) => !c.ok)).toEqual([]);
      const replay = report.checks.find((c) => c.name === 'replay')!;
      expect(replay).toMatchObject({ ok: true, finding: 'replay_ok' });
      expect(String(replay.params.tables).split(',')).toEqual(
        expect.arrayContaining([
          'tiers',
          'exceptions',
          'rules',
          'acknowledgements',
          'runbooks',
          'runbook_steps',
          'incidents',
        ]),
      );
      expect(replay.params.checked).toBeGreaterThan(rows.n);
    },
  );

  it('passes after every kind of change the commands make to the tables it compares', async () => {
    const dir = tempDir();
    const ledger = ledgerAt(dir);
    type Value = { id: number; version: number } & Record<string, unknown>;
    const call = (channel: string, input: unknown) => ok<Value>(ledger.invoke(channel, input));
    await call('org.loadDemo', { kind: 'county-bureau', locale: 'zh-CN' });
    const get = (sql: string, ...params: Array<string | number>) =>
      ledger.db.prepare(sql).get(...params) as { id: string | number };
    // Tiers: created, renamed, reordered, deleted (the ranks below move up).
    const tier = await call('tiers.save', { name: '临时' });
    await call('tiers.save', { id: tier.id, name: '临时工' });
    const tiers = (ledger.db.prepare('SELECT id FROM tiers ORDER BY rank').all() as Array<{ id: string }>).map(
      (t) => t.id,
    );
    await call('tiers.reorder', { ids: [tiers[0], tiers[2], tiers[1], tiers[3]] });
    await call('tiers.delete', { id: tier.id });
    // Rules and an acknowledgement; an exception requested and approved.
    const member = get(
      "SELECT person_id AS id FROM memberships WHERE group_id = 'group-office' AND left_on IS NULL AND role = 'member'",
    ).id;
    const rule = await call('rules.publish', { groupId: 'group-office', text: '新群规' });
    await call('rules.acknowledge', { groupId: 'group-office', version: rule.version, personIds: [member] });
    const outsider = get(
      `SELECT id FROM people WHERE status = 'active' AND tier_id = 'tier-3' AND id NOT IN
         (SELECT person_id FROM memberships WHERE group_id = 'group-middle-managers' AND left_on IS NULL)`,
    ).id;
    const exception = await call('exceptions.request', {
      groupId: 'group-middle-managers',
      personId: outsider,
      requestedBy: 'person-007',
      reason: '需要',
    });
    await call('exceptions.decide', { id: exception.id, decision: 'approved', decidedBy: 'person-001' });
    // An incident through its whole life, and the list of kinds.
    const { id } = await call('incidents.create', {
      kind: 'quarrel',
      severity: 'low',
      groupId: 'group-office',
      occurredOn: '2024-03-01',
      summary: '争吵',
      people: [{ personId: member, role: 'party' }],
    });
    await call('incidents.update', {
      id,
      kind: 'off_topic_or_flooding',
      severity: 'high',
      groupId: 'group-office',
      occurredOn: '2024-03-01',
      noticedOn: '2024-03-02',
      summary: '刷屏',
      documentRef: null,
      people: [
        { personId: member, role: 'poster' },
        { personId: 'person-007', role: 'reporter' },
      ],
    });
    const liwei = { kind: 'person', ref: 'person-liwei' };
    const office = { kind: 'person', ref: 'person-007' };
    await call('incidents.escalate', { id, from: liwei, to: office, channel: 'phone', request: '请示' });
    await call('incidents.decide', { id, decidedBy: office, decision: '警告' });
    await call('incidents.addAction', { id, kind: 'warning', targetPersonId: member, note: '警告' });
    await call('incidents.close', { id });
    await call('incidents.reopen', { id, reason: '再议' });
    await call('incidents.escalate', {
      id,
      from: office,
      to: { kind: 'position', ref: '局长' },
      channel: 'written',
      request: '请局长定',
    });
    await call('incidents.dismiss', { id, reason: '不予处理' });
    await call('incidents.addKind', { label: '广告' });
    const own = get('SELECT id FROM incident_kinds WHERE builtin = 0').id;
    await call('incidents.renameKind', { id: own, label: '广告刷屏' });
    await call('incidents.retireKind', { id: own, retired: true });
    await call('incidents.retireKind', { id: 'quarrel', retired: true });
    await call('incidents.retireKind', { id: 'quarrel', retired: false });
    // The demo's draft dissolution walked to the end; an offboarding stepped, undone, paused, cancelled.
    const draft = get("SELECT id FROM runbooks WHERE state = 'draft'").id;
    await call('runbooks.start', { id: draft });
    for (const { ord } of ledger.db
      .prepare('SELECT ord FROM runbook_steps WHERE runbook_id = ? ORDER BY ord')
      .all(draft) as Array<{ ord: number }>) {
      await call('runbooks.step', { id: draft, ord, outcome: 'done' });
    }
    const leaver = get(
      `SELECT person_id AS id FROM memberships WHERE left_on IS NULL GROUP BY person_id
        HAVING count(*) >= 2 AND min(role) = 'member' AND max(role) = 'member'`,
    ).id;
    const { id: runbook } = await call('runbooks.plan', { kind: 'offboard', personId: leaver, reason: '调离' });
    await call('runbooks.start', { id: runbook });
    await call('runbooks.step', { id: runbook, ord: 1, outcome: 'done' });
    await call('runbooks.undo', { id: runbook });
    await call('runbooks.step', { id: runbook, ord: 1, outcome: 'skipped', note: '暂缓' });
    await call('runbooks.pause', { id: runbook });
    await call('runbooks.resume', { id: runbook });
    await call('runbooks.cancel', { id: runbook, reason: '取消' });
    const next = get(
      "SELECT person_id AS id FROM memberships WHERE group_id = 'group-office' AND left_on IS NULL AND role = 'member' AND person_id != ?",
      member,
    ).id;
    await call('groups.transferOwnership', { groupId: 'group-office', toPersonId: next, reason: '交接' });
    ledger.close();

    const report = doctorOf(dir);
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('passes after a group edit names one deputy and drops another (their roles follow)', async () => {
    const dir = tempDir();
    const ledger = ledgerAt(dir);
    await ok(ledger.invoke('org.loadDemo', { kind: 'county-bureau', locale: 'zh-CN' }));
    const row = ledger.db.prepare("SELECT * FROM groups WHERE deputy_ids != '[]' ORDER BY id LIMIT 1").get() as Record<
      string,
      string | null
    > & { id: string };
    const deputies = JSON.parse(String(row.deputy_ids)) as string[];
    const member = (
      ledger.db
        .prepare("SELECT person_id AS id FROM memberships WHERE group_id = ? AND left_on IS NULL AND role = 'member'")
        .get(row.id) as { id: string }
    ).id;
    const role = (personId: string) =>
      (
        ledger.db
          .prepare('SELECT role FROM memberships WHERE group_id = ? AND person_id = ? AND left_on IS NULL')
          .get(row.id, personId) as { role: string }
      ).role;
    const save = (deputyIds: string[]) =>
      ok(
        ledger.invoke('groups.save', {
          id: row.id,
          name: row.name,
          platform: row.platform,
          platformGroupId: row.platform_group_id,
          purpose: row.purpose,
          kind: row.kind,
          task: row.task,
          endDate: row.end_date,
          authorisingDoc: row.authorising_doc,
          deputyIds,
        }),
      );
    await save([...deputies.slice(1), member]);
    expect(role(deputies[0]!)).toBe('member');
    expect(role(member)).toBe('deputy');
    const report = runDoctor(ledger.db);
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    // And back again.
    await save(deputies);
    expect(role(deputies[0]!)).toBe('deputy');
    expect(role(member)).toBe('member');
    expect(runDoctor(ledger.db).checks.filter((c) => !c.ok)).toEqual([]);
    await ledger.settled;
    ledger.close();
  });

  it("passes on the benchmark's scale fixture with incidents recorded on it", () => {
    const { db } = openTempDb();
    generateScaleFixture(db, SCALE_PRESETS.small);
    generateIncidents({ db, clock: { now: () => new Date('2025-07-01T00:00:00Z') }, actor: 'bench' }, 200);
    const report = runDoctor(db);
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it("finds UPDATE people SET name = 'X' made directly, naming the person, the field and both values", async () => {
    const dir = tempDir();
    const ledger = ledgerAt(dir);
    await ok(ledger.invoke('org.loadDemo', { kind: 'county-bureau', locale: 'zh-CN' }));
    ledger.close();
    const db = openDatabase(join(dir, 'registry.sqlite'));
    const { id, name } = db.prepare('SELECT id, name FROM people ORDER BY id LIMIT 1').get() as {
      id: string;
      name: string;
    };
    db.prepare("UPDATE people SET name = 'X' WHERE id = ?").run(id);
    // And a membership row removed behind the history's back.
    db.exec('PRAGMA foreign_keys = OFF');
    db.exec('DELETE FROM memberships WHERE id = (SELECT max(id) FROM memberships)');
    db.close();

    const report = doctorOf(dir);
    expect(report.ok).toBe(false);
    // The chain itself is intact: only the replay sees it.
    expect(report.checks.find((c) => c.name === 'event_chain')).toMatchObject({ ok: true });
    const replay = report.checks.filter((c) => c.name === 'replay');
    expect(replay).toContainEqual(
      expect.objectContaining({
        ok: false,
        finding: 'replay_field',
        params: expect.objectContaining({ table: 'people', what: name, field: 'name', found: 'X', expected: name }),
      }),
    );
    expect(replay).toContainEqual(
      expect.objectContaining({ finding: 'replay_missing', params: expect.objectContaining({ table: 'memberships' }) }),
    );

    // The command line says it in each language, with names, and fails.
    const zh = await cli(['doctor', '--data', dir, '--lang', 'zh-CN']);
    expect(zh.code).toBe(1);
    expect(zh.out).toContain(`人员：${name} 的名称在表中为“X”，历史记录为“${name}”`);
    const vi = await cli(['doctor', '--data', dir, '--lang', 'vi']);
    expect(vi.out).toContain(`Nhân sự: ${name} có tên “X” trong bảng, nhưng lịch sử ghi “${name}”`);
    const en = await cli(['doctor', '--data', dir, '--lang', 'en']);
    expect(en.out).toContain(`People: ${name} has name “X” in the table, but the history says “${name}”`);
    expect(en.out).toMatch(/Memberships: .+ — .+ is in the history but not in the table/);
  });
});

/**
 * One row of each table the history describes, changed directly in the database (no event): doctor
 * names the table, the record as the administrator knows it, the field and both values. Each case
 * runs on its own copy of one county-bureau demo registry.
 */
describe('doctor finds a row changed behind the history in every table it describes', () => {
  // Not tempDir(): that folder is removed after each test, and the template serves them all.
  let template = '';
  afterAll(() => void (template && rmSync(template, { recursive: true, force: true })));
  const copyOfDemo = async (): Promise<string> => {
    if (!template) {
      template = mkdtempSync(join(tmpdir(), 'gl-proof-demo-'));
      const ledger = ledgerAt(template);
      await ok(ledger.invoke('org.loadDemo', { kind: 'county-bureau', locale: 'zh-CN' }));
      await closeIntoMainFile(ledger, template);
    }
    const dir = join(tempDir(), 'copy');
    mkdirSync(dir);
    copyFileSync(join(template, 'registry.sqlite'), join(dir, 'registry.sqlite'));
    return dir;
  };
  const one = (dir: string, sql: string): string => {
    const db = openDatabase(join(dir, 'registry.sqlite'));
    try {
      return String(Object.values(db.prepare(sql).get() as Record<string, unknown>)[0]);
    } finally {
      db.close();
    }
  };
  const edit = (dir: string, sql: string) => {
    const db = openDatabase(join(dir, 'registry.sqlite'));
    try {
      db.exec('PRAGMA foreign_keys = OFF');
      db.exec(sql);
    } finally {
      db.close();
    }
  };

  interface Case {
    table: string;
    /** The direct change. */
    sql: string;
    /** The record as the finding should name it (SQL on the registry before the change), or a pattern. */
    what: string | RegExp;
    finding: 'replay_field' | 'replay_missing' | 'replay_extra';
    field?: string;
    found?: string;
    expected?: string;
  }
  const person = (col: string, table: string, where: string) =>
    `SELECT p.name FROM people p JOIN ${table} t ON p.id = t.${col} WHERE ${where}`;
  const cases: Case[] = [
    {
      table: 'organisation',
      sql: "UPDATE organisation SET name = 'X'",
      what: '云溪县自然资源局',
      finding: 'replay_field',
      field: 'name',
      found: 'X',
      expected: '云溪县自然资源局',
    },
    {
      table: 'tiers',
      sql: "UPDATE tiers SET name = 'X' WHERE id = 'tier-2'",
      what: "SELECT name FROM tiers WHERE id = 'tier-2'",
      finding: 'replay_field',
      field: 'name',
      found: 'X',
    },
    {
      table: 'exceptions',
      sql: "UPDATE exceptions SET status = 'rejected' WHERE id = 1",
      what: person('person_id', 'exceptions', 't.id = 1'),
      finding: 'replay_field',
      field: 'status',
      found: 'rejected',
      expected: 'approved',
    },
    {
      table: 'exceptions',
      sql: "UPDATE exceptions SET review_on = '2099-01-01' WHERE id = 1",
      what: person('person_id', 'exceptions', 't.id = 1'),
      finding: 'replay_field',
      field: 'reviewOn',
      found: '2099-01-01',
    },
    {
      table: 'rules',
      sql: "UPDATE rules SET text = 'X' WHERE version = 1",
      what: 'SELECT g.name FROM groups g JOIN rules r ON r.group_id = g.id WHERE r.version = 1 LIMIT 1',
      finding: 'replay_field',
      field: 'text',
      found: 'X',
    },
    {
      table: 'acknowledgements',
      sql: `DELETE FROM acknowledgements WHERE person_id = (SELECT min(person_id) FROM acknowledgements)`,
      what: 'SELECT name FROM people WHERE id = (SELECT min(person_id) FROM acknowledgements)',
      finding: 'replay_missing',
    },
    {
      table: 'runbooks',
      sql: "UPDATE runbooks SET reason = 'X' WHERE id = 1",
      what: 'SELECT reason FROM runbooks WHERE id = 1',
      finding: 'replay_field',
      field: 'reason',
      found: 'X',
    },
    {
      table: 'runbook_groups',
      sql: "UPDATE runbook_groups SET snapshot = '[]' WHERE runbook_id = 1",
      what: 'SELECT g.name FROM groups g JOIN runbook_groups r ON r.group_id = g.id WHERE r.runbook_id = 1',
      finding: 'replay_field',
      field: 'members',
      found: '0',
    },
    {
      table: 'runbook_steps',
      sql: "UPDATE runbook_steps SET outcome = 'skipped', note = 'X' WHERE runbook_id = 1 AND ord = 1",
      what: person('person_id', 'runbook_steps', 't.runbook_id = 1 AND t.ord = 1'),
      finding: 'replay_field',
      field: 'outcome',
      found: 'skipped',
      expected: 'done',
    },
    {
      table: 'incidents',
      sql: "UPDATE incidents SET severity = 'low' WHERE id = 1",
      what: 'SELECT noticed_on FROM incidents WHERE id = 1',
      finding: 'replay_field',
      field: 'severity',
      found: 'low',
      expected: 'medium',
    },
    {
      table: 'incidents',
      sql: `DELETE FROM incident_people WHERE incident_id = 1 AND person_id = (SELECT max(person_id) FROM incident_people WHERE incident_id = 1)`,
      what: 'SELECT noticed_on FROM incidents WHERE id = 1',
      finding: 'replay_field',
      field: 'involved',
    },
    {
      table: 'incident_steps',
      sql: "UPDATE incident_steps SET decision = 'X' WHERE id = 1",
      what: 'SELECT noticed_on FROM incidents WHERE id = 1',
      finding: 'replay_field',
      field: 'decision',
      found: 'X',
    },
    {
      table: 'incident_actions',
      sql: `INSERT INTO incident_actions (incident_id, kind, link, target_person_id, note, taken_on)
              VALUES (1, 'warning', NULL, NULL, 'X', '2019-03-20')`,
      what: /2019-03-20$/,
      finding: 'replay_extra',
    },
    {
      table: 'incident_kinds',
      sql: "UPDATE incident_kinds SET retired = 1 WHERE id = 'quarrel'",
      what: '⟦ikind.quarrel⟧',
      finding: 'replay_field',
      field: 'retired',
      found: '✓',
      expected: '✗',
    },
  ];

  it.each(cases.map((c) => [`${c.table}: ${c.sql.replace(/\s+/g, ' ')}`, c] as const))('%s', async (_label, c) => {
    const dir = await copyOfDemo();
    expect(doctorOf(dir).ok).toBe(true);
    const what = typeof c.what === 'string' && /^SELECT /.test(c.what) ? one(dir, c.what) : c.what;
    edit(dir, c.sql);
    const report = doctorOf(dir);
    expect(report.ok).toBe(false);
    // The chain is intact: only the replay sees it.
    expect(report.checks.find((c) => c.name === 'event_chain')).toMatchObject({ ok: true });
    const replay = report.checks.filter((check) => check.name === 'replay' && !check.ok);
    const params: Record<string, unknown> = { table: c.table };
    if (c.field) params.field = c.field;
    if (c.found) params.found = c.found;
    if (c.expected) params.expected = c.expected;
    const match = replay.find(
      (check) =>
        check.finding === c.finding &&
        Object.entries(params).every(([k, v]) => check.params[k] === v) &&
        (what instanceof RegExp ? what.test(String(check.params.what)) : String(check.params.what).includes(what)),
    );
    expect(match, JSON.stringify(replay)).toBeDefined();
    // Nothing else differs: the finding is the change, not noise around it.
    expect(replay.every((check) => check.params.table === c.table)).toBe(true);
  });

  it('says each new finding in every language, with the record as the administrator knows it', async () => {
    const dir = await copyOfDemo();
    edit(
      dir,
      `UPDATE incidents SET severity = 'low' WHERE id = 1;
       UPDATE runbooks SET reason = 'X' WHERE id = 1;
       UPDATE exceptions SET status = 'rejected' WHERE id = 1;`,
    );
    const replay = doctorOf(dir).checks.filter((c) => c.name === 'replay');
    const text = (locale: 'en' | 'zh-CN' | 'vi', check: DoctorCheck) => doctorText(locale, check.finding, check.params);
    const of = (table: string) => replay.find((c) => c.params.table === table)!;
    expect(text('en', of('incidents'))).toMatch(
      /^Incidents: 2019-03-14 Quarrel · .+ has severity “low” in the table, but the history says “medium”\.$/,
    );
    expect(text('zh-CN', of('incidents'))).toMatch(
      /^事件：2019-03-14 争吵 · .+ 的严重程度在表中为“low”，历史记录为“medium”。$/,
    );
    expect(text('vi', of('incidents'))).toMatch(/^Sự việc: 2019-03-14 Cãi vã · .+ có mức độ “low” trong bảng/);
    expect(text('en', of('runbooks'))).toMatch(/^Operations: Offboard a person from every group · .+ has reason “X”/);
    expect(text('zh-CN', of('runbooks'))).toMatch(/^批量操作：将离职人员移出所有群 · .+ 的理由在表中为“X”/);
    expect(text('vi', of('runbooks'))).toMatch(/^Tác vụ: .+ có lý do “X” trong bảng/);
    expect(text('en', of('exceptions'))).toMatch(
      /^Exceptions: .+ — 中层干部工作群 \(\d{4}-\d{2}-\d{2}\) has status “rejected”/,
    );
    expect(text('zh-CN', of('exceptions'))).toContain('的状态在表中为“rejected”');
    for (const check of replay) {
      for (const locale of ['en', 'zh-CN', 'vi'] as const)
        expect(text(locale, check)).not.toMatch(/⟦|\{\{|person-|tier-/);
    }
  });
});

describe('the anchor beside the registry', () => {
  it('follows every acknowledged write; a copy without its -wal gives chain_tail_lost with the count, and is not opened for writing', async () => {
    const dir = tempDir();
    let ledger = ledgerAt(dir);
    await ok(ledger.invoke('org.create', { name: '测试局', locale: 'zh-CN' }));
    await closeIntoMainFile(ledger, dir); // the main file holds the organisation
    ledger = ledgerAt(dir);
    const writes = 7;
    for (let i = 0; i < writes; i++) {
      await ok(ledger.invoke('units.save', { name: `科室${i}`, parentId: null }));
      // Each acknowledged write is anchored before the call returns.
      expect(readAnchor(dir)).toMatchObject(chainHead(ledger.db));
    }
    // Copied while the app runs, without registry.sqlite-wal.
    const copy = join(tempDir(), 'copy');
    mkdirSync(copy);
    copyFileSync(join(dir, 'registry.sqlite'), join(copy, 'registry.sqlite'));
    copyFileSync(join(dir, ANCHOR_FILE), join(copy, ANCHOR_FILE));
    ledger.close();

    const report = doctorOf(copy);
    expect(report.ok).toBe(false);
    expect(report.checks.find((c) => c.name === 'anchor')).toMatchObject({
      ok: false,
      finding: 'chain_tail_lost',
      params: { missing: writes, found: 1, anchored: 1 + writes },
    });
    const en = await cli(['doctor', '--data', copy, '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.out).toContain(`the last ${writes} changes are missing`);
    const zh = await cli(['doctor', '--data', copy, '--lang', 'zh-CN', '--json']);
    expect(JSON.parse(zh.out)).toMatchObject({ ok: false });

    // Opening it for writing would overwrite the evidence: the app opens the folder in recovery
    // (restore a backup, another folder, quit), saying what is missing; nothing is written.
    const file = readFileSync(join(copy, 'registry.sqlite'));
    const recovering = ledgerAt(copy);
    expect(recovering.health).toMatchObject({
      state: 'damaged',
      problem: 'chain_tail_lost',
      params: { missing: writes, found: 1, anchored: 1 + writes },
    });
    expect(await recovering.invoke('units.save', { name: '科室X', parentId: null })).toMatchObject({
      ok: false,
      error: { code: 'registry_damaged' },
    });
    recovering.close();
    expect(readFileSync(join(copy, 'registry.sqlite')).equals(file)).toBe(true);
    const write = await cli(['init', '--org', 'Y', '--data', copy, '--lang', 'vi']);
    expect(write.code).toBe(1);
    expect(write.err).toContain(`${writes} thay đổi cuối cùng bị mất`);
    expect(readAnchor(copy)).toMatchObject({ seq: 1 + writes });

    // The original, with its -wal, is whole.
    expect(doctorOf(dir).checks.find((c) => c.name === 'anchor')).toMatchObject({ ok: true, finding: 'anchor_ok' });
  });
});
