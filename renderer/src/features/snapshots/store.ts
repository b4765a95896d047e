/**
 * Snapshot actions: export; open or restore a ledger (choose a file, see what it holds, then
 * restore it into an empty ledger, over the current one, or into a new data folder); and the
 * registry check. Each keeps its last result and error so the page shows them until the admin
 * acts again.
 */
import { create } from 'zustand';
import {
  MAX_SNAPSHOT_UPLOAD_BYTES,
  type DataFolder,
  type DoctorReport,
  type RegistryCopy,
  type SnapshotCounts,
  type SnapshotExportResult,
  type SnapshotPreview,
} from '../../../../shared/contract';
import { call } from '../../platform/api';
import { readAsBase64 } from '../../platform/files';
import { refreshAll } from '../../platform/registry';
import { useSession } from '../../platform/session';

type Busy = 'export' | 'inspect' | 'restore' | 'folder' | 'doctor' | null;

/** How a verified snapshot is written: into this empty ledger, over this one, or into a new folder. */
export type RestoreChoice = 'import' | 'replace' | 'newFolder';

/** What the last restore did, for the page to say (and where the files are). */
export type Restored =
  | { kind: 'import'; organisation: string; counts: SnapshotCounts }
  | { kind: 'replace'; organisation: string; counts: SnapshotCounts; backup: RegistryCopy }
  | { kind: 'newFolder'; organisation: string; counts: SnapshotCounts; dataDir: string; previous: string };

/** A refusal worded here, before anything is sent (a file too large to send). */
export class TooLarge extends Error {
  constructor(
    readonly size: number,
    readonly max: number,
  ) {
    super('snapshot_too_large');
  }
}

interface SnapshotState {
  busy: Busy;
  exported: SnapshotExportResult | null;
  exportCancelled: boolean;
  exportError: Error | null;
  preview: SnapshotPreview | null;
  importCancelled: boolean;
  importError: Error | null;
  restored: Restored | null;
  doctor: DoctorReport | null;
  doctorError: Error | null;
  /** The data folders the app knows (where it started, and each it switched to). */
  folders: DataFolder[] | null;
  folderError: Error | null;
  exportSnapshot(): Promise<void>;
  /** True where the window picks the file itself (browser mode); the app asks its host's dialog. */
  picksFilesItself(): Promise<boolean>;
  /** Electron: the host's open dialog, then the preview. */
  inspect(): Promise<void>;
  /** Browser mode: a file from the page's file picker, sent to be verified, then the preview. */
  inspectFile(file: File): Promise<void>;
  /** Writes the previewed snapshot; true when done (the window then shows the restored ledger). */
  restore(choice: RestoreChoice): Promise<boolean>;
  discardPreview(): void;
  loadFolders(): Promise<void>;
  /** Switches the app to another known data folder; the window then shows that ledger. */
  openFolder(dataDir: string): Promise<boolean>;
  runDoctor(): Promise<void>;
}

const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

export const useSnapshots = create<SnapshotState>()((set, get) => ({
  busy: null,
  exported: null,
  exportCancelled: false,
  exportError: null,
  preview: null,
  importCancelled: false,
  importError: null,
  restored: null,
  doctor: null,
  doctorError: null,
  folders: null,
  folderError: null,
  async exportSnapshot() {
    set({ busy: 'export', exportError: null, exportCancelled: false });
    try {
      const exported = await call('snapshot.export');
      set({ exported, exportCancelled: exported === null });
    } catch (e) {
      set({ exportError: asError(e) });
    } finally {
      set({ busy: null });
    }
  },
  async picksFilesItself() {
    const session = useSession.getState();
    if (!session.appInfo) await session.loadAppInfo();
    return useSession.getState().appInfo?.mode === 'browser';
  },
  async inspect() {
    set({ busy: 'inspect', importError: null, importCancelled: false, restored: null, preview: null });
    try {
      const preview = await call('snapshot.inspect');
      set({ preview, importCancelled: preview === null });
    } catch (e) {
      set({ importError: asError(e) });
    } finally {
      set({ busy: null });
    }
  },
  async inspectFile(file) {
    set({ busy: 'inspect', importError: null, importCancelled: false, restored: null, preview: null });
    try {
      // Refused before it is read: nothing of a file over the limit travels.
      if (file.size > MAX_SNAPSHOT_UPLOAD_BYTES) throw new TooLarge(file.size, MAX_SNAPSHOT_UPLOAD_BYTES);
      const data = await readAsBase64(file);
      set({ preview: await call('snapshot.upload', { fileName: file.name, data }) });
    } catch (e) {
      set({ importError: asError(e) });
    } finally {
      set({ busy: null });
    }
  },
  async restore(choice) {
    const preview = get().preview;
    if (!preview) return false;
    set({ busy: 'restore', importError: null });
    try {
      const organisation = preview.organisation;
      if (choice === 'newFolder') {
        const previous = preview.current.dataDir;
        const opened = await call('snapshot.openInNewFolder', { token: preview.token });
        set({
          restored: { kind: 'newFolder', organisation, counts: opened.counts, dataDir: opened.dataDir, previous },
        });
        // Another registry and its own settings: everything shown is read again.
        await useSession.getState().reopen();
      } else {
        const result = await call('snapshot.import', { token: preview.token, replace: choice === 'replace' });
        set({
          restored: result.backup
            ? { kind: 'replace', organisation, counts: result.counts, backup: result.backup }
            : { kind: 'import', organisation, counts: result.counts },
        });
        await useSession.getState().refreshOrganisation();
      }
      set({ preview: null });
      refreshAll();
      void get().loadFolders();
      return true;
    } catch (e) {
      set({ importError: asError(e) });
      return false;
    } finally {
      set({ busy: null });
    }
  },
  discardPreview() {
    set({ preview: null, importError: null });
  },
  async loadFolders() {
    try {
      set({ folders: await call('snapshot.folders') });
    } catch (e) {
      set({ folderError: asError(e) });
    }
  },
  async openFolder(dataDir) {
    set({ busy: 'folder', folderError: null });
    try {
      await call('snapshot.openFolder', { dataDir });
      set({ restored: null });
      await useSession.getState().reopen();
      refreshAll();
      await get().loadFolders();
      return true;
    } catch (e) {
      set({ folderError: asError(e) });
      return false;
    } finally {
      set({ busy: null });
    }
  },
  async runDoctor() {
    set({ busy: 'doctor', doctorError: null });
    try {
      set({ doctor: await call('doctor.run') });
    } catch (e) {
      set({ doctorError: asError(e) });
    } finally {
      set({ busy: null });
    }
  },
}));
