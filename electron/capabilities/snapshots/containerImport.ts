/**
 * Importing an SQLite-file snapshot (container.ts opens and checks it): the further checks a file
 * of this installation gets, and its writing into the registry. Any other file is read into
 * snapshot content and checked as a JSON snapshot is (restore.ts, containerSnapshot).
 */
import { backup, DatabaseSync } from 'node:sqlite';
import type { SnapshotCounts } from '../../../shared/contract';
import { LedgerError } from '../../../shared/errors';
import { stmt, transaction, type Db } from '../../db/database';
import type { Clock } from '../../kernel/context';
import type { ChainBreak } from '../../kernel/events';
import { isRegistryEmpty } from '../../kernel/records';
import { contentTables, openReadOnly, type OpenedContainer } from './container';
import { latestDay, refuseFutureDates } from './dates';
import { noProgress, type Progress } from './progress';
import { startChainCheck } from './registryCopy';
import { CHAIN_REASONS, checkForeignKeys } from './restore';
import { COUNTS_SQL, readContent } from './snapshot';

/**
 * The checks a file signed by this installation gets on top of openContainer's, as a backup's: the
 * history chain (on worker threads when the bundle is there: start it with `startOwnChecks` as soon
 * as the database is in place), every reference (SQLite's foreign key check), and no recorded date
 * after today. A date after today is looked for in SQL; where one is found the content is read so
 * the error names the record, as for a JSON snapshot.
 */
export function startOwnChecks(path: string): {
  finish(container: OpenedContainer, clock: Clock): Promise<void>;
  dispose(): void;
} {
  const checker = startChainCheck();
  const chain = checker.check(path);
  // Awaited in finish; a failure meanwhile is reported there, not as an unhandled rejection.
  chain.catch(() => undefined);
  return {
    async finish(container, clock) {
      const db = openReadOnly(container.path);
      try {
        // Every reference; the subject index is left out, as in the JSON import (restore.ts).
        checkForeignKeys(db as Db);
        if (latestRecordedDay(db) > latestDay(clock) || container.header.exportedAt.slice(0, 10) > latestDay(clock)) {
          // Read in full so the refusal names the record (dates.ts).
          refuseFutureDates({ exportedAt: container.header.exportedAt, content: readContent(db as Db) }, clock);
        }
      } finally {
        db.close();
      }
      const found: ChainBreak | null = await chain;
      if (found) {
        throw new LedgerError('snapshot_checksum', { detail: `(event ${found.seq}: ${CHAIN_REASONS[found.reason]})` });
      }
    },
    dispose: () => checker.dispose(),
  };
}

/** The latest day recorded in any date or time column of the content (columns named *_on, *_at, at). */
function latestRecordedDay(db: DatabaseSync): string {
  let latest = '';
  for (const table of contentTables(db)) {
    const columns = (db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as Array<{ name: string }>)
      .map((c) => c.name)
      .filter((name) => /(^at|_on|_at)$/.test(name));
    for (const column of columns) {
      const row = db.prepare(`SELECT max(substr("${column}", 1, 10)) AS day FROM "${table}"`).get() as {
        day: string | null;
      };
      if (row.day && row.day > latest) latest = row.day;
    }
  }
  // A runbook's members as it found them are kept as JSON: their join dates are read there.
  const snapshot = db
    .prepare(
      `SELECT max(substr(json_extract(m.value, '$.joinedOn'), 1, 10)) AS day
         FROM runbook_groups g, json_each(g.snapshot) m WHERE g.snapshot IS NOT NULL AND json_valid(g.snapshot)`,
    )
    .get() as { day: string | null } | undefined;
  if (snapshot?.day && snapshot.day > latest) latest = snapshot.day;
  return latest;
}

/**
 * Writes a container signed by this installation into an empty registry: SQLite's online backup
 * puts its pages in place of the registry's in one write transaction of the registry (through its
 * WAL, so a crash leaves the empty registry or the whole snapshot), as a backup is restored. Then
 * the registry's own log of imports replaces the one the file brought. The registry must be empty:
 * checked just before, and a folder is written by one process at a time (core/folderLock).
 */
export async function placeContainer(
  db: Db,
  dbPath: string,
  container: OpenedContainer,
  meta: { actor: string; fileName: string; at: string },
  progress: Progress = noProgress,
): Promise<SnapshotCounts> {
  // A cancel is honoured before the copy starts; once SQLite writes, the import runs to its end (a
  // cancel then would report as undone an import that is done), so later progress never throws.
  progress('write', 0);
  const report = (fraction: number) => {
    try {
      progress('write', fraction);
    } catch {
      // cancelled too late: the import completes
    }
  };
  if (!isRegistryEmpty(db)) throw new LedgerError('registry_not_empty');
  // Alone on the registry (a new folder), its rollback journal is used for the copy: it keeps only
  // the few pages of the empty registry, where the WAL would take all 150 MB and then copy them
  // again into the file. With another connection open (the app's), the switch is refused and the
  // copy goes through the WAL.
  const journal = rollbackJournalIfAlone(db);
  const source = new DatabaseSync(container.path, { readOnly: true });
  try {
    await backup(source, dbPath, {
      rate: 4096,
      progress: ({ totalPages, remainingPages }) =>
        report((0.9 * (totalPages - remainingPages)) / Math.max(1, totalPages)),
    });
  } finally {
    source.close();
    if (journal !== 'wal') db.exec('PRAGMA journal_mode = WAL');
  }
  const counts = transaction(db, () => {
    stmt(db, 'DELETE FROM imports').run();
    stmt(db, 'INSERT INTO imports (at, actor, file_name, checksum) VALUES (?, ?, ?, ?)').run(
      meta.at,
      meta.actor,
      meta.fileName,
      container.header.checksum,
    );
    return { ...(db.prepare(COUNTS_SQL).get() as unknown as SnapshotCounts) };
  });
  if (journal === 'wal') settleWal(db);
  report(1);
  return counts;
}

/**
 * Switches the registry to its rollback journal when this connection is the only one on it, and
 * says which journal it is in. With another connection open the switch is refused at once (SQLite
 * answers "locked"; the wait for it is set to nothing meanwhile) and the registry stays in WAL.
 */
function rollbackJournalIfAlone(db: Db): string {
  const wait = (db.prepare('PRAGMA busy_timeout').get() as { timeout: number }).timeout;
  db.exec('PRAGMA busy_timeout = 0');
  try {
    return (db.prepare('PRAGMA journal_mode = DELETE').get() as { journal_mode: string }).journal_mode;
  } catch {
    return 'wal';
  } finally {
    db.exec(`PRAGMA busy_timeout = ${wait}`);
  }
}

/**
 * After 150 MB went through the WAL (the app had the registry open): its pages are moved into the
 * registry file here, on the import's thread, instead of at the app's next write, where the window
 * would wait for them. PASSIVE: it never waits for the app's connection; what it cannot move now
 * is moved later as usual.
 */
function settleWal(db: Db): void {
  try {
    db.exec('PRAGMA wal_checkpoint(PASSIVE)');
  } catch {
    // The import is committed; the checkpoint is only an early tidy.
  }
}

/**
 * Copies a container signed by this installation into the registry, in one transaction: the
 * content tables' rows with `INSERT … SELECT` (SQLite moves whole pages where the tables match),
 * the references checked before the commit, the import logged. `before` runs first inside the
 * transaction (the empty check, or the check that the registry is still the copy kept of it and
 * its emptying). Foreign keys are off for the copy and checked by `checkForeignKeys` after it.
 */
export function copyContainerInto(
  db: Db,
  container: OpenedContainer,
  meta: { actor: string; fileName: string; at: string },
  before: () => void,
  progress: Progress = noProgress,
): SnapshotCounts {
  progress('write', 0);
  const cache = (db.prepare('PRAGMA cache_size').get() as { cache_size: number }).cache_size;
  const keys = (db.prepare('PRAGMA foreign_keys').get() as { foreign_keys: number }).foreign_keys;
  db.exec('PRAGMA cache_size = -262144');
  db.exec('PRAGMA foreign_keys = OFF');
  const trusted = (db.prepare('PRAGMA trusted_schema').get() as { trusted_schema: number }).trusted_schema;
  db.exec('PRAGMA trusted_schema = OFF');
  db.prepare("ATTACH DATABASE ? AS 'snapshot'").run(container.path);
  try {
    const counts = transaction(db, () => {
      before();
      const tables = contentTables(db);
      // The history's append-only triggers stop SQLite copying its pages whole: dropped for the
      // copy and made again from their stored text in the same transaction.
      const triggers = db
        .prepare("SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL")
        .all() as Array<{ name: string; sql: string }>;
      for (const t of triggers) db.exec(`DROP TRIGGER main."${t.name.replace(/"/g, '""')}"`);
      tables.forEach((table, i) => {
        const q = `"${table.replace(/"/g, '""')}"`;
        // A new registry holds the rows its migrations wrote (the built-in incident kinds): the
        // snapshot's own rows replace them.
        db.exec(`DELETE FROM main.${q}`);
        db.exec(`INSERT INTO main.${q} SELECT * FROM snapshot.${q}`);
        progress('write', (0.8 * (i + 1)) / tables.length);
      });
      for (const t of triggers) db.exec(t.sql);
      checkForeignKeys(db);
      stmt(db, 'INSERT INTO imports (at, actor, file_name, checksum) VALUES (?, ?, ?, ?)').run(
        meta.at,
        meta.actor,
        meta.fileName,
        container.header.checksum,
      );
      progress('write', 0.9);
      return { ...(db.prepare(COUNTS_SQL).get() as unknown as SnapshotCounts) };
    });
    settleWal(db);
    return counts;
  } finally {
    db.exec('DETACH DATABASE snapshot');
    db.exec(`PRAGMA trusted_schema = ${trusted ? 'ON' : 'OFF'}`);
    db.exec(`PRAGMA cache_size = ${cache}`);
    if (keys) db.exec('PRAGMA foreign_keys = ON');
  }
}
