import { Alert, Descriptions, Flex, Progress, Spin, Tag, Typography, Upload } from 'antd';
import { FileExcelOutlined, InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ImportParsed } from '../../../../../shared/contract';
import { formatNumber } from '../../../i18n/format';
import { useLocale } from '../../../platform/settings';

/**
 * Step 1: choose a CSV or XLSX file (click or drop). Once read, what was detected — format,
 * encoding (GB18030 from Chinese Excel, UTF-8 with or without BOM), rows and columns — is shown so
 * the admin sees at once whether the file was understood.
 */
export function FileStep({
  parsed,
  reading,
  progress,
  error,
  onFile,
}: {
  parsed: ImportParsed | null;
  reading: boolean;
  /** How far the file is read (0–1), once the reading thread has said; null before. */
  progress: number | null;
  error: string | null;
  onFile: (file: File) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <Typography.Paragraph type="secondary">{t('directory.import.fileIntro')}</Typography.Paragraph>
      <div data-testid="import-file">
        <Upload.Dragger
          // .xls and .ods are offered too, so that choosing one says what to do with it.
          accept=".csv,.xlsx,.txt,.xls,.ods,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple={false}
          showUploadList={false}
          disabled={reading}
          beforeUpload={(file) => {
            onFile(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <Spin spinning={reading}>
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('directory.import.drop')}</p>
            <p className="ant-upload-hint">{t('directory.import.dropHint')}</p>
          </Spin>
        </Upload.Dragger>
      </div>
      {reading && progress !== null && (
        <Flex vertical gap={4} style={{ marginTop: 12 }} data-testid="import-reading">
          <Typography.Text type="secondary">{t('directory.import.reading')}</Typography.Text>
          <Progress percent={Math.round(progress * 100)} size="small" status="active" />
        </Flex>
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 16 }} data-testid="import-file-error" />}
      {parsed && !error && (
        <div style={{ marginTop: 16 }} data-testid="import-file-summary">
          <Flex align="center" gap={8} style={{ marginBottom: 8 }}>
            <FileExcelOutlined style={{ fontSize: 18, color: '#389e0d' }} />
            <Typography.Text strong>{parsed.fileName}</Typography.Text>
          </Flex>
          <Descriptions
            size="small"
            bordered
            column={{ xs: 1, md: 2 }}
            items={[
              {
                key: 'format',
                label: t('directory.import.format'),
                children: <Tag data-testid="import-format">{parsed.format.toUpperCase()}</Tag>,
              },
              {
                key: 'encoding',
                label: t('directory.import.encoding'),
                children: (
                  <span data-testid="import-encoding" data-encoding={parsed.encoding ?? 'none'}>
                    {parsed.encoding
                      ? t(`directory.import.encodings.${parsed.encoding}`)
                      : t('directory.import.encodingXlsx')}
                  </span>
                ),
              },
              {
                key: 'rows',
                label: t('directory.import.rows'),
                children: <span data-testid="import-row-count">{formatNumber(parsed.rowCount, locale)}</span>,
              },
              {
                key: 'columns',
                label: t('directory.import.columns'),
                children: parsed.headers.join(locale === 'zh-CN' ? '、' : ', '),
              },
            ]}
          />
        </div>
      )}
    </>
  );
}
