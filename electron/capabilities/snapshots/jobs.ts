/**
 * The long snapshot jobs — export, verification, import — as plain functions of their inputs, so
 * the same code runs in a worker thread for the window (worker.ts) and in the calling process for
 * the command line and the unit tests. A job opens its own connection to the registry: SQLite's
 * locking orders it with the app's connection, and a restore over the registry still checks that
 * nothing else wrote since its copy was made.
 */
import { LedgerError } from '../../../shared/errors';
import type { SnapshotCounts, SnapshotExportResult, SnapshotRestoreResult } from '../../../shared/contract';
import type { Snapshot } from '../../../shared/snapshot';
import { openDatabase } from '../../db/database';
import { installationKey } from '../../core/signingKey';
import type { Clock } from '../../kernel/context';
import { isRegistryEmpty } from '../../kernel/records';
import { refuseFutureDates } from './dates';
import type { Progress } from './progress';
import { restoreSnapshot, type ImportMeta } from './replace';
import { importSnapshot, parseSnapshotBytes, readSnapshotFile } from './restore';
import { countsOf, exportSnapshot } from './snapshot';

export interface ExportJob {
  op: 'export';
  dbPath: string;
  path: string;
  password?: string;
  compress?: boolean;
  /** The data root whose installation key signs the snapshot (core/signingKey); unsigned without. */
  signingRoot?: string;
  now: string;
}

export interface VerifyJob {
  op: 'verify';
  /** A file on disk, or the bytes the window sent. */
  path?: string;
  bytes?: Uint8Array;
  password?: string;
  now: string;
}

export interface ImportJob {
  op: 'import';
  dbPath: string;
  /** The registry's data folder (its backups folder receives the copy kept before a replace). */
  dataDir: string;
  /** Into a registry that must be empty (a new folder), or over whatever it holds, after a copy. */
  mode: 'empty' | 'restore';
  meta: ImportMeta;
  now: string;
}

export interface VerifiedSummary {
  organisation: string;
  exportedAt: string;
  checksum: string;
  counts: SnapshotCounts;
  encrypted: boolean;
  /** What the signature is checked against (snapshots/signature.ts), on the plain document. */
  version: number;
  signature?: unknown;
}

const fixedClock = (now: string): Clock => ({ now: () => new Date(now) });

export function runExport(job: ExportJob, progress: Progress): SnapshotExportResult {
  const db = openDatabase(job.dbPath);
  try {
    return exportSnapshot(db, fixedClock(job.now), job.path, {
      password: job.password,
      compress: job.compress,
      signer: job.signingRoot !== undefined ? installationKey(job.signingRoot) : null,
      progress,
    });
  } finally {
    db.close();
  }
}

export function runVerify(job: VerifyJob, progress: Progress): { snapshot: Snapshot; summary: VerifiedSummary } {
  const options = { password: job.password, progress };
  const snapshot = job.path
    ? readSnapshotFile(job.path, options)
    : parseSnapshotBytes(job.bytes ?? new Uint8Array(), options);
  refuseFutureDates(snapshot, fixedClock(job.now));
  return {
    snapshot,
    summary: {
      organisation: snapshot.content.organisation.name,
      exportedAt: snapshot.exportedAt,
      checksum: snapshot.checksum,
      counts: countsOf(snapshot.content),
      encrypted: job.password !== undefined && job.password !== '',
      version: snapshot.version,
      signature: snapshot.signature,
    },
  };
}

export async function runImport(
  snapshot: Snapshot,
  job: ImportJob,
  progress: Progress,
): Promise<SnapshotRestoreResult> {
  const db = openDatabase(job.dbPath);
  try {
    if (job.mode === 'empty') {
      if (!isRegistryEmpty(db)) throw new LedgerError('registry_not_empty');
      return { counts: importSnapshot(db, snapshot, job.meta, progress), backup: null };
    }
    return await restoreSnapshot(db, job.dataDir, fixedClock(job.now), snapshot, job.meta, progress);
  } finally {
    db.close();
  }
}
