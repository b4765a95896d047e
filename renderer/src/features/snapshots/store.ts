/**
 * Snapshot actions: export, inspect-then-import, and the registry check. Each keeps its last
 * result and error so the page can show them until the admin acts again.
 */
import { create } from 'zustand';
import type { DoctorReport, SnapshotCounts, SnapshotExportResult, SnapshotPreview } from '../../../../shared/contract';
import { call } from '../../platform/api';
import { refreshAll } from '../../platform/registry';

type Busy = 'export' | 'inspect' | 'import' | 'doctor' | null;

interface SnapshotState {
  busy: Busy;
  exported: SnapshotExportResult | null;
  exportCancelled: boolean;
  exportError: Error | null;
  preview: SnapshotPreview | null;
  importCancelled: boolean;
  importError: Error | null;
  imported: SnapshotCounts | null;
  doctor: DoctorReport | null;
  doctorError: Error | null;
  exportSnapshot(): Promise<void>;
  inspect(): Promise<void>;
  confirmImport(): Promise<boolean>;
  discardPreview(): void;
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
  imported: null,
  doctor: null,
  doctorError: null,
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
  async inspect() {
    set({ busy: 'inspect', importError: null, importCancelled: false, imported: null, preview: null });
    try {
      const preview = await call('snapshot.inspect');
      set({ preview, importCancelled: preview === null });
    } catch (e) {
      set({ importError: asError(e) });
    } finally {
      set({ busy: null });
    }
  },
  async confirmImport() {
    const preview = get().preview;
    if (!preview) return false;
    set({ busy: 'import', importError: null });
    try {
      const imported = await call('snapshot.import', { token: preview.token, replace: false });
      set({ imported, preview: null });
      refreshAll();
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
