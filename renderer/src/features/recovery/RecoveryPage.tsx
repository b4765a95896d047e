import { useEffect } from 'react';
import { Alert, App, Button, Card, Descriptions, Flex, List, Result, Typography } from 'antd';
import { FolderOpenOutlined, PoweroffOutlined, ReloadOutlined, RollbackOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { BackupEntry } from '../../../../shared/contract';
import type { Locale } from '../../../../shared/domain';
import { formatBytes, formatDateTime, formatNumber } from '../../i18n/format';
import { useSession } from '../../platform/session';
import { useLocale } from '../../platform/settings';
import { useRecovery } from './store';

/**
 * Shown instead of the console when the registry file cannot be used: what is wrong, in the
 * admin's language, and the three ways on — restore the newest backup that verifies (saying what
 * would be lost), open another data folder, or quit. The file itself is left as it was found.
 */
export function RecoveryPage() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const locale = useLocale();
  const health = useSession((s) => s.health);
  const { busy, error, folders, loadFolders, restore, openFolder, retry } = useRecovery();
  useEffect(() => {
    void loadFolders();
  }, [loadFolders]);
  if (!health) return null;
  const damaged = health.state === 'damaged';
  const backup = health.newestBackup;
  const others = (folders ?? []).filter((f) => !f.current);

  const confirmRestore = () => {
    if (!backup) return;
    modal.confirm({
      title: t('recovery.confirmTitle'),
      content: t('recovery.confirmBody', { time: formatDateTime(backup.takenAt) }),
      okText: t('recovery.restoreButton'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const done = await restore(backup.file);
        if (done) {
          const moved = useRecovery.getState().restored?.movedAside;
          void message.success(
            moved
              ? t('recovery.restoredMoved', { time: formatDateTime(backup.takenAt), path: moved })
              : t('recovery.restored', { time: formatDateTime(backup.takenAt) }),
            8,
          );
        }
      },
    });
  };

  return (
    <Flex justify="center" style={{ minHeight: '100vh', padding: '32px 24px' }} data-testid="recovery-page">
      <div style={{ width: '100%', maxWidth: 880 }}>
        <Result
          status={damaged ? 'error' : 'warning'}
          title={
            // A whole file whose history does not reach what was recorded beside it (chain_…).
            health.problem?.startsWith('chain_')
              ? t('recovery.titleHistory')
              : damaged
                ? t('recovery.titleDamaged')
                : t('recovery.titleUnavailable')
          }
          subTitle={
            <Flex vertical gap={4}>
              <Typography.Text strong data-testid="recovery-problem">
                {t(health.problem ?? 'registry_corrupt', {
                  ns: 'doctor',
                  detail: health.detail ?? '',
                  ...health.params,
                })}
              </Typography.Text>
              <Typography.Text type="secondary">{t('recovery.file', { path: health.path })}</Typography.Text>
              <Typography.Text type="secondary">{t('recovery.untouched')}</Typography.Text>
            </Flex>
          }
          style={{ padding: '16px 0' }}
        />
        {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 16 }} />}
        <Flex vertical gap={16}>
          {damaged && (
            <Card title={t('recovery.restoreTitle')} variant="borderless" data-testid="recovery-restore">
              {backup ? (
                <>
                  <Descriptions
                    column={1}
                    size="small"
                    items={[
                      { key: 'time', label: t('recovery.backupTime'), children: formatDateTime(backup.takenAt) },
                      { key: 'org', label: t('recovery.organisation'), children: backup.organisation ?? '—' },
                      {
                        key: 'counts',
                        label: t('recovery.holds'),
                        children: backup.counts
                          ? t('recovery.counts', {
                              people: formatNumber(backup.counts.people, locale),
                              groups: formatNumber(backup.counts.groups, locale),
                              events: formatNumber(backup.counts.events, locale),
                            })
                          : '—',
                      },
                      { key: 'size', label: t('recovery.size'), children: formatBytes(backup.bytes, locale) },
                    ]}
                  />
                  <Alert
                    type="warning"
                    showIcon
                    style={{ margin: '12px 0' }}
                    title={lostText(t, locale, backup, health.recorded ?? null)}
                    data-testid="recovery-lost"
                  />
                  <Button
                    type="primary"
                    icon={<RollbackOutlined />}
                    loading={busy === 'restore'}
                    onClick={confirmRestore}
                    data-testid="recovery-restore-button"
                  >
                    {t('recovery.restoreButton')}
                  </Button>
                </>
              ) : (
                <Typography.Text type="secondary">{t('recovery.noBackup')}</Typography.Text>
              )}
            </Card>
          )}
          <Card title={t('recovery.folderTitle')} variant="borderless" data-testid="recovery-folders">
            {others.length === 0 ? (
              <Typography.Text type="secondary">{t('recovery.noOtherFolder')}</Typography.Text>
            ) : (
              <List
                dataSource={others}
                renderItem={(folder) => (
                  <List.Item
                    actions={[
                      <Button
                        key="open"
                        icon={<FolderOpenOutlined />}
                        loading={busy === 'folder'}
                        onClick={() => void openFolder(folder.dataDir)}
                      >
                        {t('recovery.openFolder')}
                      </Button>,
                    ]}
                  >
                    <List.Item.Meta
                      title={folder.organisation ?? t('recovery.emptyLedger')}
                      description={<Typography.Text type="secondary">{folder.dataDir}</Typography.Text>}
                    />
                  </List.Item>
                )}
              />
            )}
          </Card>
          <Flex gap={12} wrap>
            {!damaged && (
              <Button icon={<ReloadOutlined />} loading={busy === 'retry'} onClick={() => void retry()}>
                {t('recovery.retry')}
              </Button>
            )}
            <Button icon={<PoweroffOutlined />} onClick={() => window.close()} data-testid="recovery-quit">
              {t('recovery.quit')}
            </Button>
            <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>
              {t('recovery.quitHint')}
            </Typography.Text>
          </Flex>
        </Flex>
      </div>
    </Flex>
  );
}

/**
 * What a restore of `backup` loses: counted from the history's last entry recorded beside the
 * registry at its last commit, when there is that record; else everything after the backup's time.
 */
function lostText(
  t: TFunction,
  locale: Locale,
  backup: BackupEntry,
  recorded: { seq: number; at: string } | null,
): string {
  const time = formatDateTime(backup.takenAt);
  if (!recorded) return t('recovery.lost', { time });
  const count = Math.max(0, recorded.seq - backup.head.seq);
  const held = formatNumber(backup.head.seq, locale);
  if (count === 0) return t('recovery.lostNone', { held });
  return t('recovery.lostCounted', {
    count,
    time,
    held,
    recorded: formatNumber(recorded.seq, locale),
    last: recorded.at ? formatDateTime(recorded.at) : '—',
  });
}
