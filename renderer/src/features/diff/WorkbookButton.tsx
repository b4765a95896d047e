import { useState } from 'react';
import { App, Button } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { deliverExport } from '../../platform/api';
import { exportWorkbook } from './store';

/**
 * “Ledger workbook”: the whole registry as one XLSX for an inspection (台账) — organisation, units,
 * people, groups with charters, memberships with intervals, exceptions, rules, incidents, runbooks.
 */
export function WorkbookButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const file = await exportWorkbook();
      if (!file) return;
      const how = await deliverExport(file);
      const name = file.path.split(/[\\/]/).pop() ?? file.path;
      message.success(
        how === 'downloaded' ? t('paperExport.downloaded', { name }) : t('paperExport.saved', { path: file.path }),
      );
    } catch (e) {
      message.error({ content: e instanceof Error ? e.message : String(e), duration: 10 });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<FileExcelOutlined />} loading={busy} onClick={() => void run()} data-testid="ledger-workbook">
      {t('diff.workbook')}
    </Button>
  );
}
