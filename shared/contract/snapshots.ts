/**
 * Snapshots: the whole registry written to one file, and read back — into an empty registry, over
 * the current one (after a verified copy of it is kept), or into a new data folder the app opens.
 */
import { z } from 'zod';
import { NoInput, returns, type ChannelGroup } from './define';
import type { SignatureState } from '../snapshotSignature';
import type { SnapshotPhase } from '../snapshotProgress';

export interface SnapshotCounts {
  units: number;
  tiers: number;
  people: number;
  groups: number;
  memberships: number;
  events: number;
  /** Format v3: runbooks and incidents (0 for older files). */
  runbooks: number;
  incidents: number;
}

/**
 * The largest snapshot the window may send (browser mode uploads the file's bytes). About twice a
 * registry of 2,000 people with 40,000 history events; larger ones are restored from the command line.
 */
export const MAX_SNAPSHOT_UPLOAD_BYTES = 64 * 1024 * 1024;

/** A verified snapshot, shown before anything is written. */
export interface SnapshotPreview {
  token: string;
  fileName: string;
  exportedAt: string;
  organisation: string;
  counts: SnapshotCounts;
  /** The file was encrypted (and opened with the password given). */
  encrypted: boolean;
  registryEmpty: boolean;
  /** What is open now: the ledger a restore would replace. */
  current: { organisation: string | null; counts: SnapshotCounts; dataDir: string };
  /** The folder that receives the copy of the current registry before a restore over it. */
  backupsDir: string;
  /** The data folder "open in a new folder" would create (a number is added if it exists by then). */
  newFolder: string;
  /** Who signed the file: this ledger, another (its fingerprint), or unsigned or altered. */
  signature: SignatureState;
}

/** The verified copy of a registry kept before it was replaced. */
export interface RegistryCopy {
  path: string;
  bytes: number;
  counts: SnapshotCounts;
}

export interface SnapshotRestoreResult {
  counts: SnapshotCounts;
  /** Null when the registry was empty, so there was nothing to keep. */
  backup: RegistryCopy | null;
}

export interface SnapshotOpenedResult {
  /** The new data folder the app now runs on (and opens at the next start). */
  dataDir: string;
  organisation: string;
  counts: SnapshotCounts;
}

/** A data folder this app knows: where it started, and each one it switched to since. */
export interface DataFolder {
  dataDir: string;
  /** The organisation its registry holds (null: none yet). */
  organisation: string | null;
  /** The folder open now. */
  current: boolean;
}

export interface SnapshotExportResult {
  path: string;
  bytes: number;
  checksum: string;
  counts: SnapshotCounts;
  /** The fingerprint of the key that signed it (this installation's). */
  signedBy: string | null;
}

const SnapshotToken = z.string().regex(/^[0-9a-f]{32}$/);

/** A snapshot's password, as typed; never stored (the main process passes it to the job and forgets it). */
const Password = z.string().min(1).max(1024);

/** How far the running snapshot job is (the Snapshots page's progress bar), or null when none runs. */
export interface SnapshotJobProgress {
  op: 'export' | 'verify' | 'import';
  /** read → decrypt → parse → verify (a verification), write (an import), export. */
  phase: SnapshotPhase;
  /** Of this phase, 0 to 1. */
  fraction: number;
}

/** Base64 of at most MAX_SNAPSHOT_UPLOAD_BYTES; the handler names the limit when the bytes exceed it. */
const BASE64_MAX = Math.ceil(MAX_SNAPSHOT_UPLOAD_BYTES / 3) * 4 + 8;
/** The bytes of a snapshot file sent by the window (browser mode), as base64: bounded before decoding. */
export const SnapshotUploadData = z
  .string()
  .max(BASE64_MAX)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const snapshotsChannels = {
  /** Asks where to save, then writes the snapshot in a worker thread; with `password`, encrypted. */
  'snapshot.export': {
    input: z
      .object({
        password: Password.optional(),
        compress: z.boolean().optional(),
        /** `sqlite` (default): the registry's database behind a signed header; `json`: the documented JSON form. */
        form: z.enum(['sqlite', 'json']).optional(),
      })
      .strict()
      .optional(),
    output: returns<SnapshotExportResult | null>(),
  },
  /** Asks the host for a snapshot file (Electron's open dialog), verifies it and keeps it for the next step. */
  /**
   * With `file` (from a snapshot_password_required or snapshot_wrong_password error) the file
   * chosen before is read again with `password`, without asking for it again.
   */
  'snapshot.inspect': {
    input: z.object({ password: Password.optional(), file: SnapshotToken.optional() }).strict().optional(),
    output: returns<SnapshotPreview | null>(),
  },
  /** The same for a file the window read itself (browser mode's file picker), sent as base64. */
  'snapshot.upload': {
    input: z
      .object({
        fileName: z.string().trim().min(1).max(260),
        password: Password.optional(),
        data: SnapshotUploadData,
      })
      .strict(),
    output: returns<SnapshotPreview>(),
  },
  /**
   * Writes the verified snapshot into this registry: into an empty one, or with `replace` over one
   * that holds data, after a verified copy of it is kept in the data folder's backups.
   */
  'snapshot.import': {
    input: z.object({ token: SnapshotToken, replace: z.boolean() }).strict(),
    output: returns<SnapshotRestoreResult>(),
  },
  /** Restores the verified snapshot into a new data folder and switches the app to it. */
  'snapshot.openInNewFolder': {
    input: z.object({ token: SnapshotToken }).strict(),
    output: returns<SnapshotOpenedResult>(),
  },
  /** How far the running export, verification or import is; null when none runs. */
  'snapshot.progress': {
    input: NoInput,
    output: returns<SnapshotJobProgress | null>(),
  },
  /** Stops the running export, verification or import: nothing is written, a partial file is removed. */
  'snapshot.cancel': {
    input: NoInput,
    output: returns<{ cancelled: boolean }>(),
  },
  /** The data folders the app knows, to go back to one: where it started and each it switched to. */
  'snapshot.folders': {
    input: NoInput,
    output: returns<DataFolder[]>(),
  },
  /** Switches the app to one of those folders (the next start opens it too). */
  'snapshot.openFolder': {
    input: z.object({ dataDir: z.string().min(1).max(4096) }).strict(),
    output: returns<null>(),
  },
} as const satisfies ChannelGroup;
