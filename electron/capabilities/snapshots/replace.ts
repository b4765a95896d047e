/**
 * Restoring a snapshot over a registry that holds data: first a verified copy of the registry is
 * kept (registryCopy.ts), then everything is replaced in one transaction — so a crash or a
 * failure at any moment leaves either the old registry or the new one, never a mix.
 */
import type { SnapshotCounts, SnapshotRestoreResult } from '../../../shared/contract';
import { LedgerError } from '../../../shared/errors';
import { INCIDENT_KINDS } from '../../../shared/incidents';
import type { Snapshot } from '../../../shared/snapshot';
import { stmt, transaction, type Db } from '../../db/database';
import type { Clock } from '../../kernel/context';
import { chainHead } from '../../kernel/events';
import { isRegistryEmpty } from '../../kernel/records';
import { bulkWrite, importSnapshot, writeContent } from './restore';
import type { OpenedContainer } from './container';
import { copyContainerInto, placeContainer } from './containerImport';
import { noProgress, type Progress } from './progress';
import { dataVersion, keepRegistryCopy, type KeptCopy } from './registryCopy';
import { registryCounts } from './snapshot';

export interface ImportMeta {
  actor: string;
  fileName: string;
  at: string;
}

/**
 * Writes a verified snapshot into the registry: straight in when it is empty; otherwise after a
 * verified copy of it is kept in `<dataDir>/backups`, replacing everything in one transaction.
 */
export async function restoreSnapshot(
  db: Db,
  dataDir: string,
  clock: Clock,
  snapshot: Snapshot,
  meta: ImportMeta,
  progress: Progress = noProgress,
): Promise<SnapshotRestoreResult> {
  if (isRegistryEmpty(db)) return { counts: importSnapshot(db, snapshot, meta, progress), backup: null };
  const copy = await keepRegistryCopy(db, dataDir, clock);
  const counts = replaceWithSnapshot(db, snapshot, meta, copy, progress);
  return { counts, backup: { path: copy.path, bytes: copy.bytes, counts: copy.counts } };
}

/**
 * Replaces everything in the registry with the snapshot in one transaction. The registry must
 * still be what `copy` holds: no other process committed since the copy began, and the history
 * ends and the counts are the copy's (a change made through this connection meanwhile). When it
 * is not, nothing is replaced and the copy stays where it is.
 */
export function replaceWithSnapshot(
  db: Db,
  snapshot: Snapshot,
  meta: ImportMeta,
  copy: KeptCopy,
  progress: Progress = noProgress,
): SnapshotCounts {
  return bulkWrite(db, () =>
    transaction(db, () => {
      emptyIfStillCopied(db, copy);
      return writeContent(db, snapshot, meta, progress);
    }),
  );
}

/**
 * The same for an SQLite-file snapshot signed by this installation (container.ts): straight in when
 * the registry is empty; otherwise after a verified copy of it is kept, replacing everything in one
 * transaction.
 */
export async function restoreContainer(
  db: Db,
  dataDir: string,
  clock: Clock,
  container: OpenedContainer,
  meta: ImportMeta,
  progress: Progress = noProgress,
): Promise<SnapshotRestoreResult> {
  const path = db.location();
  if (isRegistryEmpty(db) && path) {
    return { counts: await placeContainer(db, path, container, meta, progress), backup: null };
  }
  const copy = await keepRegistryCopy(db, dataDir, clock);
  const counts = copyContainerInto(db, container, meta, () => emptyIfStillCopied(db, copy), progress);
  return { counts, backup: { path: copy.path, bytes: copy.bytes, counts: copy.counts } };
}

/** Inside the caller's transaction: refuses when the registry is no longer what `copy` holds, then empties it. */
function emptyIfStillCopied(db: Db, copy: KeptCopy): void {
  const head = chainHead(db);
  const unchanged =
    dataVersion(db) === copy.dataVersion &&
    head.seq === copy.head.seq &&
    head.hash === copy.head.hash &&
    sameCounts(registryCounts(db), copy.counts);
  if (!unchanged) throw new LedgerError('registry_changed', { path: copy.path });
  emptyRegistry(db);
}

function sameCounts(a: SnapshotCounts, b: SnapshotCounts): boolean {
  return (Object.keys(a) as Array<keyof SnapshotCounts>).every((key) => a[key] === b[key]);
}

/**
 * Deletes every row of every table, inside the caller's transaction. The history's append-only
 * triggers are dropped for the deletion and created again from their own stored definitions in the
 * same transaction, so no moment exists, even after a crash, where they are missing. Every table
 * is emptied, including any a later migration adds, and the rows a migration seeds are written
 * again: what remains is a registry as new.
 */
function emptyRegistry(db: Db): void {
  if (!db.isTransaction) throw new Error('emptyRegistry needs a transaction');
  db.exec('PRAGMA defer_foreign_keys = ON');
  const triggers = stmt(
    db,
    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL",
  ).all() as Array<{ name: string; sql: string }>;
  const tables = stmt(
    db,
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
  ).all() as Array<{ name: string }>;
  const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
  for (const trigger of triggers) db.exec(`DROP TRIGGER ${quoted(trigger.name)}`);
  for (const table of childrenFirst(db, tables)) db.exec(`DELETE FROM ${quoted(table)}`);
  const sequence = stmt(db, "SELECT count(*) AS n FROM sqlite_master WHERE name = 'sqlite_sequence'").get() as {
    n: number;
  };
  if (sequence.n > 0) db.exec('DELETE FROM sqlite_sequence');
  // A registry as new holds the rows its migrations wrote: the built-in incident kinds (0030).
  const kind = stmt(db, 'INSERT INTO incident_kinds (id, builtin) VALUES (?, 1)');
  for (const id of INCIDENT_KINDS) kind.run(id);
  for (const trigger of triggers) db.exec(trigger.sql);
}

/**
 * The tables in an order where each comes before the tables it refers to. Deleting a row that
 * other rows may refer to makes SQLite look for them, and most referring columns have no index
 * (event_subjects.seq, memberships.added_by …): with the referring tables already empty each look
 * is instant, where in another order 40,000 events would each scan every event subject.
 */
function childrenFirst(db: Db, rows: Array<{ name: string }>): string[] {
  const tables = rows.map((row) => row.name);
  const parents = new Map(
    tables.map((table) => {
      const refs = stmt(db, 'SELECT DISTINCT "table" AS parent FROM pragma_foreign_key_list(?)').all(table) as Array<{
        parent: string;
      }>;
      return [table, new Set(refs.map((r) => r.parent).filter((p) => p !== table))] as const;
    }),
  );
  const remaining = new Set(tables);
  const order: string[] = [];
  while (remaining.size > 0) {
    const unreferenced = [...remaining].find((t) => ![...remaining].some((o) => parents.get(o)!.has(t)));
    // A cycle of references (none today) is still emptied: deferred keys are checked at commit.
    const next = unreferenced ?? remaining.values().next().value!;
    order.push(next);
    remaining.delete(next);
  }
  return order;
}
