/**
 * The snapshot jobs in their worker thread (the built dist/electron/snapshot-worker.mjs, as the
 * app and the harness start it): an export reports progress and writes the file; a cancel asked
 * for as it starts leaves no file; a verification then an import into an empty registry work on
 * the snapshot the worker keeps; the worker's errors arrive as the same coded errors.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openDatabase } from '../../electron/db/database';
import { SnapshotRunner } from '../../electron/capabilities/snapshots';
import { getOrganisation } from '../../electron/kernel/records';
import { cli, codeOf, tempDir } from './helpers';

const SCRIPT = resolve(import.meta.dirname, '../../dist/electron/snapshot-worker.mjs');

describe('snapshot worker thread', () => {
  it('exports with progress, cancels with nothing left, verifies and imports off the main thread', async () => {
    // npm test builds before the unit tests; the worker bundle must be there.
    expect(existsSync(SCRIPT)).toBe(true);
    const data = tempDir();
    expect((await cli(['init', '--demo', 'youth-union', '--locale', 'vi', '--data', data])).code).toBe(0);
    const runner = new SnapshotRunner({ script: SCRIPT });
    expect(runner.threaded).toBe(true);
    const now = '2026-11-21T08:00:00.000Z';
    const dbPath = join(data, 'registry.sqlite');
    const out = tempDir();

    const cancelled = runner.export({ op: 'export', dbPath, path: join(out, 'cancelled.json'), now });
    expect(runner.progress()).toMatchObject({ op: 'export' });
    expect(runner.cancel()).toBe(true);
    expect(await codeOf(cancelled)).toBe('snapshot_export_cancelled');
    expect(readdirSync(out)).toEqual([]);
    expect(runner.progress()).toBeNull();

    const file = join(out, 'doan.enc');
    const exported = await runner.export({ op: 'export', dbPath, path: file, password: 'mật khẩu đủ dài', now });
    expect(exported.counts.people).toBe(74);

    expect(await codeOf(runner.verify({ op: 'verify', path: file, password: 'sai mật khẩu', now }))).toBe(
      'snapshot_wrong_password',
    );
    const handle = await runner.verify({ op: 'verify', path: file, password: 'mật khẩu đủ dài', now });
    expect(handle.summary).toMatchObject({ organisation: expect.stringContaining('Đoàn khối'), encrypted: true });
    const target = tempDir();
    const meta = { actor: 'tester', fileName: 'doan.enc', at: now };
    const imported = await handle.import({
      op: 'import',
      dbPath: join(target, 'registry.sqlite'),
      dataDir: target,
      mode: 'empty',
      meta,
      now,
    });
    handle.dispose();
    expect(imported.counts.people).toBe(74);
    const db = openDatabase(join(target, 'registry.sqlite'));
    expect(getOrganisation(db)?.name).toContain('Đoàn khối');
    db.close();
  });

  it('starts the next job’s worker ahead (while a dialog is up), uses it once, and stops it when unused', async () => {
    const data = tempDir();
    expect((await cli(['init', '--demo', 'county-bureau', '--locale', 'zh-CN', '--data', data])).code).toBe(0);
    const runner = new SnapshotRunner({ script: SCRIPT, spareIdleMs: 300 });
    const now = '2026-11-21T08:00:00.000Z';
    const dbPath = join(data, 'registry.sqlite');
    const out = tempDir();

    runner.prepare();
    runner.prepare();
    expect(runner.prepared).toBe(true);
    // The export takes the prepared worker; the next job starts one of its own.
    const first = await runner.export({ op: 'export', dbPath, path: join(out, 'one.groupledger'), now });
    expect(runner.prepared).toBe(false);
    expect(first.counts.people).toBeGreaterThan(100);
    const second = await runner.export({ op: 'export', dbPath, path: join(out, 'two.groupledger'), now });
    expect(second.counts).toEqual(first.counts);

    // Nobody comes for it (the dialog was cancelled): it is stopped after its wait.
    runner.prepare();
    expect(runner.prepared).toBe(true);
    await new Promise((done) => setTimeout(done, 900));
    expect(runner.prepared).toBe(false);
    const handle = await runner.verify({ op: 'verify', path: join(out, 'two.groupledger'), now });
    expect(handle.summary.counts.people).toBe(first.counts.people);
    handle.dispose();
  });
});
