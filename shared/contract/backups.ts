/**
 * Backups: verified copies of the registry kept in `<dataDir>/backups`, each described by a
 * manifest beside it; and the health of the registry file checked at every open, with the
 * recovery offered when it is damaged.
 */
import { z } from 'zod';
import { NoInput, returns, type ChannelGroup } from './define';
import type { SnapshotCounts } from './snapshots';

/** Why a backup was taken: the start of a day, by hand, or before something that replaces or changes a lot. */
export const BACKUP_REASONS = [
  'daily',
  'manual',
  'before-restore',
  'before-migration',
  'before-runbook',
  'before-import',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** The manifest written beside each backup (`<name>.sqlite` → `<name>.json`). */
export interface BackupManifest {
  format: 1;
  /** The backup file's name in the backups folder (never a path: the folder may move). */
  file: string;
  /** When it was taken (ISO 8601, UTC). */
  takenAt: string;
  reason: BackupReason;
  bytes: number;
  /** Null when the registry's schema was too old to count (a copy before a migration). */
  counts: SnapshotCounts | null;
  /** The history's last entry when the copy was taken. */
  head: { seq: number; hash: string };
  schemaVersion: number;
  /** Organisation name, to tell backups of different ledgers apart. */
  organisation: string | null;
}

/** A backup as listed: its manifest and whether it verifies now. */
export interface BackupEntry extends BackupManifest {
  /** Integrity check and history chain, checked when listed with `verify`, or when written. */
  verified: 'ok' | 'failed' | 'unchecked';
  /** What failed, when it did (untranslated SQLite detail). */
  problem: string | null;
}

/** How many backups are kept (see retention in electron/capabilities/backups). */
export const RETENTION_LIMITS = {
  daily: { min: 1, max: 60, default: 7 },
  weekly: { min: 0, max: 52, default: 4 },
  monthly: { min: 0, max: 120, default: 12 },
  beforeDays: { min: 1, max: 365, default: 30 },
} as const;

const bounded = (key: keyof typeof RETENTION_LIMITS) =>
  z
    .number()
    .int({ message: 'retention.range' })
    .min(RETENTION_LIMITS[key].min, { message: 'retention.range' })
    .max(RETENTION_LIMITS[key].max, { message: 'retention.range' });

export const BackupRetention = z
  .object({
    daily: bounded('daily'),
    weekly: bounded('weekly'),
    monthly: bounded('monthly'),
    beforeDays: bounded('beforeDays'),
  })
  .strict();
export type BackupRetention = z.infer<typeof BackupRetention>;

export const DEFAULT_RETENTION: BackupRetention = {
  daily: RETENTION_LIMITS.daily.default,
  weekly: RETENTION_LIMITS.weekly.default,
  monthly: RETENTION_LIMITS.monthly.default,
  beforeDays: RETENTION_LIMITS.beforeDays.default,
};

/** What is wrong with a registry file, found when it is opened (or by doctor). */
export const REGISTRY_PROBLEMS = [
  'registry_missing',
  'registry_empty',
  'registry_header',
  'registry_truncated',
  'registry_corrupt',
  'registry_unreadable',
  'registry_read_only',
  'registry_locked',
  'registry_too_new',
  // The file is whole, but its history does not reach the entry recorded beside it after the last
  // commit (the anchor): changes are missing, or the history was replaced.
  'chain_tail_lost',
  'chain_anchor_mismatch',
] as const;
export type RegistryProblem = (typeof REGISTRY_PROBLEMS)[number];

/**
 * The registry file as the open-time check found it. `damaged`: the file cannot be trusted and a
 * backup may replace it (it is moved aside first). `unavailable`: the file may be fine but cannot be
 * used now (locked, read-only, from a newer version): nothing is offered that would replace it.
 */
export interface RegistryHealth {
  state: 'ok' | 'new' | 'damaged' | 'unavailable';
  problem: RegistryProblem | null;
  /** SQLite's own words, when it gave any. */
  detail: string | null;
  /** The finding's figures, for its text (the history's: entries found, recorded, missing). */
  params?: Record<string, string | number>;
  path: string;
  /** The newest backup that verifies, when the registry is damaged; null when none does. */
  newestBackup: BackupEntry | null;
  /**
   * The history's last entry as recorded beside the registry at its last commit (kernel/anchor),
   * when the registry is damaged: with the backup's own last entry, how many changes a restore
   * loses. Null when nothing was recorded (or the record is unreadable).
   */
  recorded?: { seq: number; at: string } | null;
}

export interface BackupRestoreResult {
  restored: BackupManifest;
  /** Where the damaged registry was moved (null: it was healthy; a backup of it was taken instead). */
  movedAside: string | null;
  /** The backup of the registry as it was just before (null when it was damaged). */
  before: BackupManifest | null;
}

/** A backup's file name as listed: nothing else is accepted (no folders, no paths). */
export const BackupFileName = z
  .string()
  .max(200)
  .regex(/^registry-[a-z-]+-\d{4}-\d{2}-\d{2}-\d{6}(-\d+)?\.sqlite$/, { message: 'backup.name' });

export const backupsChannels = {
  'backups.list': {
    input: z.object({ verify: z.boolean().optional() }).strict().optional(),
    output: returns<BackupEntry[]>(),
  },
  'backups.create': { input: NoInput, output: returns<BackupEntry>() },
  'backups.restore': { input: z.object({ file: BackupFileName }).strict(), output: returns<BackupRestoreResult>() },
  'backups.retention': { input: NoInput, output: returns<BackupRetention>() },
  'backups.setRetention': { input: BackupRetention, output: returns<BackupRetention>() },
  'registry.health': { input: NoInput, output: returns<RegistryHealth>() },
} as const satisfies ChannelGroup;
