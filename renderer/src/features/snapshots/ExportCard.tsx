import { Alert, Button, Card, Descriptions, Divider, Typography } from 'antd';
import { CloudDownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { signatureText } from '../../../../shared/i18n/signature';
import { formatBytes } from '../../i18n/format';
import { useLocale } from '../../platform/settings';
import { useSnapshots } from './store';
import { CountsGrid } from './CountsGrid';

export function ExportCard() {
  const { t } = useTranslation();
  const locale = useLocale();
  const busy = useSnapshots((s) => s.busy);
  const exported = useSnapshots((s) => s.exported);
  const cancelled = useSnapshots((s) => s.exportCancelled);
  const error = useSnapshots((s) => s.exportError);
  const exportSnapshot = useSnapshots((s) => s.exportSnapshot);
  return (
    <Card variant="borderless" title={t('snapshots.exportTitle')} style={{ height: '100%' }} data-testid="export-card">
      <Typography.Paragraph type="secondary">{t('snapshots.exportDescription')}</Typography.Paragraph>
      <Button
        type="primary"
        icon={<CloudDownloadOutlined />}
        loading={busy === 'export'}
        disabled={busy !== null && busy !== 'export'}
        onClick={() => void exportSnapshot()}
        data-testid="export-snapshot"
      >
        {t('snapshots.exportButton')}
      </Button>
      {error && (
        <Alert type="error" showIcon title={error.message} style={{ marginTop: 16 }} data-testid="export-error" />
      )}
      {cancelled && <Alert type="info" showIcon title={t('snapshots.exportCancelled')} style={{ marginTop: 16 }} />}
      {exported && (
        <>
          <Alert type="success" showIcon title={t('snapshots.exported')} style={{ marginTop: 16 }} />
          <Descriptions
            column={1}
            size="small"
            style={{ marginTop: 16 }}
            items={[
              {
                key: 'path',
                label: t('snapshots.path'),
                children: (
                  <Typography.Text className="gl-mono" copyable data-testid="snapshot-path">
                    {exported.path}
                  </Typography.Text>
                ),
              },
              { key: 'size', label: t('snapshots.size'), children: formatBytes(exported.bytes, locale) },
              {
                key: 'checksum',
                label: t('snapshots.checksum'),
                children: (
                  <Typography.Text className="gl-mono" copyable data-testid="snapshot-checksum">
                    {exported.checksum}
                  </Typography.Text>
                ),
              },
              ...(exported.signedBy
                ? [
                    {
                      key: 'signature',
                      label: t('snapshots.signature'),
                      children: (
                        <Typography.Text data-testid="snapshot-signed-by">
                          {signatureText(locale, { state: 'this', fingerprint: exported.signedBy })}
                        </Typography.Text>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          <Divider titlePlacement="start" plain>
            {t('snapshots.counts')}
          </Divider>
          <CountsGrid counts={exported.counts} />
        </>
      )}
    </Card>
  );
}
