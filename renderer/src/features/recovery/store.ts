/**
 * The recovery page's actions: restore the newest backup that verifies, open another data folder
 * the app knows, or try again (a lock released). Each ends by starting the window again, which
 * shows the console when the registry can be used.
 */
import { create } from 'zustand';
import type { BackupRestoreResult, DataFolder } from '../../../../shared/contract';
import { call } from '../../platform/api';
import { useNav } from '../../platform/nav';
import { useSession } from '../../platform/session';

interface RecoveryState {
  busy: 'restore' | 'folder' | 'retry' | null;
  error: Error | null;
  folders: DataFolder[] | null;
  restored: BackupRestoreResult | null;
  loadFolders(): Promise<void>;
  restore(file: string): Promise<boolean>;
  openFolder(dataDir: string): Promise<boolean>;
  retry(): Promise<void>;
}

const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

async function reenter(): Promise<void> {
  await useSession.getState().boot();
  if (useSession.getState().phase === 'ready') useNav.getState().go({ page: 'dashboard' });
}

export const useRecovery = create<RecoveryState>()((set) => ({
  busy: null,
  error: null,
  folders: null,
  restored: null,
  async loadFolders() {
    try {
      set({ folders: await call('snapshot.folders') });
    } catch (e) {
      set({ error: asError(e) });
    }
  },
  async restore(file) {
    set({ busy: 'restore', error: null });
    try {
      const restored = await call('backups.restore', { file });
      set({ restored });
      await reenter();
      return true;
    } catch (e) {
      set({ error: asError(e) });
      return false;
    } finally {
      set({ busy: null });
    }
  },
  async openFolder(dataDir) {
    set({ busy: 'folder', error: null });
    try {
      await call('snapshot.openFolder', { dataDir });
      await reenter();
      return true;
    } catch (e) {
      set({ error: asError(e) });
      return false;
    } finally {
      set({ busy: null });
    }
  },
  async retry() {
    set({ busy: 'retry', error: null });
    try {
      await reenter();
    } finally {
      set({ busy: null });
    }
  },
}));
