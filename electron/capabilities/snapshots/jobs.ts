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
import { restoreContainer, restoreSnapshot, type ImportMeta } from './replace';
import {
  containerSnapshot,
  importSnapshot,
  parsePlainSnapshot,
  plainSnapshotBytes,
  readSnapshotBytes,
} from './restore';
import { countsOf, exportSnapshot } from './snapshot';
import {
  CONTAINER_VERSION,
  discardContainer,
  exportContainer,
  isContainer,
  openContainer,
  openContainerFile,
  type OpenedContainer,
} from './container';
import { startOwnChecks } from './containerImport';

export interface ExportJob {
  op: 'export';
  dbPath: string;
  path: string;
  password?: string;
  compress?: boolean;
  /**
   * `sqlite` (the default): the registry's own database behind a signed header (container.ts);
   * `json`: the canonical JSON document of docs/snapshot.schema.json.
   */
  form?: SnapshotForm;
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
  /** This installation's public key (DER, base64): a file it signed is copied in as a backup is. */
  own?: string | null;
  /**
   * An SQLite-file snapshot from another ledger, once checked in full, is kept as its checked copy
   * (the `sqlite` form) instead of being turned into content: for a caller that reads its tables
   * again and again (the Diff page). A file this installation signed is kept so anyway.
   */
  keepCopy?: boolean;
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
  /** Where a verified SQLite-file snapshot waits for its import (removed when it is dropped). */
  scratch?: string;
}

export type SnapshotForm = 'sqlite' | 'json';

/** A verified snapshot: its content (JSON, or an SQLite file from elsewhere), or an SQLite file of this installation. */
export type VerifiedFile = { form: 'json'; snapshot: Snapshot } | { form: 'sqlite'; container: OpenedContainer };

/** Frees what a verified file holds on disk. */
export function dropVerified(verified: VerifiedFile | null): void {
  if (verified?.form === 'sqlite') discardContainer(verified.container);
}

const fixedClock = (now: string): Clock => ({ now: () => new Date(now) });

export async function runExport(job: ExportJob, progress: Progress): Promise<SnapshotExportResult> {
  const db = openDatabase(job.dbPath);
  try {
    const options = {
      password: job.password,
      compress: job.compress,
      signer: job.signingRoot !== undefined ? installationKey(job.signingRoot) : null,
      progress,
    };
    const clock = fixedClock(job.now);
    if ((job.form ?? 'sqlite') === 'sqlite') return await exportContainer(db, clock, job.path, options);
    return exportSnapshot(db, clock, job.path, options);
  } finally {
    db.close();
  }
}

/**
 * Verifies a snapshot file. An SQLite file signed by this installation keeps its database (in a
 * scratch folder) for an import that copies it in; any other file is read into content and fully
 * checked, and imported row by row.
 */
export async function runVerify(
  job: VerifyJob,
  progress: Progress,
): Promise<{ verified: VerifiedFile; summary: VerifiedSummary }> {
  const options = { password: job.password, progress };
  const clock = fixedClock(job.now);
  const encrypted = job.password !== undefined && job.password !== '';
  const openOptions = { progress, own: job.own ? { publicKey: job.own } : null };
  // An SQLite-file snapshot on disk, plain or encrypted, is copied (or decrypted) and hashed in
  // pieces, never read whole; any other file is read whole below.
  if (job.path) {
    const path = job.path;
    const streamed = await verifyContainer(
      (meanwhile) => openContainerFile(path, { ...openOptions, password: job.password }, meanwhile),
      clock,
      encrypted,
      progress,
      job.keepCopy ?? false,
    );
    if (streamed) return streamed;
  }
  const plain = plainSnapshotBytes(
    job.path ? readSnapshotBytes(job.path, options) : (job.bytes ?? new Uint8Array()),
    options,
  );
  if (isContainer(plain)) {
    const opened = await verifyContainer(
      (meanwhile) => openContainer(plain, openOptions, meanwhile),
      clock,
      encrypted,
      progress,
      job.keepCopy ?? false,
    );
    if (opened) return opened;
  }
  return json(parsePlainSnapshot(plain, options), clock, encrypted);
}

/**
 * An SQLite-file snapshot: signed by this installation, its history is checked on threads of their
 * own while this one hashes it and runs SQLite's check, and it is kept for a copy; from anywhere
 * else, it is read into content and checked in full.
 */
async function verifyContainer(
  open: (meanwhile: (unchecked: Pick<OpenedContainer, 'path' | 'signature'>) => void) => OpenedContainer | null,
  clock: Clock,
  encrypted: boolean,
  progress: Progress,
  keepCopy: boolean,
): Promise<{ verified: VerifiedFile; summary: VerifiedSummary } | null> {
  let own: ReturnType<typeof startOwnChecks> | null = null;
  let container: OpenedContainer | null = null;
  try {
    container = open((unchecked) => {
      if (unchecked.signature.state === 'this') own = startOwnChecks(unchecked.path);
    });
    if (!container) return null;
    const checks = own as ReturnType<typeof startOwnChecks> | null;
    if (checks) {
      await checks.finish(container, clock);
      progress('verify', 1);
      return kept(container, encrypted);
    }
    const snapshot = containerSnapshot(container, progress);
    if (keepCopy) {
      // Checked in full (its content read and verified): its copy is what the caller reads.
      refuseFutureDates(snapshot, clock);
      return kept(container, encrypted);
    }
    discardContainer(container);
    return json(snapshot, clock, encrypted);
  } catch (error) {
    if (container) discardContainer(container);
    throw error;
  } finally {
    (own as ReturnType<typeof startOwnChecks> | null)?.dispose();
  }
}

/** A checked SQLite-file snapshot kept as its copy. */
function kept(container: OpenedContainer, encrypted: boolean): { verified: VerifiedFile; summary: VerifiedSummary } {
  const { header } = container;
  return {
    verified: { form: 'sqlite', container },
    summary: {
      organisation: container.organisation,
      exportedAt: header.exportedAt,
      checksum: header.checksum,
      counts: container.counts,
      encrypted,
      version: CONTAINER_VERSION,
      signature: header.signature,
      scratch: container.scratch,
    },
  };
}

function json(
  snapshot: Snapshot,
  clock: Clock,
  encrypted: boolean,
): { verified: VerifiedFile; summary: VerifiedSummary } {
  refuseFutureDates(snapshot, clock);
  return {
    verified: { form: 'json', snapshot },
    summary: {
      organisation: snapshot.content.organisation.name,
      exportedAt: snapshot.exportedAt,
      checksum: snapshot.checksum,
      counts: countsOf(snapshot.content),
      encrypted,
      version: snapshot.version,
      signature: snapshot.signature,
    },
  };
}

export async function runImport(
  verified: VerifiedFile,
  job: ImportJob,
  progress: Progress,
): Promise<SnapshotRestoreResult> {
  const db = openDatabase(job.dbPath, { readsOnce: true });
  try {
    if (job.mode === 'empty' && !isRegistryEmpty(db)) throw new LedgerError('registry_not_empty');
    const clock = fixedClock(job.now);
    if (verified.form === 'sqlite') {
      return await restoreContainer(db, job.dataDir, clock, verified.container, job.meta, progress);
    }
    if (job.mode === 'empty') {
      return { counts: importSnapshot(db, verified.snapshot, job.meta, progress), backup: null };
    }
    return await restoreSnapshot(db, job.dataDir, clock, verified.snapshot, job.meta, progress);
  } finally {
    db.close();
  }
}
