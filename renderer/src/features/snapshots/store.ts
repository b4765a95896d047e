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
  type SnapshotJobProgress,
  type SnapshotPreview,
} from '../../../../shared/contract';
import { ApiError, call } from '../../platform/api';
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

/** An encrypted file waiting for its password: the file chosen (a token, or the page's own File). */
export interface PasswordWanted {
  fileName: string;
  /** The host's dialog chose it: the main process keeps the path under this token. */
  file?: string;
  /** Browser mode: the file the page read. */
  upload?: File;
  /** A password was tried and was not the right one. */
  wrong: boolean;
}

interface SnapshotState {
  busy: Busy;
  /** How far the running export, verification or import is (polled while busy). */
  progress: SnapshotJobProgress | null;
  /** A cancel was asked for and the job has not stopped yet. */
  cancelling: boolean;
  passwordWanted: PasswordWanted | null;
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
  /** With a password, the file is encrypted. */
  exportSnapshot(password?: string, form?: 'sqlite' | 'json'): Promise<void>;
  /** Stops the running export, verification or import. */
  cancelJob(): Promise<void>;
  /** Opens the encrypted file chosen before with this password. */
  openWithPassword(password: string): Promise<void>;
  /** True where the window picks the file itself (browser mode); the app asks its host's dialog. */
  picksFilesItself(): Promise<boolean>;
  /** Electron: the host's open dialog, then the preview. */
  inspect(input?: { file: string; password: string }): Promise<void>;
  /** Browser mode: a file from the page's file picker, sent to be verified, then the preview. */
  inspectFile(file: File, password?: string): Promise<void>;
  /** Writes the previewed snapshot; true when done (the window then shows the restored ledger). */
  restore(choice: RestoreChoice): Promise<boolean>;
  discardPreview(): void;
  loadFolders(): Promise<void>;
  /** Switches the app to another known data folder; the window then shows that ledger. */
  openFolder(dataDir: string): Promise<boolean>;
  runDoctor(): Promise<void>;
}

const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

const PASSWORD_CODES = new Set(['snapshot_password_required', 'snapshot_wrong_password']);

/** Polls the running job's progress until `work` settles; the page's progress bar reads it. */
async function withProgress<T>(set: (s: Partial<SnapshotState>) => void, work: Promise<T>): Promise<T> {
  let done = false;
  const poll = async () => {
    while (!done) {
      await new Promise((r) => setTimeout(r, 200));
      if (done) break;
      try {
        const progress = await call('snapshot.progress');
        if (!done) set({ progress });
      } catch {
        // A missed poll only delays the bar.
      }
    }
  };
  void poll();
  try {
    return await work;
  } finally {
    done = true;
    set({ progress: null, cancelling: false });
  }
}

export const useSnapshots = create<SnapshotState>()((set, get) => ({
  busy: null,
  progress: null,
  cancelling: false,
  passwordWanted: null,
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
  async exportSnapshot(password, form) {
    set({ busy: 'export', exportError: null, exportCancelled: false, exported: null });
    try {
      const input = { ...(password ? { password } : {}), ...(form === 'json' ? { form } : {}) };
      const exported = await withProgress(
        set,
        call('snapshot.export', Object.keys(input).length > 0 ? input : undefined),
      );
      set({ exported, exportCancelled: exported === null });
    } catch (e) {
      // Cancelled from the progress bar: said as a cancel, not as an error.
      if (e instanceof ApiError && e.code === 'snapshot_export_cancelled') set({ exportCancelled: true });
      else set({ exportError: asError(e) });
    } finally {
      set({ busy: null });
    }
  },
  async picksFilesItself() {
    const session = useSession.getState();
    if (!session.appInfo) await session.loadAppInfo();
    return useSession.getState().appInfo?.hostOpensFiles === false;
  },
  async cancelJob() {
    set({ cancelling: true });
    try {
      await call('snapshot.cancel');
    } catch {
      set({ cancelling: false });
    }
  },
  async inspect(input) {
    const retry = input !== undefined;
    set({ busy: 'inspect', importError: null, importCancelled: false, restored: null, preview: null });
    if (!retry) set({ passwordWanted: null });
    try {
      const preview = await withProgress(set, call('snapshot.inspect', input));
      set({ preview, importCancelled: preview === null, passwordWanted: null });
    } catch (e) {
      if (e instanceof ApiError && PASSWORD_CODES.has(e.code) && typeof e.params.file === 'string') {
        set({
          passwordWanted: {
            file: e.params.file,
            fileName: String(e.params.fileName ?? ''),
            wrong: e.code === 'snapshot_wrong_password',
          },
        });
      } else {
        set({ importError: asError(e), passwordWanted: null });
      }
    } finally {
      set({ busy: null });
    }
  },
  async inspectFile(file, password) {
    set({ busy: 'inspect', importError: null, importCancelled: false, restored: null, preview: null });
    if (password === undefined) set({ passwordWanted: null });
    try {
      // Refused before it is read: nothing of a file over the limit travels.
      if (file.size > MAX_SNAPSHOT_UPLOAD_BYTES) throw new TooLarge(file.size, MAX_SNAPSHOT_UPLOAD_BYTES);
      const data = await readAsBase64(file);
      const preview = await withProgress(set, call('snapshot.upload', { fileName: file.name, data, password }));
      set({ preview, passwordWanted: null });
    } catch (e) {
      if (e instanceof ApiError && PASSWORD_CODES.has(e.code)) {
        set({ passwordWanted: { upload: file, fileName: file.name, wrong: e.code === 'snapshot_wrong_password' } });
      } else {
        set({ importError: asError(e), passwordWanted: null });
      }
    } finally {
      set({ busy: null });
    }
  },
  async openWithPassword(password) {
    const wanted = get().passwordWanted;
    if (!wanted) return;
    if (wanted.upload) await get().inspectFile(wanted.upload, password);
    else if (wanted.file) await get().inspect({ file: wanted.file, password });
  },
  async restore(choice) {
    const preview = get().preview;
    if (!preview) return false;
    set({ busy: 'restore', importError: null });
    try {
      const organisation = preview.organisation;
      if (choice === 'newFolder') {
        const previous = preview.current.dataDir;
        const opened = await withProgress(set, call('snapshot.openInNewFolder', { token: preview.token }));
        // The dialog closes and the result shows in one frame; the new registry is read and drawn
        // in the next ones (at 10,000 people, both in one frame took 60–100 ms).
        set({
          restored: { kind: 'newFolder', organisation, counts: opened.counts, dataDir: opened.dataDir, previous },
          preview: null,
        });
        await nextFrame();
        // Another registry and its own settings: everything shown is read again, the settings and
        // the organisation first, then (a frame later) the page's lists: each drawn in a frame of
        // its own (at 10,000 people, together 45–60 ms in one frame).
        await useSession.getState().reopen();
        await nextFrame();
      } else {
        const result = await withProgress(
          set,
          call('snapshot.import', { token: preview.token, replace: choice === 'replace' }),
        );
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

/** Resolves once the next frame has been drawn. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
