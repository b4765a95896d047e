/**
 * Backups: verified copies of the registry taken at the first start of each day, before a
 * restore, a migration and a runbook start, and on demand; kept by a retention policy; listed,
 * verified and restored. And the open-time check of the registry file with the recovery it offers
 * when the file is damaged (the ledger runs in recovery until a backup is restored or another
 * folder opened).
 */
import type { BackupEntry, RegistryHealth } from '../../../shared/contract';
import { LedgerError } from '../../../shared/errors';
import { openDatabase, type Db } from '../../db/database';
import { registryPath } from '../../core/paths';
import { defineCapability } from '../../kernel/capability';
import { readAnchor } from '../../kernel/anchor';
import type { Clock } from '../../kernel/context';
import { doctorOffThread, keepRegistryCopySync } from '../snapshots';
import {
  listBackups,
  newestVerifiedBackup,
  restoreInPlaceOfDamaged,
  restoreOverRegistry,
  takeBackup,
  verifyBackup,
} from './store';

export { doctorFolder, type FolderDoctorReport } from './doctor';
export { fullCheckOffThread, historyProblem, inspectRegistry, type FileHealth, type InspectOptions } from './health';
export { backupsToRemove, takenToday } from './retention';
export {
  dailyBackup,
  hasBackups,
  heldRegistry,
  listBackups,
  moveAside,
  newestVerifiedBackup,
  pruneBackups,
  restoreInPlaceOfDamaged,
  restoreOverRegistry,
  takeBackup,
  verifyBackup,
} from './store';

/**
 * Opens a registry that passed the open-time check; an older schema is backed up (a verified copy
 * with its manifest) before it is migrated.
 */
export function openRegistry(dataDir: string, clock: Clock): Db {
  return openDatabase(registryPath(dataDir), {
    beforeMigrate: (db) => void keepRegistryCopySync(db, dataDir, clock, 'before-migration'),
  });
}

/** The channels a ledger in recovery still answers: nothing else touches the (stand-in) registry. */
export const RECOVERY_CHANNELS: ReadonlySet<string> = new Set([
  'app.info',
  'app.notices',
  'settings.get',
  'settings.update',
  'registry.health',
  'backups.list',
  'backups.restore',
  'snapshot.folders',
  'snapshot.openFolder',
]);

/** The last entry recorded beside the registry (its anchor), or null when there is none to read. */
export function recordedHead(dataDir: string): { seq: number; at: string } | null {
  try {
    const anchor = readAnchor(dataDir);
    return anchor ? { seq: anchor.seq, at: anchor.at } : null;
  } catch {
    return null;
  }
}

export const backupsCapability = defineCapability({
  name: 'backups',
  handlers: (app) => {
    const recovering = () => app.health !== undefined && app.health.state !== 'ok' && app.health.state !== 'new';
    return {
      'backups.list': (input) => {
        const all = listBackups(app.dataDir);
        return input?.verify ? all.map((entry) => verifyBackup(app.dataDir, entry)) : all;
      },
      'backups.create': async (): Promise<BackupEntry> =>
        takeBackup(app.db, app.dataDir, app.clock, 'manual', app.preferences.backupRetention()),
      'backups.restore': async (input) => {
        if (!recovering()) {
          return restoreOverRegistry(app.db, app.dataDir, app.clock, input.file, app.preferences.backupRetention());
        }
        if (app.health?.state !== 'damaged')
          throw new LedgerError('registry_damaged', { path: app.health?.path ?? '' });
        const result = await restoreInPlaceOfDamaged(app.dataDir, app.clock, input.file);
        // The same folder opens again, now on the restored registry (checked like any open).
        app.folders.switchTo(app.dataDir);
        return result;
      },
      // The doctor reads the whole registry (seconds at 10,000 people): on a worker thread.
      'doctor.run': () => doctorOffThread(app.db),
      'backups.retention': () => app.preferences.backupRetention(),
      'backups.setRetention': (input) => app.preferences.setBackupRetention(input),
      'registry.health': (): RegistryHealth => {
        const health = app.health ?? { state: 'ok', problem: null, detail: null, path: registryPath(app.dataDir) };
        if (health.state !== 'damaged') return { ...health, newestBackup: null };
        return { ...health, newestBackup: newestVerifiedBackup(app.dataDir), recorded: recordedHead(app.dataDir) };
      },
    };
  },
});
