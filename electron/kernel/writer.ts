/**
 * A data folder opened for writing: its write lock taken first (one writer per folder, see
 * core/folderLock), then its registry, whose history must reach its anchor; the anchor then
 * follows every commit. The app, the browser harness and the command line's writing commands
 * open their folder this way.
 */
import { lockFolder, type LockHolder } from '../core/folderLock';
import { registryPath } from '../core/paths';
import { openDatabase, type Db } from '../db/database';
import { keepAnchor, requireAnchoredHistory } from './anchor';

export interface WritableRegistry {
  readonly db: Db;
  readonly dataDir: string;
  /** Closes the registry and releases the folder. */
  close(): void;
}

export function openForWriting(dataDir: string, holder: LockHolder): WritableRegistry {
  const lock = lockFolder(dataDir, holder);
  let db: Db;
  let stop: () => void;
  try {
    db = openDatabase(registryPath(dataDir));
    try {
      requireAnchoredHistory(db, dataDir);
      stop = keepAnchor(db, dataDir);
    } catch (error) {
      db.close();
      throw error;
    }
  } catch (error) {
    lock.release();
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
        lock.release();
      }
    },
  };
}
