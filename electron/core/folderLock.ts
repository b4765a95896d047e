/**
 * One writer per data folder. The lock is SQLite's own: a small side database, `registry.lock`,
 * opened in `locking_mode=EXCLUSIVE` and written once, so its connection holds an exclusive file
 * lock until it is closed. The operating system drops that lock when the process ends in any way
 * (a crash, SIGKILL, a power cut): there is no stale lock to clean up and no process id to trust
 * (a pid file outlives its process and its number is reused). It works the same on Windows
 * (LockFileEx) and on macOS and Linux (POSIX locks), and between connections of one process too.
 * The registry itself keeps SQLite's ordinary locking (WAL, busy timeout) for readers beside it.
 */
import { DatabaseSync } from 'node:sqlite';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { LedgerError } from '../../shared/errors';

export const LOCK_FILE = 'registry.lock';

export interface FolderLock {
  readonly dataDir: string;
  release(): void;
}

export type LockHolder = 'app' | 'browser' | 'cli';

/**
 * Takes the folder's write lock, or throws `ledger_open_elsewhere` at once (no waiting) when another
 * process — or another open ledger of this one — holds it; `io_error` when the lock file cannot be
 * made (a read-only folder).
 */
export function lockFolder(dataDir: string, holder: LockHolder): FolderLock {
  const path = join(dataDir, LOCK_FILE);
  let db: DatabaseSync;
  try {
    mkdirSync(dataDir, { recursive: true });
    db = new DatabaseSync(path, { timeout: 0 });
  } catch (error) {
    throw new LedgerError('io_error', { path, detail: (error as Error).message });
  }
  try {
    // One row nobody relies on: its journal in memory, so no second file lies beside it.
    db.exec('PRAGMA journal_mode = MEMORY');
    db.exec('PRAGMA locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('CREATE TABLE IF NOT EXISTS holder (pid INTEGER NOT NULL, since TEXT NOT NULL, what TEXT NOT NULL)');
    db.exec('DELETE FROM holder');
    // Who holds it, for a person looking at the file; the lock itself is the file lock, not this row.
    db.prepare('INSERT INTO holder (pid, since, what) VALUES (?, ?, ?)').run(
      process.pid,
      new Date().toISOString(),
      holder,
    );
    db.exec('COMMIT');
  } catch (error) {
    try {
      db.close();
    } catch {
      /* the connection is closed either way */
    }
    if (/locked|busy/i.test((error as Error).message)) throw new LedgerError('ledger_open_elsewhere', { dataDir });
    throw new LedgerError('io_error', { path, detail: (error as Error).message });
  }
  let released = false;
  return {
    dataDir,
    release() {
      if (released) return;
      released = true;
      db.close();
    },
  };
}
