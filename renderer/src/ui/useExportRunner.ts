import { useState } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExportedFile } from '../../../shared/contract';
import { deliverExport } from '../platform/api';

/**
 * Runs an export the registry writes (in the app where the save dialog says; in the browser harness
 * it is then downloaded) and says where the file went. A refusal (no CJK font for a PDF …) is the
 * registry's translated message, left up long enough to be read. `busy` is the key of the export
 * running, null when none: the buttons show it and hold the others meanwhile.
 */
export function useExportRunner<K extends string>() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<K | null>(null);

  const run = async (key: K, write: () => Promise<ExportedFile | null>) => {
    setBusy(key);
    try {
      // Null: the administrator closed the save dialog.
      const file = await write();
      if (!file) return;
      const how = await deliverExport(file);
      const name = file.path.split(/[\\/]/).pop() ?? file.path;
      message.success(
        how === 'downloaded' ? t('paperExport.downloaded', { name }) : t('paperExport.saved', { path: file.path }),
      );
    } catch (e) {
      message.error({ content: e instanceof Error ? e.message : String(e), duration: 10 });
    } finally {
      setBusy(null);
    }
  };
  return { busy, run };
}
