/**
 * Diff: the chosen sides and filters, the snapshot files chosen as sides, and the result. The
 * exports people use (member lists, the people directory, the ledger workbook) are called from here too.
 */
import { create } from 'zustand';
import type { DiffReport, DiffRequest, DiffSnapshotChoice } from '../../../../shared/contract';
import { ApiError, call, caller } from '../../platform/api';
import { pollProgress } from '../../platform/pollProgress';
import { readAsBase64 } from '../../platform/files';
import { useSession } from '../../platform/session';

export type SideKind = 'date' | 'snapshot' | 'now';

export interface SideChoice {
  kind: SideKind;
  date: string;
  file: DiffSnapshotChoice | null;
}

export interface DiffState {
  from: SideChoice;
  to: SideChoice;
  groupId: string | null;
  unitId: string | null;
  report: DiffReport | null;
  loading: boolean;
  /** A file being checked for a side, or the diff being run: which, and how far it is (0–1). */
  busy: { op: 'choose-from' | 'choose-to' | 'run'; fraction: number } | null;
  error: Error | null;
  setSide(which: 'from' | 'to', side: Partial<SideChoice>): void;
  setFilter(filter: { groupId?: string | null; unitId?: string | null }): void;
  /** True when the page must pick the file itself (browser mode); false when the host's dialog does. */
  picksFilesItself(): Promise<boolean>;
  /** The host's open dialog (the app). */
  chooseFile(which: 'from' | 'to'): Promise<void>;
  /** A file the page's picker gave (browser mode), sent to be verified. */
  uploadFile(which: 'from' | 'to', file: File): Promise<void>;
  /** The request for the current choices, or null while a snapshot side has no file. */
  request(): DiffRequest | null;
  run(): Promise<void>;
  /** Stops the file being checked or the diff being run. */
  cancel(): Promise<void>;
}

/**
 * Runs `work` with the page's progress bar: busy as `op` while it runs, its fraction asked for a few
 * times a second. A stop (diff_cancelled) is not an error to show.
 */
async function withProgress<T>(
  op: 'choose-from' | 'choose-to' | 'run',
  work: () => Promise<T>,
  set: (partial: Partial<DiffState>) => void,
): Promise<T | null> {
  // The bar shows once the other side says a job runs (not while the host's open dialog is up).
  set({ error: null });
  const stop = pollProgress(
    () => call('diff.progress'),
    (p) => set({ busy: { op, fraction: p.fraction } }),
  );
  try {
    return await work();
  } catch (error) {
    if (error instanceof ApiError && error.code === 'diff_cancelled') return null;
    throw error;
  } finally {
    stop();
    set({ busy: null });
  }
}

const daysAgo = (n: number) => {
  const d = new Date();
  d.setDate(d.getDate() - n);
  const pad = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

function sideOf(choice: SideChoice): DiffRequest['from'] | null {
  if (choice.kind === 'now') return { kind: 'now' };
  if (choice.kind === 'date') return { kind: 'date', date: choice.date };
  return choice.file ? { kind: 'snapshot', token: choice.file.token } : null;
}

export const useDiff = create<DiffState>()((set, get) => ({
  from: { kind: 'date', date: daysAgo(30), file: null },
  to: { kind: 'now', date: daysAgo(0), file: null },
  groupId: null,
  unitId: null,
  report: null,
  loading: false,
  busy: null,
  error: null,
  setSide(which, side) {
    set({ [which]: { ...get()[which], ...side } } as Pick<DiffState, 'from'>);
  },
  setFilter(filter) {
    set(filter as Partial<DiffState>);
  },
  async picksFilesItself() {
    const session = useSession.getState();
    if (!session.appInfo) await session.loadAppInfo();
    return useSession.getState().appInfo?.hostOpensFiles === false;
  },
  async chooseFile(which) {
    try {
      const file = await withProgress(`choose-${which}`, () => call('diff.chooseSnapshot'), set);
      if (file) get().setSide(which, { kind: 'snapshot', file });
    } catch (error) {
      set({ error: error instanceof Error ? error : new Error(String(error)) });
    }
  },
  async uploadFile(which, picked) {
    try {
      const data = await readAsBase64(picked);
      const file = await withProgress(
        `choose-${which}`,
        () => call('diff.uploadSnapshot', { fileName: picked.name, data }),
        set,
      );
      if (file) get().setSide(which, { kind: 'snapshot', file });
    } catch (error) {
      set({ error: error instanceof Error ? error : new Error(String(error)) });
    }
  },
  request() {
    const { from, to, groupId, unitId } = get();
    const a = sideOf(from);
    const b = sideOf(to);
    if (!a || !b) return null;
    return { from: a, to: b, ...(groupId ? { groupId } : {}), ...(unitId ? { unitId } : {}) };
  },
  async run() {
    const request = get().request();
    if (!request) return;
    set({ loading: true, error: null });
    try {
      const report = await withProgress('run', () => call('diff.run', request), set);
      set({ loading: false, ...(report ? { report } : {}) });
    } catch (error) {
      set({ error: error instanceof Error ? error : new Error(String(error)), loading: false });
      // A chosen snapshot is no longer held (chosen too long ago, the app restarted): its side asks
      // for the file again, as the message says.
      if (error instanceof ApiError && error.code === 'diff_snapshot_gone') {
        const { from, to } = get();
        set({ from: { ...from, file: null }, to: { ...to, file: null } });
      }
    }
  },
  async cancel() {
    await call('diff.cancel').catch(() => undefined);
  },
}));

export const exportDiff = caller('diff.export');
export const exportWorkbook = caller('exports.workbook');
/** Every group, by name, for the filter. */
export const listGroups = caller('groups.list');

export type { DiffReport };
