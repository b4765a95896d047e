import { useState } from 'react';
import { App, Button, Space } from 'antd';
import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ExportedFile, ReportFormat } from '../../../shared/contract';
import { deliverExport } from '../platform/api';

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
  const { message } = App.useApp();
  const [busy, setBusy] = useState<ReportFormat | null>(null);

  const run = async (format: ReportFormat) => {
    setBusy(format);
    try {
      const file = await exportAs(format);
      if (!file) return;
      const how = await deliverExport(file);
      const name = file.path.split(/[\\/]/).pop() ?? file.path;
      message.success(
        how === 'downloaded' ? t('paperExport.downloaded', { name }) : t('paperExport.saved', { path: file.path }),
      );
    } catch (e) {
      // A refusal says what to do (which font to install …): it stays long enough to be read.
      message.error({ content: e instanceof Error ? e.message : String(e), duration: 10 });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space wrap>
      {(['pdf', 'xlsx'] as const).map((format) => (
        <Button
          key={format}
          icon={format === 'pdf' ? <FilePdfOutlined /> : <FileExcelOutlined />}
          loading={busy === format}
          disabled={disabled || (busy !== null && busy !== format)}
          onClick={() => void run(format)}
          data-testid={`${testId}-${format}`}
        >
          {t(`paperExport.${format}`)}
        </Button>
      ))}
    </Space>
  );
}
