import type { HostDialogs } from '../../electron/app/ledger';
import { openLedger } from '../../electron/app/ledger';
import { memoryPreferences } from '../../electron/core/preferences';
import { fixedClock, tempDir } from './helpers';

export function noDialogs(savePath: string | null = null, openPath: string | null = null): HostDialogs {
  return {
    chooseSnapshotSaveFile: async () => savePath,
    chooseSnapshotOpenFile: async () => openPath,
    chooseSaveFile: async () => savePath,
  };
}

/** The ledger as the app opens it on `dir` (a browser-mode host, no dialogs), on the given clock. */
export function ledgerAt(dir: string, clock = fixedClock('2026-11-30T08:00:00.000Z')) {
  const ledger = openLedger({
    dataDir: dir,
    preferences: memoryPreferences(),
    dialogs: noDialogs(),
    mode: 'browser',
    version: 't',
    clock,
  });
  return { ledger, clock };
}

export function tempLedger(dialogs: HostDialogs = noDialogs()) {
  const dir = tempDir();
  const ledger = openLedger({
    dataDir: dir,
    preferences: memoryPreferences(),
    dialogs,
    mode: 'electron',
    version: '0.0.0-test',
    clock: fixedClock(),
  });
  return { ledger, dir };
}
