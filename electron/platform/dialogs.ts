/** Native file dialogs for snapshots and reports, attached to the main window. */
import { dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { Locale } from '../../shared/domain';
import type { HostDialogs } from '../kernel/capability';

const FILTER_NAME: Record<Locale, string> = {
  en: 'GroupLedger snapshot',
  'zh-CN': 'GroupLedger 快照',
  vi: 'Bản chụp GroupLedger',
};

export function electronDialogs(
  window: () => BrowserWindow | null,
  documentsDir: string,
  locale: () => Locale,
): HostDialogs {
  const filters = () => [{ name: FILTER_NAME[locale()], extensions: ['groupledger', 'enc', 'json', 'gz'] }];
  return {
    async chooseSnapshotSaveFile(defaultName) {
      const win = window();
      const options = { defaultPath: join(documentsDir, defaultName), filters: filters() };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseSaveFile(defaultName, extensions) {
      const win = window();
      const name = extensions.map((e) => e.toUpperCase()).join(', ');
      const options = { defaultPath: join(documentsDir, defaultName), filters: [{ name, extensions }] };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseSnapshotOpenFile() {
      const win = window();
      const options = { filters: filters(), properties: ['openFile' as const] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
