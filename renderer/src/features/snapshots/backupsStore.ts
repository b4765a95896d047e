/**
 * The Backups section: the verified copies of the registry with their manifests, "Back up now",
 * "Restore this backup", checking them all again, and how many are kept.
 */
import { create } from 'zustand';
import type { BackupEntry, BackupRestoreResult, BackupRetention } from '../../../../shared/contract';
import { call } from '../../platform/api';
import { refreshAll, registerRefresher } from '../../platform/registry';

interface BackupsState {
  busy: 'list' | 'create' | 'verify' | 'restore' | 'retention' | null;
  backups: BackupEntry[] | null;
  retention: BackupRetention | null;
  error: Error | null;
  created: BackupEntry | null;
  restored: BackupRestoreResult | null;
  load(verify?: boolean): Promise<void>;
  create(): Promise<void>;
  /** History entries recorded since the backup: what a restore of it would lose. */
  lostSince(entry: BackupEntry): Promise<number>;
  restore(file: string): Promise<boolean>;
  setRetention(retention: BackupRetention): Promise<boolean>;
}

const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

export const useBackups = create<BackupsState>()((set) => ({
  busy: null,
  backups: null,
  retention: null,
  error: null,
  created: null,
  restored: null,
  async load(verify = false) {
    set({ busy: verify ? 'verify' : 'list', error: null });
    try {
      const [backups, retention] = await Promise.all([call('backups.list', { verify }), call('backups.retention')]);
      set({ backups, retention });
    } catch (e) {
      set({ error: asError(e) });
    } finally {
      set({ busy: null });
    }
  },
  async create() {
    set({ busy: 'create', error: null, created: null, restored: null });
    try {
      const created = await call('backups.create');
      set({ created });
      set({ backups: await call('backups.list', {}) });
    } catch (e) {
      set({ error: asError(e) });
    } finally {
      set({ busy: null });
    }
  },
  async lostSince(entry) {
    const info = await call('app.info');
    return Math.max(0, info.revision - entry.head.seq);
  },
  async restore(file) {
    set({ busy: 'restore', error: null, created: null, restored: null });
    try {
      const restored = await call('backups.restore', { file });
      set({ restored, backups: await call('backups.list', {}) });
      refreshAll();
      return true;
    } catch (e) {
      set({ error: asError(e) });
      return false;
    } finally {
      set({ busy: null });
    }
  },
  async setRetention(retention) {
    set({ busy: 'retention', error: null });
    try {
      set({ retention: await call('backups.setRetention', retention) });
      return true;
    } catch (e) {
      set({ error: asError(e) });
      return false;
    } finally {
      set({ busy: null });
    }
  },
}));

// A backup taken elsewhere (the start of the day, a runbook start) shows up when the registry changes.
registerRefresher(() => {
  if (useBackups.getState().backups) void useBackups.getState().load();
});
