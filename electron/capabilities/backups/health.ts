/**
 * The registry file checked before it is opened, by the app, the harness and the command line:
 * its header (is it an SQLite database at all, is it as long as its header says), SQLite's
 * `quick_check`, and its schema version. The check only reads: it opens the file read-only and
 * changes nothing, so a damaged file stays exactly as it was found. A problem gets a code
 * (RegistryProblem) that the window, `doctor` and the command line translate.
 */
import { accessSync, closeSync, constants, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Worker } from 'node:worker_threads';
import type { RegistryHealth, RegistryProblem } from '../../../shared/contract';
import { LedgerError } from '../../../shared/errors';
import { sqliteResultCode } from '../../db/database';
import { SCHEMA_VERSION } from '../../db/migrations';
import { BACKGROUND_THREAD_SOURCE } from '../../core/background';

const MAGIC = 'SQLite format 3\u0000';

export interface InspectOptions {
  /** Whether the data folder holds backups: then a missing or empty registry is damaged, not new. */
  hasBackups: boolean;
  /** How long to wait for a lock held by another connection (ms). */
  busyTimeoutMs?: number;
  /**
   * false: only what can be checked in milliseconds at any size (header, length, the schema read);
   * SQLite's quick_check, which reads every page, is then left to fullCheckOffThread. Default true.
   */
  full?: boolean;
}

export type FileHealth = Omit<RegistryHealth, 'newestBackup'>;

/** What the file at `path` is, without changing it. */
export function inspectRegistry(path: string, options: InspectOptions): FileHealth {
  const result = (state: FileHealth['state'], problem: RegistryProblem | null, detail: string | null = null) => ({
    state,
    problem,
    detail: detail ? detail.slice(0, 300) : null,
    path,
  });
  const damaged = (problem: RegistryProblem, detail: string | null = null) => result('damaged', problem, detail);
  const unavailable = (problem: RegistryProblem, detail: string | null = null) =>
    result('unavailable', problem, detail);

  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return options.hasBackups ? damaged('registry_missing') : result('new', null);
    return unavailable('registry_unreadable', code ?? null);
  }
  if (size === 0) return options.hasBackups ? damaged('registry_empty') : result('new', null);

  const header = Buffer.alloc(100);
  let read: number;
  try {
    const fd = openSync(path, 'r');
    try {
      read = readSync(fd, header, 0, 100, 0);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return unavailable('registry_unreadable', (error as NodeJS.ErrnoException).code ?? null);
  }
  if (read < 100 || header.toString('latin1', 0, 16) !== MAGIC) return damaged('registry_header');
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) return damaged('registry_header');
  const pageCount = header.readUInt32BE(28);
  const countValid = header.readUInt32BE(92) === header.readUInt32BE(24);
  if (size % pageSize !== 0 || (countValid && pageCount * pageSize > size)) {
    return damaged('registry_truncated', `${size} / ${countValid ? pageCount * pageSize : '?'}`);
  }

  try {
    accessSync(path, constants.R_OK | constants.W_OK);
    accessSync(dirname(path), constants.W_OK);
  } catch (error) {
    return unavailable('registry_read_only', (error as NodeJS.ErrnoException).code ?? null);
  }

  let db: DatabaseSync | null = null;
  try {
    db = new DatabaseSync(path, { readOnly: true, timeout: options.busyTimeoutMs ?? 2000 });
    // Reads the first page and the schema: a file that is not a database or is locked says so here.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    if (options.full ?? true) {
      const rows = db.prepare('PRAGMA quick_check').all() as Array<{ quick_check: string }>;
      const problem = quickCheckProblem(rows.map((r) => r.quick_check));
      if (problem) return damaged('registry_corrupt', problem);
    }
    const version = (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
    if (version > SCHEMA_VERSION) return unavailable('registry_too_new', `${version} > ${SCHEMA_VERSION}`);
    return result('ok', null);
  } catch (error) {
    return fromSqliteError(error, damaged, unavailable);
  } finally {
    try {
      db?.close();
    } catch {
      /* closing a connection that never opened */
    }
  }
}

/**
 * The open's refusal of a whole registry whose history does not reach the entry recorded beside it
 * (kernel/anchor) as the finding the recovery page shows, with its figures; null for any other error.
 */
export function historyProblem(error: unknown, path: string): FileHealth | null {
  if (!(error instanceof LedgerError)) return null;
  const figures = (...names: string[]) =>
    Object.fromEntries(names.map((n) => [n, Number(error.params[n] ?? 0)])) as Record<string, number>;
  if (error.code === 'chain_tail_lost') {
    return {
      state: 'damaged',
      problem: 'chain_tail_lost',
      detail: null,
      params: figures('found', 'anchored', 'missing'),
      path,
    };
  }
  if (error.code === 'chain_anchor_mismatch') {
    return { state: 'damaged', problem: 'chain_anchor_mismatch', detail: null, params: figures('seq'), path };
  }
  return null;
}

function quickCheckProblem(rows: string[]): string | null {
  return rows.length === 1 && rows[0] === 'ok' ? null : rows.slice(0, 3).join('; ');
}

/**
 * SQLite's quick_check of the registry on a worker thread (it reads every page: seconds at 10,000
 * people), for a registry already opened after the quick part of the check. Resolves to the
 * problem found, or null when the file is whole; never rejects.
 */
export function fullCheckOffThread(path: string, busyTimeoutMs = 2000): Promise<FileHealth | null> {
  const damaged = (problem: RegistryProblem, detail: string | null = null): FileHealth => ({
    state: 'damaged',
    problem,
    detail: detail ? detail.slice(0, 300) : null,
    path,
  });
  const unavailable = (problem: RegistryProblem, detail: string | null = null): FileHealth => ({
    ...damaged(problem, detail),
    state: 'unavailable',
  });
  return new Promise((resolve) => {
    const worker = new Worker(
      `${BACKGROUND_THREAD_SOURCE}
       const { parentPort, workerData } = require('node:worker_threads');
       const { DatabaseSync } = require('node:sqlite');
       try {
         const db = new DatabaseSync(workerData.path, { readOnly: true, timeout: workerData.timeout });
         let rows;
         try {
           rows = db.prepare('PRAGMA quick_check').all().map((r) => r.quick_check);
         } finally {
           db.close();
         }
         // Told only once its connection is closed: the app's close, which may follow at once, is
         // then the last connection and folds the write-ahead log into the file.
         parentPort.postMessage({ rows });
       } catch (error) {
         parentPort.postMessage({ errcode: error.errcode, message: String(error.message) });
       }`,
      { eval: true, workerData: { path, timeout: busyTimeoutMs } },
    );
    worker.once('message', (m: { rows?: string[]; errcode?: number; message?: string }) => {
      if (m.rows) {
        const problem = quickCheckProblem(m.rows);
        resolve(problem ? damaged('registry_corrupt', problem) : null);
      } else resolve(fromSqliteError({ errcode: m.errcode, message: m.message }, damaged, unavailable));
    });
    worker.once('error', () => resolve(null));
  });
}

/** SQLite's primary result codes (the low byte of an extended code). */
const SQLITE = { BUSY: 5, LOCKED: 6, READONLY: 8, IOERR: 10, CORRUPT: 11, CANTOPEN: 14, NOTADB: 26, PERM: 3, AUTH: 23 };

function fromSqliteError(
  error: unknown,
  damaged: (p: RegistryProblem, d?: string | null) => FileHealth,
  unavailable: (p: RegistryProblem, d?: string | null) => FileHealth,
): FileHealth {
  const message = (error as Error).message ?? String(error);
  const code = sqliteResultCode(error);
  switch (code) {
    case SQLITE.NOTADB:
      return damaged('registry_header', message);
    case SQLITE.CORRUPT:
      return damaged('registry_corrupt', message);
    case SQLITE.BUSY:
    case SQLITE.LOCKED:
      return unavailable('registry_locked', message);
    case SQLITE.READONLY:
      return unavailable('registry_read_only', message);
    case SQLITE.IOERR:
      return damaged('registry_truncated', message);
    default:
      return unavailable('registry_unreadable', message);
  }
}
