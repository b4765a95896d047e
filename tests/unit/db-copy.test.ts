/**
 * SQLite's backup into a new file with its pages flushed between steps (electron/db/copy.ts, used by
 * the verified backup and the snapshot export): the copy holds the registry exactly, the copy is
 * flushed while it is made (not only by its final commit), no descriptor is left open, a write on
 * the registry's connection during the copy is not in it (the copy is the registry as it was when
 * it began), and a copy that cannot be made fails as before.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import type * as NodeFs from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { generateScaleFixture } from '../../electron/seeds/fixtures/scale';
import { openTempDb, tempDir } from './helpers';

const flushed = vi.hoisted(() => ({ count: 0 }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof NodeFs>();
  const fsync = (fd: number, callback: (error: NodeJS.ErrnoException | null) => void) => {
    flushed.count++;
    return fs.fsync(fd, callback);
  };
  return { ...fs, default: { ...fs, fsync }, fsync };
});

const { backupIntoNewFile } = await import('../../electron/db/copy');

afterEach(() => {
  flushed.count = 0;
});

const openDescriptors = () => (existsSync('/proc/self/fd') ? readdirSync('/proc/self/fd').length : 0);

function registry() {
  const { db } = openTempDb();
  generateScaleFixture(db, { people: 300, units: 5, groups: 20, memberships: 1_500, events: 3_000, seed: 7 });
  return db;
}

describe('backup into a new file', () => {
  it('copies every row, flushing the file while it is copied, and closes what it opened', async () => {
    const db = registry();
    const pages = (db.prepare('PRAGMA page_count').get() as { page_count: number }).page_count;
    expect(pages).toBeGreaterThan(64);
    const path = join(tempDir(), 'copy.sqlite');
    // The copy reads through a connection of its own. SQLite keeps that connection's descriptor of
    // the registry open for reuse while the registry's connection holds its locks (closing it would
    // drop them): one copy first, so the count below is of what each copy leaves.
    await backupIntoNewFile(db, join(tempDir(), 'first.sqlite'), 16);
    flushed.count = 0;
    const before = openDescriptors();
    await backupIntoNewFile(db, path, 16);
    // Several steps of 16 pages: the file was flushed between them, at least once.
    expect(flushed.count).toBeGreaterThan(0);
    expect(openDescriptors()).toBe(before);
    const copy = new DatabaseSync(path, { readOnly: true });
    try {
      expect(copy.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
      for (const table of ['people', 'groups', 'memberships', 'events']) {
        const sql = `SELECT count(*) AS n FROM ${table}`;
        expect(copy.prepare(sql).get(), table).toEqual(db.prepare(sql).get());
      }
      const last = 'SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1';
      expect(copy.prepare(last).get()).toEqual(db.prepare(last).get());
    } finally {
      copy.close();
    }
  });

  it('copies the registry as it was when the copy began, while its own connection goes on writing', async () => {
    const db = registry();
    const path = join(tempDir(), 'copy.sqlite');
    const marked = "SELECT count(*) AS n FROM people WHERE phone = '+84 000 000 001'";
    const copying = backupIntoNewFile(db, path, 16);
    // A write on the registry's connection while the copy runs (16 pages a step: many steps).
    db.exec("UPDATE people SET phone = '+84 000 000 001' WHERE id = (SELECT min(id) FROM people)");
    await copying;
    expect(db.prepare(marked).get()).toEqual({ n: 1 });
    const copy = new DatabaseSync(path, { readOnly: true });
    try {
      expect(copy.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
      expect(copy.prepare(marked).get()).toEqual({ n: 0 });
      const sql = 'SELECT count(*) AS n FROM events';
      expect(copy.prepare(sql).get()).toEqual(db.prepare(sql).get());
    } finally {
      copy.close();
    }
  });

  it('fails as SQLite’s backup fails when the file cannot be made, leaving nothing open', async () => {
    const db = registry();
    await backupIntoNewFile(db, join(tempDir(), 'first.sqlite'), 16);
    const before = openDescriptors();
    await expect(backupIntoNewFile(db, join(tempDir(), 'no-such-folder', 'copy.sqlite'), 16)).rejects.toThrow();
    expect(openDescriptors()).toBe(before);
  });
});
