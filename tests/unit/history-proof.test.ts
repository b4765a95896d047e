/**
 * A history that proves itself: a row changed behind the history's back is found by doctor, and a
 * registry that lost the tail of its history (copied without its -wal) is found by its anchor.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../electron/app/ledger';
import { runDoctor } from '../../electron/capabilities/history';
import { memoryPreferences } from '../../electron/core/preferences';
import { openDatabase } from '../../electron/db/database';
import { ANCHOR_FILE, readAnchor } from '../../electron/kernel/anchor';
import { chainHead } from '../../electron/kernel/events';
import type { DoctorReport } from '../../shared/contract';
import { cli, fixedClock, tempDir } from './helpers';
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
  it('passes on a ledger whose tables were only changed by its commands', async () => {
    const dir = tempDir();
    const ledger = ledgerAt(dir);
    await ok(ledger.invoke('org.loadDemo', { kind: 'county-bureau', locale: 'zh-CN' }));
    ledger.close();
    const report = doctorOf(dir);
    expect(report.ok).toBe(true);
    expect(report.checks.find((c) => c.name === 'replay')).toMatchObject({ ok: true, finding: 'replay_ok' });
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

describe('the anchor beside the registry', () => {
  it('follows every acknowledged write; a copy without its -wal gives chain_tail_lost with the count, and is not opened for writing', async () => {
    const dir = tempDir();
    let ledger = ledgerAt(dir);
    await ok(ledger.invoke('org.create', { name: '测试局', locale: 'zh-CN' }));
    ledger.close(); // checkpointed: the main file holds the organisation
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

    // Opening it for writing would overwrite the evidence: refused, file and anchor untouched.
    expect(() => ledgerAt(copy)).toThrow(expect.objectContaining({ code: 'chain_tail_lost' }));
    const write = await cli(['init', '--org', 'Y', '--data', copy, '--lang', 'vi']);
    expect(write.code).toBe(1);
    expect(write.err).toContain(`${writes} thay đổi cuối cùng bị mất`);
    expect(readAnchor(copy)).toMatchObject({ seq: 1 + writes });

    // The original, with its -wal, is whole.
    expect(doctorOf(dir).checks.find((c) => c.name === 'anchor')).toMatchObject({ ok: true, finding: 'anchor_ok' });
  });
});
