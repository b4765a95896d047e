import { Button } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useExportRunner } from '../../ui/useExportRunner';
import { exportWorkbook } from './store';

/**
 * “Ledger workbook”: the whole registry as one XLSX for an inspection (台账) — organisation, units,
 * people, groups with charters, memberships with intervals, exceptions, rules, incidents, runbooks.
 */
export function WorkbookButton() {
  const { t } = useTranslation();
  const { busy, run } = useExportRunner<'workbook'>();
  return (
    <Button
      icon={<FileExcelOutlined />}
      loading={busy !== null}
      onClick={() => void run('workbook', exportWorkbook)}
      data-testid="ledger-workbook"
    >
      {t('diff.workbook')}
    </Button>
  );
}
