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
import { backup, type DatabaseSync } from 'node:sqlite';
import { closeSync, fsync, openSync } from 'node:fs';
import { READ_ONCE_CACHE_KIB } from './database';

export async function backupIntoNewFile(source: DatabaseSync, path: string, rate: number): Promise<void> {
  // The copy reads every page of the source through its page cache: at the registry's 16 MiB
  // (db/database.ts), filling that cache with pages read once cost a backup of the large fixture
  // about 90 ms (eight a side: 907–1,043 ms at 2 MiB, 998–1,187 at 16). It copies through
  // SQLite's default of 2 MiB, and the connection has its own back after.
  const kept = (source.prepare('PRAGMA cache_size').get() as { cache_size: number }).cache_size;
  source.exec(`PRAGMA cache_size = -${READ_ONCE_CACHE_KIB}`);
  try {
    await copyPages(source, path, rate);
  } finally {
    source.exec(`PRAGMA cache_size = ${kept}`);
  }
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
