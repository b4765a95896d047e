import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SnapshotPreview } from '../../../../shared/contract';
import { formatDateTime } from '../../i18n/format';
import { CountsGrid } from './CountsGrid';

/** What a verified snapshot holds, shown before anything is imported (Snapshots page and first run). */
export function SnapshotPreviewDetails({ preview }: { preview: SnapshotPreview }) {
  const { t } = useTranslation();
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
        ]}
      />
      <div style={{ marginTop: 16 }}>
        <CountsGrid counts={preview.counts} />
      </div>
    </>
  );
}
