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
