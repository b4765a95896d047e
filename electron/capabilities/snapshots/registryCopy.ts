/**
 * The copy of the registry kept before a restore replaces it. SQLite's online backup writes a
 * consistent copy while the registry stays open; the copy is made a standalone file (rollback
 * journal, so no -wal beside it), flushed to disk, renamed into place, then opened again and
 * checked: the database's own integrity check, and its history's last event and its counts
 * read back. A copy that fails any of this is removed and nothing else happens.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { backup, DatabaseSync } from 'node:sqlite';
import type { RegistryCopy } from '../../../shared/contract';
import { LedgerError } from '../../../shared/errors';
import type { Db } from '../../db/database';
import { syncDirectory, syncFile } from '../../core/files';
import type { Clock } from '../../kernel/context';
import { chainHead } from '../../kernel/events';
import { registryCounts } from './snapshot';

export const BACKUPS_DIR = 'backups';

/** Where a data folder keeps the copies of its registry. */
export function backupsDir(dataDir: string): string {
  return join(dataDir, BACKUPS_DIR);
}

/** A kept copy, with what it holds: the registry must still match it when it is replaced. */
export interface KeptCopy extends RegistryCopy {
  head: { seq: number; hash: string };
  /** SQLite's data_version on this connection when the copy began: it moves when another process commits. */
  dataVersion: number;
}

/** Changes each time another connection commits to the database (never for this connection's own writes). */
export function dataVersion(db: Db): number {
  return (db.prepare('PRAGMA data_version').get() as { data_version: number }).data_version;
}

/** "registry-before-restore-2026-11-30-081500.sqlite", in the office PC's local time. */
function copyName(clock: Clock, reason: string, n: number): string {
  const d = clock.now();
  const pad = (v: number) => String(v).padStart(2, '0');
  const stamp = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
  return `registry-${reason}-${stamp}${n > 1 ? `-${n}` : ''}.sqlite`;
}

/** A copy cut short (the app killed while writing it) leaves only its temporary file: removed. */
function removeInterruptedCopies(dir: string): void {
  for (const name of readdirSync(dir)) {
    if (/^\.registry-.*\.tmp(-wal|-shm|-journal)?$/.test(name)) rmSync(join(dir, name), { force: true });
  }
}

function removeWithSidecars(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
}

/** Writes and verifies a copy of the registry in `<dataDir>/backups`; throws backup_failed, leaving nothing. */
export async function keepRegistryCopy(
  db: Db,
  dataDir: string,
  clock: Clock,
  reason = 'before-restore',
): Promise<KeptCopy> {
  const dir = backupsDir(dataDir);
  let n = 1;
  while (existsSync(join(dir, copyName(clock, reason, n)))) n++;
  const path = join(dir, copyName(clock, reason, n));
  const temp = join(dir, `.${copyName(clock, reason, n)}.${randomBytes(6).toString('hex')}.tmp`);
  const fail = (error: unknown): never => {
    removeWithSidecars(temp);
    if (error instanceof LedgerError) throw error;
    const detail = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new LedgerError('backup_failed', { path, detail: String(detail).slice(0, 200) });
  };
  const version = dataVersion(db);
  try {
    mkdirSync(dir, { recursive: true });
    removeInterruptedCopies(dir);
    await backup(db, temp);
    // The copy carries the registry's WAL mode in its header; a backup is one self-contained file.
    const standalone = new DatabaseSync(temp);
    try {
      standalone.exec('PRAGMA journal_mode = DELETE');
    } finally {
      standalone.close();
    }
    syncFile(temp);
    renameSync(temp, path);
    syncDirectory(dir);
  } catch (error) {
    fail(error);
  }
  try {
    const verified = verifyCopy(path);
    return { path, bytes: statSync(path).size, dataVersion: version, ...verified };
  } catch (error) {
    removeWithSidecars(path);
    return fail(error);
  }
}

/** Opens a kept copy read-only: it must pass SQLite's integrity check; returns what it holds. */
export function verifyCopy(path: string): Pick<KeptCopy, 'counts' | 'head'> {
  const copy = new DatabaseSync(path, { readOnly: true });
  try {
    const rows = copy.prepare('PRAGMA integrity_check').all() as Array<{ integrity_check: string }>;
    if (rows.length !== 1 || rows[0]!.integrity_check !== 'ok') {
      throw new LedgerError('backup_failed', {
        path,
        detail: rows
          .map((r) => r.integrity_check)
          .slice(0, 3)
          .join('; '),
      });
    }
    return { counts: registryCounts(copy), head: chainHead(copy) };
  } finally {
    copy.close();
  }
}
