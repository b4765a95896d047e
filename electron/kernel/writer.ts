/**
 * A data folder opened for writing: its write lock taken first (one writer per folder, see
 * core/folderLock), then its registry, whose history must reach its anchor; the anchor then
 * follows every commit. The app, the browser harness and the command line's writing commands
 * open their folder this way.
 */
import { lockFolder, type FolderLock, type LockHolder } from '../core/folderLock';
import { registryPath } from '../core/paths';
import { openDatabase, type Db } from '../db/database';
import { keepAnchor, requireAnchoredHistory } from './anchor';

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

export function openForWriting(dataDir: string, holder: LockHolder, options: WriterOptions = {}): WritableRegistry {
  const lock = options.lock ?? lockFolder(dataDir, holder);
  const release = () => {
    if (!options.lock) lock.release();
  };
  let db: Db;
  let stop: () => void;
  try {
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
