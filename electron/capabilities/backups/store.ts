/**
 * The backups of a data folder: taken (verified copies with a manifest, see snapshots'
 * registryCopy), listed, verified again, pruned by the retention policy, and restored — over a
 * healthy registry (after a backup of it) or in place of a damaged one (moved aside first).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { backup, DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import {
  BACKUP_REASONS,
  type BackupEntry,
  type BackupManifest,
  type BackupReason,
  type BackupRestoreResult,
  type BackupRetention,
} from '../../../shared/contract';
import { LedgerError } from '../../../shared/errors';
import { migrate, type Db } from '../../db/database';
import { syncDirectory, syncFile } from '../../core/files';
import { registryPath } from '../../core/paths';
import { setAside } from '../../core/preferences';
import { anchorPath, writeAnchor } from '../../kernel/anchor';
import type { Clock } from '../../kernel/context';
import { chainHead } from '../../kernel/events';
import { isRegistryEmpty } from '../../kernel/records';
import { backupsDir, keepRegistryCopy, manifestPath, verifyCopy } from '../snapshots';
import { backupsToRemove, takenToday } from './retention';

const Counts = z.object({
  units: z.number().int(),
  tiers: z.number().int(),
  people: z.number().int(),
  groups: z.number().int(),
  memberships: z.number().int(),
  events: z.number().int(),
  runbooks: z.number().int(),
  incidents: z.number().int(),
});
const Manifest = z.object({
  format: z.literal(1),
  file: z.string().regex(/^registry-[a-z-]+-[\d-]+\.sqlite$/),
  takenAt: z.string().datetime(),
  reason: z.enum(BACKUP_REASONS),
  bytes: z.number().int().nonnegative(),
  counts: Counts.nullable(),
  head: z.object({ seq: z.number().int().nonnegative(), hash: z.string() }),
  schemaVersion: z.number().int().nonnegative(),
  organisation: z.string().nullable(),
});

/** Whether the data folder holds any backup of its registry (then an empty or missing registry is damaged). */
export function hasBackups(dataDir: string): boolean {
  const dir = backupsDir(dataDir);
  if (!existsSync(dir)) return false;
  try {
    return readdirSync(dir).some((name) => /^registry-.*\.sqlite$/.test(name));
  } catch {
    return true; // a backups folder that cannot be read: do not treat an empty registry as new
  }
}

/**
 * Whether the data folder shows it held a registry: backups of it, or the record of its history's
 * last entry beside it (the anchor, written after every commit). Then a registry that is missing or
 * empty is damaged, never a new one to start afresh in.
 */
export function heldRegistry(dataDir: string): boolean {
  return hasBackups(dataDir) || existsSync(anchorPath(dataDir));
}

/** Every backup that has a readable manifest, newest first (not verified: `verified` is 'unchecked'). */
export function listBackups(dataDir: string): BackupEntry[] {
  const dir = backupsDir(dataDir);
  if (!existsSync(dir)) return [];
  const entries: BackupEntry[] = [];
  for (const name of readdirSync(dir)) {
    if (!/^registry-.*\.json$/.test(name)) continue;
    try {
      const manifest = Manifest.parse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
      if (!existsSync(join(dir, manifest.file))) continue;
      entries.push({ ...manifest, verified: 'unchecked', problem: null });
    } catch {
      // A manifest that is not one of ours is left alone and not listed.
    }
  }
  return entries.sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.file.localeCompare(a.file));
}

/** Checks a listed backup again: integrity, history chain, and the chain head its manifest recorded. */
export function verifyBackup(dataDir: string, entry: BackupEntry): BackupEntry {
  try {
    const found = verifyCopy(join(backupsDir(dataDir), entry.file), true);
    if (found.head.seq !== entry.head.seq || found.head.hash !== entry.head.hash) {
      return {
        ...entry,
        verified: 'failed',
        problem: `history ends at ${found.head.seq}, manifest says ${entry.head.seq}`,
      };
    }
    return { ...entry, verified: 'ok', problem: null };
  } catch (error) {
    const detail = error instanceof LedgerError ? String(error.params.detail ?? error.code) : (error as Error).message;
    return { ...entry, verified: 'failed', problem: detail.slice(0, 300) };
  }
}

/** The newest backup that verifies now, or null. */
export function newestVerifiedBackup(dataDir: string): BackupEntry | null {
  for (const entry of listBackups(dataDir)) {
    const checked = verifyBackup(dataDir, entry);
    if (checked.verified === 'ok') return checked;
  }
  return null;
}

function findBackup(dataDir: string, file: string): BackupEntry {
  const entry = listBackups(dataDir).find((b) => b.file === file);
  if (!entry) throw new LedgerError('backup_unknown', { file });
  return entry;
}

/** Removes the backups the retention policy no longer keeps (each file with its manifest). */
export function pruneBackups(dataDir: string, now: Date, policy: BackupRetention): string[] {
  const removed = backupsToRemove(listBackups(dataDir), now, policy);
  const dir = backupsDir(dataDir);
  for (const file of removed) {
    rmSync(join(dir, file), { force: true });
    rmSync(manifestPath(join(dir, file)), { force: true });
  }
  return removed;
}

/**
 * Backups and restores of one data folder run one after another (a restore waits for the backup
 * of the start of the day, say): each takes the registry's state as a whole.
 */
const queues = new Map<string, Promise<unknown>>();
function serial<T>(dataDir: string, fn: () => Promise<T>): Promise<T> {
  const previous = queues.get(dataDir) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(fn);
  const settled = next.catch(() => undefined);
  queues.set(dataDir, settled);
  void settled.then(() => {
    if (queues.get(dataDir) === settled) queues.delete(dataDir);
  });
  return next;
}

/** Takes a verified backup with its manifest, then prunes by the policy. Throws backup_failed. */
export function takeBackup(
  db: Db,
  dataDir: string,
  clock: Clock,
  reason: BackupReason,
  policy: BackupRetention,
): Promise<BackupEntry> {
  return serial(dataDir, () => takeBackupNow(db, dataDir, clock, reason, policy));
}

async function takeBackupNow(
  db: Db,
  dataDir: string,
  clock: Clock,
  reason: BackupReason,
  policy: BackupRetention,
): Promise<BackupEntry> {
  const copy = await keepRegistryCopy(db, dataDir, clock, reason);
  pruneBackups(dataDir, clock.now(), policy);
  return { ...copy.manifest, verified: 'ok', problem: null };
}

/** The backup of the start of a day: taken once a day, when the registry holds anything. */
export async function dailyBackup(
  db: Db,
  dataDir: string,
  clock: Clock,
  policy: BackupRetention,
): Promise<BackupEntry | null> {
  if (isRegistryEmpty(db)) return null;
  return serial(dataDir, async () => {
    if (takenToday(listBackups(dataDir), clock.now(), 'daily')) return null;
    return takeBackupNow(db, dataDir, clock, 'daily', policy);
  });
}

/** Copies a verified backup to `dest` with SQLite's backup (into a live registry, or a new file). */
async function copyBackupTo(source: string, dest: string): Promise<void> {
  const from = new DatabaseSync(source, { readOnly: true });
  try {
    await backup(from, dest);
  } finally {
    from.close();
  }
}

/**
 * Restores a backup over the open, healthy registry: a backup of the registry as it is comes
 * first, then SQLite's backup writes the chosen one into it in one step (the open connection sees
 * the restored registry), then it is brought to this build's schema.
 */
export function restoreOverRegistry(
  db: Db,
  dataDir: string,
  clock: Clock,
  file: string,
  policy: BackupRetention,
): Promise<BackupRestoreResult> {
  return serial(dataDir, async () => {
    const entry = verifyBackup(dataDir, findBackup(dataDir, file));
    if (entry.verified !== 'ok') throw new LedgerError('backup_failed', { path: file, detail: entry.problem ?? '' });
    const before = await takeBackupNow(db, dataDir, clock, 'before-restore', policy);
    await copyBackupTo(join(backupsDir(dataDir), file), registryPath(dataDir));
    migrate(db);
    // The history now ends where the backup's did: its anchor says so, or the next open would
    // take the shorter history for a lost tail (chain_tail_lost). The caller holds the folder.
    writeAnchor(dataDir, chainHead(db));
    return { restored: stripEntry(entry), movedAside: null, before: stripEntry(before) };
  });
}

/**
 * Restores a backup where the registry is damaged or missing: the damaged file (with its -wal and
 * -shm) is moved aside under a name with the time, never deleted or written to; the backup is
 * copied by SQLite to a temporary file beside it, flushed, and renamed into place.
 */
export function restoreInPlaceOfDamaged(dataDir: string, clock: Clock, file: string): Promise<BackupRestoreResult> {
  return serial(dataDir, async () => {
    const entry = verifyBackup(dataDir, findBackup(dataDir, file));
    if (entry.verified !== 'ok') throw new LedgerError('backup_failed', { path: file, detail: entry.problem ?? '' });
    const path = registryPath(dataDir);
    mkdirSync(dataDir, { recursive: true });
    const temp = `${path}.restoring`;
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(temp + suffix, { force: true });
    try {
      await copyBackupTo(join(backupsDir(dataDir), file), temp);
      syncFile(temp);
    } catch (error) {
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(temp + suffix, { force: true });
      throw new LedgerError('backup_failed', { path: file, detail: (error as Error).message.slice(0, 200) });
    }
    const movedAside = moveAside(path, clock.now());
    renameSync(temp, path);
    syncDirectory(dataDir);
    // The restored history ends at the backup's verified head: the anchor follows it back, or the
    // folder would not open again (chain_tail_lost). The caller holds the folder's write lock.
    writeAnchor(dataDir, entry.head);
    return { restored: stripEntry(entry), movedAside, before: null };
  });
}

/** Moves the registry and its -wal/-shm aside (`registry.damaged-YYYYMMDD-HHMMSS.sqlite`); null when there was none. */
export function moveAside(path: string, now: Date): string | null {
  const present = existsSync(path);
  const target = present ? setAside(path, now) : null;
  for (const suffix of ['-wal', '-shm', '-journal']) {
    if (!existsSync(path + suffix)) continue;
    if (target) renameSync(path + suffix, target + suffix);
    else setAside(path + suffix, now);
  }
  return target;
}

function stripEntry(entry: BackupEntry): BackupManifest {
  const { verified: _verified, problem: _problem, ...manifest } = entry;
  return manifest;
}
