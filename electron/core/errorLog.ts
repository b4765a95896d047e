/**
 * The log of errors GroupLedger did not expect, in the data folder (`logs/group-ledger.log`): the
 * window's message says where it is, so an administrator can send it to whoever supports the
 * office PC. One line of time and message, then the stack; the file is started again (the previous
 * one kept as `.1`) past 1 MB. Writing it never fails the caller: a folder that cannot be written
 * to leaves only the console's copy.
 */
import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sqliteResultCode } from '../db/database';

export const ERROR_LOG = join('logs', 'group-ledger.log');
const MAX_BYTES = 1024 * 1024;

/** Appends `error` to the data folder's error log; returns the log's path, or null when it cannot be written. */
export function logInternalError(dataDir: string, error: unknown, now = new Date()): string | null {
  const path = join(dataDir, ERROR_LOG);
  try {
    mkdirSync(join(dataDir, 'logs'), { recursive: true });
    try {
      if (statSync(path).size > MAX_BYTES) renameSync(path, `${path}.1`);
    } catch {
      /* no log yet */
    }
    const text =
      error instanceof Error
        ? `${error.message}\n${error.stack ?? ''}`
        : typeof error === 'string'
          ? error
          : JSON.stringify(error);
    appendFileSync(path, `${now.toISOString()} ${text.slice(0, 20_000)}\n\n`, { mode: 0o600 });
    return path;
  } catch {
    return null;
  }
}

/** Whether `error` says the disk is full: SQLite's SQLITE_FULL (13) or the system's ENOSPC. */
export function isDiskFull(error: unknown): boolean {
  return sqliteResultCode(error) === 13 || (error as { code?: unknown } | null)?.code === 'ENOSPC';
}
