import { Button, Space } from 'antd';
import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ExportedFile, ReportFormat } from '../../../shared/contract';
import { useExportRunner } from './useExportRunner';

interface Props {
  /** Writes the report in the format where the host asks; null when the admin closed the save dialog. */
  exportAs(format: ReportFormat): Promise<ExportedFile | null>;
  disabled?: boolean;
  /** data-testid prefix: `<prefix>-pdf`, `<prefix>-xlsx`. */
  testId: string;
}

/**
 * "Export PDF" and "Export XLSX" of a report: the registry writes the file (in the app where the
 * save dialog says; in the browser harness it is then downloaded) and says where it went. A
 * refusal (no CJK font for the PDF …) is the registry's translated message.
 */
export function ExportButtons({ exportAs, disabled, testId }: Props) {
  const { t } = useTranslation();
  const { busy, run } = useExportRunner<ReportFormat>();

  return (
    <Space wrap>
      {(['pdf', 'xlsx'] as const).map((format) => (
        <Button
          key={format}
          icon={format === 'pdf' ? <FilePdfOutlined /> : <FileExcelOutlined />}
          loading={busy === format}
          disabled={disabled || (busy !== null && busy !== format)}
          onClick={() => void run(format, () => exportAs(format))}
          data-testid={`${testId}-${format}`}
        >
          {t(`paperExport.${format}`)}
        </Button>
      ))}
    </Space>
  );
}
