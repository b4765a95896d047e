import { useEffect, useRef, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Flex, Input, List, Typography } from 'antd';
import { FolderOpenOutlined, LockOutlined, SwapOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { MAX_SNAPSHOT_UPLOAD_BYTES } from '../../../../shared/contract';
import { formatBytes, formatNumber } from '../../i18n/format';
import { useIntent } from '../../platform/intent';
import { useSession } from '../../platform/session';
import { useLocale } from '../../platform/settings';
import { errorText } from './errorText';
import { JobProgress } from './JobProgress';
import { RestoreDialog } from './RestoreDialog';
import { useSnapshots, type Restored } from './store';
import { useSnapshotChooser } from './useSnapshotChooser';

/**
 * "Open or restore a ledger…": choose a snapshot file, see what it holds, then restore it over
 * this ledger (a verified copy kept first) or open it in a new data folder. Says where each file is.
 */
export function OpenLedgerCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const locale = useLocale();
  const busy = useSnapshots((s) => s.busy);
  const preview = useSnapshots((s) => s.preview);
  const cancelled = useSnapshots((s) => s.importCancelled);
  const error = useSnapshots((s) => s.importError);
  const restored = useSnapshots((s) => s.restored);
  const appInfo = useSession((s) => s.appInfo);
  const { choose, input } = useSnapshotChooser();
  const button = useRef<HTMLButtonElement>(null);
  useIntent('ledger.open', () => {
    button.current?.focus();
    void choose();
  });

  return (
    <Card variant="borderless" title={t('snapshots.openTitle')} style={{ height: '100%' }} data-testid="import-card">
      <Typography.Paragraph type="secondary">{t('snapshots.openDescription')}</Typography.Paragraph>
      <Flex gap={12} align="center" wrap>
        <Button
          ref={button}
          type="primary"
          icon={<FolderOpenOutlined />}
          loading={busy === 'inspect'}
          disabled={busy !== null && busy !== 'inspect'}
          onClick={() => void choose()}
          data-testid="inspect-snapshot"
        >
          {t('snapshots.chooseFile')}
        </Button>
        {appInfo?.hostOpensFiles === false && (
          <Typography.Text type="secondary">
            {t('snapshots.fileLimit', { max: formatBytes(MAX_SNAPSHOT_UPLOAD_BYTES, locale) })}
          </Typography.Text>
        )}
      </Flex>
      {input}
      <JobProgress ops={['verify']} />
      <PasswordPrompt />
      {error && !preview && (
        <Alert
          type="error"
          showIcon
          title={errorText(t, locale, error)}
          style={{ marginTop: 16 }}
          data-testid="import-error"
        />
      )}
      {cancelled && <Alert type="info" showIcon title={t('snapshots.importCancelled')} style={{ marginTop: 16 }} />}
      {restored && <RestoredResult restored={restored} />}
      {appInfo && <DataFolders current={appInfo.dataDir} />}
      <RestoreDialog
        onRestored={(choice) =>
          message.success(
            t(
              choice === 'replace'
                ? 'snapshots.replaced'
                : choice === 'newFolder'
                  ? 'snapshots.opened'
                  : 'snapshots.imported',
            ),
          )
        }
      />
    </Card>
  );
}

/** An encrypted snapshot was chosen: its password, then the file is read again with it. */
function PasswordPrompt() {
  const { t } = useTranslation();
  const wanted = useSnapshots((s) => s.passwordWanted);
  const busy = useSnapshots((s) => s.busy);
  const [password, setPassword] = useState('');
  if (!wanted) return null;
  const open = () => {
    if (!password) return;
    void useSnapshots
      .getState()
      .openWithPassword(password)
      .then(() => setPassword(''));
  };
  return (
    <Flex vertical gap={8} style={{ marginTop: 16, maxWidth: 460 }} data-testid="snapshot-password-prompt">
      <Alert
        type={wanted.wrong ? 'error' : 'info'}
        showIcon
        title={
          wanted.wrong ? t('errors:snapshot_wrong_password') : t('snapshots.encryptedFile', { file: wanted.fileName })
        }
        data-testid={wanted.wrong ? 'snapshot-wrong-password' : 'snapshot-password-needed'}
      />
      <Flex gap={8}>
        <Input.Password
          autoFocus
          prefix={<LockOutlined />}
          placeholder={t('snapshots.password')}
          aria-label={t('snapshots.password')}
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          onPressEnter={open}
          data-testid="open-password"
        />
        <Button
          type="primary"
          loading={busy === 'inspect'}
          disabled={!password}
          onClick={open}
          data-testid="open-with-password"
        >
          {t('snapshots.openEncrypted')}
        </Button>
      </Flex>
    </Flex>
  );
}

/** The folder open now, and the other ledgers this app has opened, to go back to one. */
function DataFolders({ current }: { current: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const folders = useSnapshots((s) => s.folders);
  const error = useSnapshots((s) => s.folderError);
  const busy = useSnapshots((s) => s.busy);
  const { loadFolders, openFolder } = useSnapshots.getState();
  useEffect(() => {
    void loadFolders();
  }, [loadFolders, current]);
  const others = (folders ?? []).filter((f) => !f.current);
  const open = async (dataDir: string, organisation: string | null) => {
    if (await openFolder(dataDir)) {
      message.success(t('snapshots.folderOpened', { organisation: organisation ?? t('snapshots.noOrganisation') }));
    }
  };
  return (
    <div style={{ marginTop: 16 }}>
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'folder',
            label: t('snapshots.dataFolder'),
            children: (
              <Typography.Text
                className="gl-mono"
                copyable
                style={{ wordBreak: 'break-all' }}
                data-testid="data-folder"
              >
                {current}
              </Typography.Text>
            ),
          },
        ]}
      />
      {others.length > 0 && (
        <List
          size="small"
          header={<Typography.Text type="secondary">{t('snapshots.otherFolders')}</Typography.Text>}
          dataSource={others}
          data-testid="other-folders"
          renderItem={(folder) => (
            <List.Item
              actions={[
                <Button
                  key="open"
                  size="small"
                  icon={<SwapOutlined />}
                  loading={busy === 'folder'}
                  disabled={busy !== null && busy !== 'folder'}
                  onClick={() => void open(folder.dataDir, folder.organisation)}
                  aria-label={`${t('snapshots.openFolder')} ${folder.organisation ?? ''}`.trim()}
                >
                  {t('snapshots.openFolder')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={folder.organisation ?? t('snapshots.noOrganisation')}
                description={
                  <Typography.Text className="gl-mono" type="secondary" style={{ wordBreak: 'break-all' }}>
                    {folder.dataDir}
                  </Typography.Text>
                }
              />
            </List.Item>
          )}
        />
      )}
      {error && <Alert type="error" showIcon title={error.message} style={{ marginTop: 8 }} />}
    </div>
  );
}

/** What the last restore did and where its files are: the kept copy, or the new data folder. */
function RestoredResult({ restored }: { restored: Restored }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const path = (value: string, testId: string) => (
    <Typography.Text className="gl-mono" copyable style={{ wordBreak: 'break-all' }} data-testid={testId}>
      {value}
    </Typography.Text>
  );
  if (restored.kind === 'import') {
    return <Alert type="success" showIcon title={t('snapshots.imported')} style={{ marginTop: 16 }} />;
  }
  if (restored.kind === 'replace') {
    const held = restored.backup.counts;
    return (
      <Alert
        type="success"
        showIcon
        style={{ marginTop: 16 }}
        data-testid="restore-result"
        title={t('snapshots.replaced')}
        description={
          <Descriptions
            column={1}
            size="small"
            items={[
              {
                key: 'copy',
                label: t('snapshots.backupKept'),
                children: path(restored.backup.path, 'restore-backup-path'),
              },
              {
                key: 'holds',
                label: t('snapshots.counts'),
                children: `${t('snapshots.backupHolds', {
                  people: formatNumber(held.people, locale),
                  groups: formatNumber(held.groups, locale),
                  events: formatNumber(held.events, locale),
                })} · ${formatBytes(restored.backup.bytes, locale)}`,
              },
            ]}
          />
        }
      />
    );
  }
  return (
    <Alert
      type="success"
      showIcon
      style={{ marginTop: 16 }}
      data-testid="restore-result"
      title={t('snapshots.opened')}
      description={
        <>
          <Descriptions
            column={1}
            size="small"
            items={[
              {
                key: 'folder',
                label: t('snapshots.openedFolder'),
                children: path(restored.dataDir, 'opened-folder-path'),
              },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
            {t('snapshots.openedNextStart', { previous: restored.previous })}
          </Typography.Paragraph>
        </>
      }
    />
  );
}
