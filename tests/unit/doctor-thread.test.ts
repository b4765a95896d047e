/**
 * The window's `doctor.run` works on the snapshot worker thread (the built bundle, as the app and
 * the harness run it) through a read-only connection of its own: its report is the one the same
 * checks give on the main thread, for a whole registry and for one edited behind the app's back,
 * and the window's connection goes on writing meanwhile.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { openDatabase } from '../../electron/db/database';
import { runDoctor } from '../../electron/capabilities/history';
import { doctorOffThread } from '../../electron/capabilities/snapshots';
import { tempDir } from './helpers';

const CLI = resolve(import.meta.dirname, '../../dist/node/cli.mjs');
const WORKER = resolve(import.meta.dirname, '../../dist/electron/snapshot-worker.mjs');

describe('doctor on the worker thread', () => {
  it('reports what the main thread would, and finds a history entry edited behind the app', async () => {
    // npm test builds before the unit tests: the bundles must be there.
    expect(existsSync(CLI) && existsSync(WORKER)).toBe(true);
    const data = tempDir();
    const init = spawnSync(process.execPath, [CLI, 'init', '--demo', 'county-bureau', '--data', data], {
      encoding: 'utf8',
    });
    expect(init.status, init.stdout + init.stderr).toBe(0);
    const path = join(data, 'registry.sqlite');

    const db = openDatabase(path);
    try {
      const whole = await doctorOffThread(db, { script: WORKER });
      expect(whole.ok).toBe(true);
      expect(whole).toEqual(runDoctor(db));
      expect(whole.checks.map((c) => c.name)).toEqual(expect.arrayContaining(['integrity', 'event_chain', 'replay']));

      // The window writes while the doctor reads (its own connection, one read transaction).
      const running = doctorOffThread(db, { script: WORKER });
      db.exec('BEGIN IMMEDIATE; UPDATE organisation SET name = name; COMMIT');
      expect((await running).ok).toBe(true);
    } finally {
      db.close();
    }

    const raw = new DatabaseSync(path);
    for (const t of raw
      .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events'")
      .all()) {
      raw.exec(`DROP TRIGGER ${(t as { name: string }).name}`);
    }
    raw.exec("UPDATE events SET actor = 'mallory' WHERE seq = 5");
    raw.close();

    const edited = openDatabase(path);
    try {
      const report = await doctorOffThread(edited, { script: WORKER });
      expect(report.ok).toBe(false);
      expect(report.checks.find((c) => c.name === 'event_chain')).toMatchObject({
        ok: false,
        finding: 'chain_content',
        params: { seq: 5 },
      });
      expect(report).toEqual(runDoctor(edited));
    } finally {
      edited.close();
    }
  });
});
