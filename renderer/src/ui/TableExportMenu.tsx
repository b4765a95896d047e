import { Button, Dropdown } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ExportedFile, TableFormat } from '../../../shared/contract';
import { useExportRunner } from './useExportRunner';

interface Props {
  /** Writes the table in the format where the host asks; null when the admin closed the save dialog. */
  exportAs(format: TableFormat): Promise<ExportedFile | null>;
  /** The button's words (default “Export”). */
  label?: string;
  disabled?: boolean;
  /** data-testid of the button; its items are `<testId>-csv` and `<testId>-xlsx`. */
  testId: string;
}

/**
 * “Export ▾” → CSV (for Excel, UTF-8 with BOM) or Excel workbook: the registry writes the file (in
 * the app where the save dialog says; in the browser harness it is then downloaded) and says where
 * it went; a refusal is the registry's translated message.
 */
export function TableExportMenu({ exportAs, label, disabled, testId }: Props) {
  const { t } = useTranslation();
  const { busy, run } = useExportRunner<TableFormat>();

  return (
    <Dropdown
      disabled={disabled || busy !== null}
      trigger={['click']}
      menu={{
        items: (['xlsx', 'csv'] as const).map((format) => ({
          key: format,
          label: <span data-testid={`${testId}-${format}`}>{t(`tableExport.${format}`)}</span>,
        })),
        onClick: ({ key }) => void run(key as TableFormat, () => exportAs(key as TableFormat)),
      }}
    >
      <Button icon={<DownloadOutlined />} loading={busy !== null} data-testid={testId}>
        {label ?? t('tableExport.button')}
      </Button>
    </Dropdown>
  );
}
