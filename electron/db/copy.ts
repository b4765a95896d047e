/**
 * SQLite's online backup into a new file, its pages handed to the disk while the copy goes on.
 *
 * The backup writes the copy through a connection of its own, which flushes the whole file when
 * the copy commits (synchronous=FULL): at 10,000 people 144 MB went to the disk at the end, after
 * the copy, in series with it. Between the backup's steps the file is also flushed here (an fsync
 * on a thread of libuv's pool, one at a time), so the disk writes what is already copied while the
 * next pages are copied, and the final flush has only the last step's pages left. Measured on the
 * large fixture, 4,096 pages a step: 372–396 ms for the copy alone, 242–282 ms with the flushes.
 * Nothing is made durable by these early flushes that was not before: the copy's own commit and
 * its users' flushes stay as they are.
 *
 * Only for a new file (a backup's or an export's copy): the descriptor opened here is closed once
 * the backup's connection has closed, and closing a second descriptor on a file drops every POSIX
 * lock this process holds on it — harmless on a file no other connection has open, wrong on a
 * registry in use.
 */
import { backup, DatabaseSync } from 'node:sqlite';
import { closeSync, fsync, openSync } from 'node:fs';
import { READ_ONCE_CACHE_KIB, stmt } from './database';

/**
 * The copy reads the registry through a connection of its own, opened for it and closed after, in
 * one read transaction held for the whole copy:
 * - Each step of SQLite's backup holds its source connection for as long as it copies (30–140 ms
 *   for 4,096 pages at 10,000 people). Copied from the registry's own connection, anything the main
 *   process asked of that connection meanwhile waited, even the freeing of a statement the
 *   garbage collector let go: in the benchmark's process the thread stood still for 107–155 ms
 *   during the first step of most backups, and in a small process a stall of 96 ms held 9 ms of the
 *   thread's own CPU (it waited; it did not work). The window's calls use that connection.
 * - The read transaction gives every step the same state of the registry, so a write by the
 *   window meanwhile neither restarts the copy (SQLite starts a backup over when its source is
 *   changed by another connection between steps) nor gets into it: the copy is the registry as it
 *   was when the copy began, and the manifest, read from the copy, says so. A restore checks the
 *   registry against its copy before replacing it (snapshots/replace.ts).
 * - Its page cache is SQLite's default of 2 MiB: the copy reads every page once, and filling the
 *   registry's 16 MiB with them cost a backup of the large fixture about 90 ms (eight a side:
 *   907–1,043 ms at 2 MiB, 998–1,187 at 16), and left the registry's connection without its cache.
 * A registry in memory (no file: tests) is copied from its own connection, and so is a file not in
 * WAL mode, where a read transaction held for the copy would keep writers out until it ends.
 */
export async function backupIntoNewFile(source: DatabaseSync, path: string, rate: number): Promise<void> {
  const location = source.location();
  if (!location || !inWal(source)) return copyPages(source, path, rate);
  const reader = new DatabaseSync(location, { readOnly: true, timeout: 2000 });
  try {
    reader.exec(`PRAGMA cache_size = -${READ_ONCE_CACHE_KIB}`);
    // A deferred transaction reads nothing until asked: the read makes it hold its state from now.
    // No statement object is made on this connection: one the garbage collector frees while a step
    // runs would wait for the step (finalizing a statement takes its connection's lock).
    reader.exec('BEGIN; SELECT count(*) FROM sqlite_schema;');
    await copyPages(reader, path, rate);
  } finally {
    // The transaction only read; closing the connection ends it.
    reader.close();
  }
}

function inWal(db: DatabaseSync): boolean {
  return (stmt(db, 'PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode === 'wal';
}

async function copyPages(source: DatabaseSync, path: string, rate: number): Promise<void> {
  let fd: number | null = null;
  let flushing: Promise<void> | null = null;
  const flushSoFar = () => {
    if (flushing) return;
    try {
      // The backup creates the file in its first step; read-write, as Windows flushes only such a handle.
      fd ??= openSync(path, 'r+');
    } catch {
      return;
    }
    const at = fd;
    // A flush that fails is left to the copy's own: these only save time.
    flushing = new Promise<void>((resolve) => fsync(at, () => resolve())).then(() => {
      flushing = null;
    });
  };
  try {
    await backup(source, path, { rate, progress: flushSoFar });
  } finally {
    // The descriptor is closed only once no flush is using it.
    await flushing;
    if (fd !== null) closeSync(fd);
  }
}
