import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Divider, Flex, Modal, Radio, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../platform/settings';
import { formatNumber } from '../../i18n/format';
import { errorText } from './errorText';
import { SnapshotPreviewDetails } from './SnapshotPreviewDetails';
import { JobProgress } from './JobProgress';
import { useSnapshots, type RestoreChoice } from './store';

type OverData = Exclude<RestoreChoice, 'import'>;

/**
 * The verified snapshot and what to do with it. An empty ledger simply receives it; a ledger that
 * holds data is either kept as it is while the snapshot opens in a new data folder (the default,
 * nothing is lost), or replaced after a verified copy of it is kept — each choice says where.
 */
export function RestoreDialog({ onRestored }: { onRestored?: (choice: RestoreChoice) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const preview = useSnapshots((s) => s.preview);
  const busy = useSnapshots((s) => s.busy);
  const error = useSnapshots((s) => s.importError);
  const [choice, setChoice] = useState<OverData>('newFolder');
  const token = preview?.token;
  useEffect(() => {
    if (token) setChoice('newFolder');
  }, [token]);
  const effective: RestoreChoice = preview?.registryEmpty ? 'import' : choice;
  const okText = {
    import: t('snapshots.confirmImport'),
    replace: t('snapshots.confirmReplace'),
    newFolder: t('snapshots.confirmNewFolder'),
  }[effective];
  const restore = () =>
    void useSnapshots
      .getState()
      .restore(effective)
      .then((ok) => ok && onRestored?.(effective));

  return (
    <Modal
      open={preview !== null}
      title={t('snapshots.dialogTitle')}
      okText={okText}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy === 'restore', danger: effective === 'replace' }}
      cancelButtonProps={{ disabled: busy === 'restore' }}
      onOk={restore}
      onCancel={() => busy !== 'restore' && useSnapshots.getState().discardPreview()}
      destroyOnHidden
      width={720}
    >
      {preview && (
        <div data-testid="snapshot-preview">
          <SnapshotPreviewDetails preview={preview} />
          <Divider style={{ margin: '16px 0 12px' }} />
          {preview.registryEmpty ? (
            <Alert type="info" showIcon title={t('snapshots.emptyHint')} />
          ) : (
            <>
              <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
                {t('snapshots.whatToDo')}
              </Typography.Text>
              <Radio.Group
                value={choice}
                onChange={(event) => setChoice(event.target.value as OverData)}
                style={{ width: '100%' }}
                data-testid="restore-choice"
              >
                <Flex vertical gap={8}>
                  <Choice
                    value="newFolder"
                    title={t('snapshots.choiceNewFolder')}
                    detail={t('snapshots.choiceNewFolderDetail')}
                    path={preview.newFolder}
                    chosen={choice === 'newFolder'}
                  />
                  <Choice
                    value="replace"
                    title={t('snapshots.choiceReplace')}
                    detail={t('snapshots.choiceReplaceDetail', {
                      organisation: preview.current.organisation ?? '',
                      people: formatNumber(preview.current.counts.people, locale),
                      groups: formatNumber(preview.current.counts.groups, locale),
                      events: formatNumber(preview.current.counts.events, locale),
                    })}
                    path={preview.backupsDir}
                    chosen={choice === 'replace'}
                  />
                </Flex>
              </Radio.Group>
            </>
          )}
          {error && (
            <Alert
              type="error"
              showIcon
              title={errorText(t, locale, error)}
              style={{ marginTop: 16 }}
              data-testid="restore-error"
            />
          )}
        </div>
      )}
      <JobProgress ops={['import']} />
    </Modal>
  );
}

function Choice(props: { value: OverData; title: string; detail: ReactNode; path: string; chosen: boolean }) {
  const { token } = theme.useToken();
  return (
    <div data-testid={`choice-${props.value}`}>
      <Radio
        value={props.value}
        style={{
          width: '100%',
          alignItems: 'flex-start',
          padding: '10px 12px',
          borderRadius: token.borderRadiusLG,
          border: `1px solid ${props.chosen ? token.colorPrimary : token.colorBorderSecondary}`,
          background: props.chosen ? token.colorPrimaryBg : undefined,
        }}
      >
        <Typography.Text strong>{props.title}</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ margin: '2px 0 4px' }}>
          {props.detail}
        </Typography.Paragraph>
        <Typography.Text code style={{ wordBreak: 'break-all' }} data-testid={`choice-${props.value}-path`}>
          {props.path}
        </Typography.Text>
      </Radio>
    </div>
  );
}
