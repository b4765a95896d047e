import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Descriptions, Divider, Flex, Input, Typography } from 'antd';
import { CloudDownloadOutlined, LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { signatureText } from '../../../../shared/i18n/signature';
import { formatBytes } from '../../i18n/format';
import { useLocale } from '../../platform/settings';
import { useSnapshots } from './store';
import { CountsGrid } from './CountsGrid';
import { JobProgress } from './JobProgress';

/** The same minimum as the main process checks (electron/capabilities/snapshots/encryption.ts). */
const MIN_PASSWORD = 8;

export function ExportCard() {
  const { t } = useTranslation();
  const locale = useLocale();
  const busy = useSnapshots((s) => s.busy);
  const exported = useSnapshots((s) => s.exported);
  const cancelled = useSnapshots((s) => s.exportCancelled);
  const error = useSnapshots((s) => s.exportError);
  const exportSnapshot = useSnapshots((s) => s.exportSnapshot);
  const [encrypt, setEncrypt] = useState(false);
  // The JSON document (docs/snapshot.schema.json) instead of the SQLite file: for other tools.
  const [jsonForm, setJsonForm] = useState(false);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [touched, setTouched] = useState(false);
  const tooShort = [...password].length < MIN_PASSWORD;
  const differ = password !== repeat;
  const passwordProblem = encrypt ? (tooShort ? 'passwordTooShort' : differ ? 'passwordsDiffer' : null) : null;
  const start = () => {
    setTouched(true);
    if (passwordProblem) return;
    void exportSnapshot(encrypt ? password : undefined, jsonForm ? 'json' : 'sqlite').then(() => {
      // The password is not kept once the file is written.
      setPassword('');
      setRepeat('');
      setTouched(false);
    });
  };
  return (
    <Card variant="borderless" title={t('snapshots.exportTitle')} style={{ height: '100%' }} data-testid="export-card">
      <Typography.Paragraph type="secondary">{t('snapshots.exportDescription')}</Typography.Paragraph>
      <Flex vertical gap={8} style={{ marginBottom: 12, maxWidth: 420 }}>
        <Checkbox checked={encrypt} onChange={(e) => setEncrypt(e.target.checked)} data-testid="export-encrypt">
          {t('snapshots.encrypt')}
        </Checkbox>
        <Checkbox checked={jsonForm} onChange={(e) => setJsonForm(e.target.checked)} data-testid="export-json">
          {t('snapshots.jsonForm')}
        </Checkbox>
        {encrypt && (
          <>
            <Input.Password
              prefix={<LockOutlined />}
              placeholder={t('snapshots.password')}
              aria-label={t('snapshots.password')}
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              data-testid="export-password"
            />
            <Input.Password
              prefix={<LockOutlined />}
              placeholder={t('snapshots.passwordRepeat')}
              aria-label={t('snapshots.passwordRepeat')}
              autoComplete="new-password"
              value={repeat}
              onChange={(e) => setRepeat(e.target.value)}
              onPressEnter={start}
              data-testid="export-password-repeat"
            />
            <Typography.Text
              type={touched && passwordProblem ? 'danger' : 'secondary'}
              data-testid="export-password-hint"
            >
              {touched && passwordProblem
                ? t(`snapshots.${passwordProblem}`, { min: MIN_PASSWORD })
                : t('snapshots.passwordHint', { min: MIN_PASSWORD })}
            </Typography.Text>
          </>
        )}
      </Flex>
      <Button
        type="primary"
        icon={<CloudDownloadOutlined />}
        loading={busy === 'export'}
        disabled={busy !== null && busy !== 'export'}
        onClick={start}
        data-testid="export-snapshot"
      >
        {t(encrypt ? 'snapshots.exportEncryptedButton' : 'snapshots.exportButton')}
      </Button>
      <JobProgress ops={['export']} />
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
