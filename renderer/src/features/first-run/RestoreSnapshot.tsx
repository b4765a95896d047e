import { Alert, App, Button } from 'antd';
import { HistoryOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../platform/settings';
import { RestoreDialog, snapshotErrorText, useSnapshotChooser, useSnapshots } from '../snapshots';

/**
 * The first run is an empty registry: this is where an administrator restores the office ledger
 * on a new PC. The file is chosen as on the Snapshots page (the app's dialog, or the browser's
 * picker) and shown before anything is written. As for a new organisation, the administrator's
 * name comes first: it signs what is recorded after the restore.
 */
export function RestoreSnapshot({ nameGiven }: { nameGiven: () => boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const locale = useLocale();
  const busy = useSnapshots((s) => s.busy);
  const preview = useSnapshots((s) => s.preview);
  const error = useSnapshots((s) => s.importError);
  const cancelled = useSnapshots((s) => s.importCancelled);
  const { choose, input } = useSnapshotChooser();

  return (
    <>
      <Button
        type="link"
        icon={<HistoryOutlined />}
        loading={busy === 'inspect'}
        onClick={() => nameGiven() && void choose()}
        data-testid="first-run-restore"
      >
        {t('firstRun.restoreLink')}
      </Button>
      {input}
      {error && !preview && (
        <Alert type="error" showIcon title={snapshotErrorText(t, locale, error)} style={{ marginTop: 8 }} />
      )}
      {cancelled && <Alert type="info" showIcon title={t('snapshots.importCancelled')} style={{ marginTop: 8 }} />}
      <RestoreDialog onRestored={() => message.success(t('snapshots.imported'))} />
    </>
  );
}
