import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { signatureText } from '../../../../shared/i18n/signature';
import { useLocale } from '../../platform/settings';
import type { SnapshotPreview } from '../../../../shared/contract';
import { formatDateTime } from '../../i18n/format';
import { CountsGrid } from './CountsGrid';

/** What a verified snapshot holds, shown before anything is imported (Snapshots page and first run). */
export function SnapshotPreviewDetails({ preview }: { preview: SnapshotPreview }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const trusted = preview.signature.state === 'this' || preview.signature.state === 'other';
  return (
    <>
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'org', label: t('snapshots.organisation'), children: <strong>{preview.organisation}</strong> },
          {
            key: 'file',
            label: t('snapshots.fileName'),
            children: <span className="gl-mono">{preview.fileName}</span>,
          },
          { key: 'at', label: t('snapshots.exportedAt'), children: formatDateTime(preview.exportedAt) },
          {
            key: 'signature',
            label: t('snapshots.signature'),
            children: (
              <Typography.Text type={trusted ? undefined : 'warning'} data-testid="snapshot-signature">
                {signatureText(locale, preview.signature)}
              </Typography.Text>
            ),
          },
        ]}
      />
      <div style={{ marginTop: 16 }}>
        <CountsGrid counts={preview.counts} />
      </div>
    </>
  );
}
