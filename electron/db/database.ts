/**
 * The registry database: SQLite through node:sqlite, opened durable (WAL + synchronous=FULL),
 * foreign keys on, migrated by `user_version`. Every command runs in one IMMEDIATE
 * transaction, so a change and the event that records it commit together or not at all.
 */
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { LedgerError } from '../../shared/errors';
import { MIGRATIONS, type Migration } from './migrations';

export type Db = DatabaseSync;

export interface OpenOptions {
  /** Read-only opens never migrate or write (used by `verify`-style inspection). */
  readOnly?: boolean;
  /**
   * Called once before migrations run on a registry that already has a schema (`from` > 0), with
   * the versions: the place for a backup of the registry as it was. What it throws stops the open.
   */
  beforeMigrate?: (db: Db, from: number, to: number) => void;
  /**
   * For a connection that reads each page once (a snapshot's import: the whole file written under
   * it, then counted): SQLite's default page cache of 2 MiB instead of the registry's 16 MiB, which
   * such a read only fills with pages it will not read again.
   */
  readsOnce?: boolean;
}

/** How long a command waits for another connection's write lock before it says the registry is busy. */
const BUSY_TIMEOUT_MS = 2000;
/** How long opening (and migrating) waits for it. */
const OPEN_BUSY_TIMEOUT_MS = 15_000;
/** The page cache of each connection, KiB (see openDatabase). */
const PAGE_CACHE_KIB = 16_384;
/** SQLite's own default, for connections that read each page once (OpenOptions.readsOnce). */
export const READ_ONCE_CACHE_KIB = 2_000;

export function openDatabase(path: string, options: OpenOptions = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(path, {
      readOnly: options.readOnly ?? false,
      timeout: BUSY_TIMEOUT_MS,
    });
  } catch (error) {
    throw new LedgerError('io_error', {
      path,
      detail: (error as Error).message,
    });
  }
  try {
    // Opening waits longer for the lock than a command does: processes opening a new registry at
    // once (the app, a second window, the command line) take turns migrating it, and on a busy
    // office PC twenty turns can last longer than a command's two seconds.
    db.exec(`PRAGMA busy_timeout = ${OPEN_BUSY_TIMEOUT_MS}`);
    if (!options.readOnly) {
      switchToWal(db);
      db.exec('PRAGMA synchronous = FULL');
    }
    db.exec('PRAGMA foreign_keys = ON');
    // A page cache of 16 MiB instead of SQLite's 2 MiB (pages are taken as they are read, so a small
    // registry never fills it). At 10,000 people (a 140 MB file) the reads that walk the large
    // tables stopped going back to the file for pages they had just dropped: the scope-creep report
    // 145 → 132 ms (median of 30, a collection before each), the groups list 11 → 8.5 ms, a large
    // group's members as of a date 11 → 7.5 ms; the people list stayed at 58–60 ms.
    // Copies and imports read every page once: they use SQLite's default (db/copy.ts, readsOnce).
    db.exec(`PRAGMA cache_size = -${options.readsOnce ? READ_ONCE_CACHE_KIB : PAGE_CACHE_KIB}`);
    applied.set(db, migrate(db, MIGRATIONS, options.beforeMigrate));
    db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/**
 * Turns the registry to WAL. On a file not yet in WAL (a new registry) the switch upgrades a read
 * to a write inside SQLite, and there SQLite answers "database is locked" at once, without its busy
 * handler, when another connection is writing: twenty processes opening one new registry meet this
 * (one of twenty in about one round of eight). Only this statement is tried again, shortly after,
 * until the open's timeout: it holds no lock between tries, and once any connection has switched
 * the file the next try has nothing to write. On a file already in WAL it never waits.
 */
function switchToWal(db: Db): void {
  const deadline = Date.now() + OPEN_BUSY_TIMEOUT_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      db.exec('PRAGMA journal_mode = WAL');
      return;
    } catch (error) {
      if (!isBusy(error) || Date.now() >= deadline) throw error;
      pauseFor(Math.min(100, 5 * 2 ** Math.min(attempt, 5)) + Math.random() * 10);
    }
  }
}

/** SQLite's primary result code of an error node:sqlite threw (the low byte of its extended code), or -1. */
export function sqliteResultCode(error: unknown): number {
  const code = (error as { errcode?: unknown } | null)?.errcode;
  return typeof code === 'number' ? code & 0xff : -1;
}

/** SQLite's SQLITE_BUSY (5), with any extended code. */
function isBusy(error: unknown): boolean {
  return sqliteResultCode(error) === 5;
}

const pauseCell = new Int32Array(new SharedArrayBuffer(4));
/** Waits without spinning: opening is synchronous, and runs before anything else uses this connection. */
function pauseFor(ms: number): void {
  Atomics.wait(pauseCell, 0, 0, ms);
}

const applied = new WeakMap<Db, number>();

/** How many migrations opening `db` applied (0 when another process had migrated it already). */
export function migrationsApplied(db: Db): number {
  return applied.get(db) ?? 0;
}

function userVersion(db: Db): number {
  const row = db.prepare('PRAGMA user_version').get() as {
    user_version: number;
  };
  return row.user_version;
}

/**
 * Brings the schema up to this build's version. All pending migrations run in one IMMEDIATE
 * transaction that reads the version again once it holds the write lock, so two processes opening
 * a new registry at once migrate it once. A failed migration rolls everything back: the file is
 * left as it was, and the error names the migration.
 */
export function migrate(
  db: Db,
  migrations: readonly Migration[] = MIGRATIONS,
  beforeMigrate?: OpenOptions['beforeMigrate'],
): number {
  const target = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  const refuseNewer = (found: number) => {
    if (found > target) throw new LedgerError('registry_newer', { found, supported: target });
  };
  refuseNewer(userVersion(db));
  if (userVersion(db) === target) return 0;
  const from = userVersion(db);
  if (beforeMigrate && from > 0) beforeMigrate(db, from, target);
  // A table rebuild needs foreign keys off, and that pragma is a no-op inside a transaction.
  const rebuilds = migrations.some((m) => m.version > userVersion(db) && m.rebuildsTables);
  const foreignKeys = (db.prepare('PRAGMA foreign_keys').get() as { foreign_keys: number }).foreign_keys;
  if (rebuilds) db.exec('PRAGMA foreign_keys = OFF');
  db.exec('BEGIN IMMEDIATE');
  let current = userVersion(db);
  let running: Migration | null = null;
  let count = 0;
  try {
    refuseNewer(current);
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      running = migration;
      db.exec(migration.sql);
      migration.data?.(db);
      if (migration.rebuildsTables) {
        const broken = db.prepare('PRAGMA foreign_key_check').all() as Array<{ table: string; parent: string }>;
        if (broken.length) throw new Error(`foreign key check: ${broken[0]!.table} → ${broken[0]!.parent}`);
      }
      db.exec(`PRAGMA user_version = ${migration.version}`);
      current = migration.version;
      count++;
    }
    db.exec('COMMIT');
    return count;
  } catch (error) {
    db.exec('ROLLBACK');
    if (error instanceof LedgerError || !running) throw error;
    throw new LedgerError('migration_failed', {
      version: running.version,
      name: running.name,
      detail: (error as Error).message.slice(0, 300),
    });
  } finally {
    if (rebuilds) db.exec(`PRAGMA foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
}

export function schemaVersion(db: Db): number {
  return userVersion(db);
}

let depth = new WeakMap<Db, number>();

const commitHooks = new WeakMap<Db, () => void>();

/**
 * Calls `fn` after each committed outermost transaction of `db` (the history's anchor is written
 * there); null removes it. One hook per connection.
 */
export function afterCommit(db: Db, fn: (() => void) | null): void {
  if (fn) commitHooks.set(db, fn);
  else commitHooks.delete(db);
}

/** Runs `fn` in one IMMEDIATE transaction (nested calls join the outer one). */
export function transaction<T>(db: Db, fn: () => T): T {
  const level = depth.get(db) ?? 0;
  if (level > 0) return fn();
  try {
    db.exec('BEGIN IMMEDIATE');
  } catch (error) {
    if (/locked|busy/i.test((error as Error).message)) throw new LedgerError('registry_locked');
    throw error;
  }
  depth.set(db, 1);
  try {
    const result = fn();
    db.exec('COMMIT');
    depth.set(db, 0);
    try {
      commitHooks.get(db)?.();
    } catch (error) {
      // The change is committed: a failed after-commit step must not report it as failed.
      console.error('[group-ledger] after commit:', (error as Error).message);
    }
    return result;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  } finally {
    depth.set(db, 0);
  }
}

/** Runs `fn` on one consistent read snapshot (WAL readers never block the writer). */
export function readTransaction<T>(db: Db, fn: () => T): T {
  if (db.isTransaction) return fn();
  db.exec('BEGIN');
  try {
    return fn();
  } finally {
    if (db.isTransaction) db.exec('COMMIT');
  }
}

/**
 * Runs a bulk insert into `table` with its secondary indexes dropped, then rebuilds them from
 * their own stored definitions: building an index once is far cheaper than growing it row by row.
 * Must run inside a transaction, so a failure leaves every index as it was.
 */
export function withoutIndexes(db: Db, table: string, fn: () => void): void {
  if (!db.isTransaction) throw new Error('withoutIndexes needs a transaction');
  const indexes = stmt(
    db,
    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
  ).all(table) as Array<{ name: string; sql: string }>;
  for (const index of indexes) db.exec(`DROP INDEX "${index.name.replace(/"/g, '""')}"`);
  fn();
  for (const index of indexes) db.exec(index.sql);
}

/** For tests that open many databases in one process. */
export function resetTransactionState(): void {
  depth = new WeakMap();
}

const statements = new WeakMap<Db, Map<string, StatementSync>>();

/** A prepared statement, prepared once per database and reused (SQL is always a constant). */
export function stmt(db: Db, sql: string): StatementSync {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let s = cache.get(sql);
  if (!s) cache.set(sql, (s = db.prepare(sql)));
  return s;
}
