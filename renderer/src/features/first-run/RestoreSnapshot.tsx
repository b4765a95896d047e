import { Alert, App, Button, Modal, Typography } from 'antd';
import { HistoryOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../platform/session';
import { SnapshotPreviewDetails, useSnapshots } from '../snapshots';

/**
 * A snapshot can only be imported into an empty registry, which is exactly the first run: this
 * is where an administrator restores the office ledger on a new PC.
 */
export function RestoreSnapshot() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const busy = useSnapshots((s) => s.busy);
  const preview = useSnapshots((s) => s.preview);
  const error = useSnapshots((s) => s.importError);
  const { inspect, confirmImport, discardPreview } = useSnapshots.getState();

  const choose = async () => {
    await inspect();
    const state = useSnapshots.getState();
    if (state.importCancelled) message.info(t('snapshots.importCancelled'));
  };

  const restore = async () => {
    if (!(await confirmImport())) return;
    message.success(t('snapshots.imported'));
    await useSession.getState().refreshOrganisation();
  };

  return (
    <>
      <Button type="link" icon={<HistoryOutlined />} loading={busy === 'inspect'} onClick={() => void choose()}>
        {t('firstRun.restoreLink')}
      </Button>
      {error && !preview && <Alert type="error" showIcon title={error.message} style={{ marginTop: 8 }} />}
      <Modal
        open={preview !== null}
        title={t('firstRun.restoreTitle')}
        okText={t('firstRun.restoreConfirm')}
        cancelText={t('common.cancel')}
        okButtonProps={{ loading: busy === 'import', disabled: !preview?.registryEmpty }}
        onOk={() => void restore()}
        onCancel={discardPreview}
        destroyOnHidden
        width={560}
      >
        {preview && (
          <>
            <Typography.Paragraph type="secondary">{t('firstRun.restoreHint')}</Typography.Paragraph>
            <SnapshotPreviewDetails preview={preview} />
            {error && <Alert type="error" showIcon title={error.message} style={{ marginTop: 16 }} />}
          </>
        )}
      </Modal>
    </>
  );
}
