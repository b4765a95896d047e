/**
 * A data folder opened for writing: its write lock taken first (one writer per folder, see
 * core/folderLock), then its registry, whose history must reach its anchor; the anchor then
 * follows every commit. The app, the browser harness and the command line's writing commands
 * open their folder this way. The history is checked against its anchor through a read-only
 * connection before the registry is opened for writing: a registry that lost changes is refused
 * without being written to at all (not even switched to its journal mode, or migrated); the check
 * is made again once it is open.
 */
import { existsSync } from 'node:fs';
import { lockFolder, type FolderLock, type LockHolder } from '../core/folderLock';
import { registryPath } from '../core/paths';
import { openDatabase, type Db } from '../db/database';
import { anchorPath, keepAnchor, requireAnchoredHistory } from './anchor';

export interface WritableRegistry {
  readonly db: Db;
  readonly dataDir: string;
  /** Closes the registry and releases the folder (a lock given in the options is kept). */
  close(): void;
}

export interface WriterOptions {
  /** Opens the registry once the lock is held (by default openDatabase on the folder's registry). */
  open?: (dataDir: string) => Db;
  /** The folder's lock when this process holds it already (reopening the folder): not released on close. */
  lock?: FolderLock;
}

/** requireAnchoredHistory before the open for writing, where there is a registry and an anchor to check. */
function requireAnchoredBeforeWriting(dataDir: string): void {
  const path = registryPath(dataDir);
  if (!existsSync(anchorPath(dataDir)) || !existsSync(path)) return;
  let db: Db;
  try {
    db = openDatabase(path, { readOnly: true });
  } catch {
    return; // the open for writing says what is wrong with the file
  }
  try {
    requireAnchoredHistory(db, dataDir);
  } finally {
    db.close();
  }
}

export function openForWriting(dataDir: string, holder: LockHolder, options: WriterOptions = {}): WritableRegistry {
  const lock = options.lock ?? lockFolder(dataDir, holder);
  const release = () => {
    if (!options.lock) lock.release();
  };
  let db: Db;
  let stop: () => void;
  try {
    requireAnchoredBeforeWriting(dataDir);
    db = options.open ? options.open(dataDir) : openDatabase(registryPath(dataDir));
    try {
      requireAnchoredHistory(db, dataDir);
      stop = keepAnchor(db, dataDir);
    } catch (error) {
      db.close();
      throw error;
    }
  } catch (error) {
    release();
    throw error;
  }
  let closed = false;
  return {
    db,
    dataDir,
    close() {
      if (closed) return;
      closed = true;
      try {
        stop();
        db.close();
      } finally {
        release();
      }
    },
  };
}
