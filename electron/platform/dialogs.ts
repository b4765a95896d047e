/** Native file dialogs for snapshots, attached to the main window. */
import { dialog, type BrowserWindow } from 'electron';
import type { HostDialogs } from '../app/ledger';

const FILTERS = [{ name: 'GroupLedger snapshot', extensions: ['json'] }];

export function electronDialogs(window: () => BrowserWindow | null, documentsDir: string): HostDialogs {
  return {
    async chooseSnapshotSaveFile(defaultName) {
      const win = window();
      const options = { defaultPath: `${documentsDir}/${defaultName}`, filters: FILTERS };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseSnapshotOpenFile() {
      const win = window();
      const options = { filters: FILTERS, properties: ['openFile' as const] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
