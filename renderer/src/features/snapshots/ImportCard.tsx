import { Alert, App, Button, Card, Divider, Flex, Typography } from 'antd';
import { FolderOpenOutlined, ImportOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSnapshots } from './store';
import { SnapshotPreviewDetails } from './SnapshotPreviewDetails';

/** Inspect first (checksum, format, preview), then import all or nothing into an empty registry. */
export function ImportCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const busy = useSnapshots((s) => s.busy);
  const preview = useSnapshots((s) => s.preview);
  const cancelled = useSnapshots((s) => s.importCancelled);
  const error = useSnapshots((s) => s.importError);
  const imported = useSnapshots((s) => s.imported);
  const { inspect, confirmImport, discardPreview } = useSnapshots.getState();

  return (
    <Card variant="borderless" title={t('snapshots.importTitle')} style={{ height: '100%' }} data-testid="import-card">
      <Typography.Paragraph type="secondary">{t('snapshots.importDescription')}</Typography.Paragraph>
      <Button
        icon={<FolderOpenOutlined />}
        loading={busy === 'inspect'}
        disabled={busy !== null && busy !== 'inspect'}
        onClick={() => void inspect()}
        data-testid="inspect-snapshot"
      >
        {t('snapshots.importButton')}
      </Button>
      {error && (
        <Alert type="error" showIcon title={error.message} style={{ marginTop: 16 }} data-testid="import-error" />
      )}
      {cancelled && <Alert type="info" showIcon title={t('snapshots.importCancelled')} style={{ marginTop: 16 }} />}
      {imported && <Alert type="success" showIcon title={t('snapshots.imported')} style={{ marginTop: 16 }} />}
      {preview && (
        <div data-testid="snapshot-preview">
          <Divider titlePlacement="start" plain>
            {t('snapshots.preview')}
          </Divider>
          <SnapshotPreviewDetails preview={preview} />
          {!preview.registryEmpty && (
            <Alert
              type="error"
              showIcon
              style={{ marginTop: 16 }}
              title={t('errors:registry_not_empty')}
              data-testid="registry-not-empty"
            />
          )}
          <Flex gap={8} style={{ marginTop: 16 }}>
            <Button
              type="primary"
              icon={<ImportOutlined />}
              disabled={!preview.registryEmpty}
              loading={busy === 'import'}
              onClick={() => void confirmImport().then((ok) => ok && message.success(t('snapshots.imported')))}
            >
              {t('snapshots.confirmImport')}
            </Button>
            <Button onClick={discardPreview}>{t('common.cancel')}</Button>
          </Flex>
        </div>
      )}
    </Card>
  );
}
