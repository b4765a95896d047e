import { useEffect, useState } from 'react';
import { App, Button, Card, Col, Descriptions, Form, Input, Row, Segmented, Skeleton, Typography } from 'antd';
import { MoonOutlined, SunOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../../shared/domain';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useSession } from '../../platform/session';
import { useSettings, type Theme } from '../../platform/settings';

/** Language, theme, the administrator's name (the actor in history), and about this installation. */
export function SettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const locale = useSettings((s) => s.locale);
  const mode = useSettings((s) => s.theme);
  const adminName = useSettings((s) => s.settings?.adminName ?? '');
  const { setLocale, setTheme, update } = useSettings.getState();
  const info = useSession((s) => s.appInfo);
  const [infoError, setInfoError] = useState<Error | null>(null);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ adminName: string }>();

  useEffect(() => {
    useSession
      .getState()
      .loadAppInfo()
      .catch((e: Error) => setInfoError(e));
  }, []);
  useEffect(() => form.setFieldsValue({ adminName }), [adminName, form]);

  const fail = (e: Error) => message.error(e.message);

  const saveName = async ({ adminName: name }: { adminName: string }) => {
    setSaving(true);
    try {
      await update({ adminName: name.trim() });
      message.success(t('common.saved'));
    } catch (e) {
      fail(e as Error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div data-testid="page-settings">
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card variant="borderless" title={t('settings.appearance')} style={{ marginBottom: 16 }}>
            <Form layout="vertical">
              <Form.Item label={t('settings.language')}>
                <Segmented<Locale>
                  value={locale}
                  onChange={(value) => void setLocale(value).catch(fail)}
                  options={LOCALES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
                  data-testid="settings-language"
                />
              </Form.Item>
              <Form.Item label={t('settings.theme')} style={{ marginBottom: 0 }}>
                <Segmented<Theme>
                  value={mode}
                  onChange={(value) => void setTheme(value).catch(fail)}
                  options={[
                    { value: 'light', label: t('settings.themeLight'), icon: <SunOutlined /> },
                    { value: 'dark', label: t('settings.themeDark'), icon: <MoonOutlined /> },
                  ]}
                  data-testid="settings-theme"
                />
              </Form.Item>
            </Form>
          </Card>
          <Card variant="borderless" title={t('settings.administrator')}>
            <Form form={form} layout="vertical" onFinish={saveName} initialValues={{ adminName }}>
              <Form.Item name="adminName" label={t('settings.adminName')} extra={t('settings.adminNameHelp')}>
                <Input maxLength={100} placeholder={t('settings.adminNamePlaceholder')} data-testid="admin-name" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={saving}>
                {t('common.save')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card variant="borderless" title={t('settings.about')} data-testid="app-info">
            {infoError && <ErrorAlert error={infoError} />}
            {!info ? (
              !infoError && <Skeleton active />
            ) : (
              <Descriptions
                column={1}
                size="small"
                items={[
                  { key: 'version', label: t('settings.version'), children: info.version },
                  {
                    key: 'mode',
                    label: t('settings.mode'),
                    children: info.mode === 'electron' ? t('settings.modeElectron') : t('settings.modeBrowser'),
                  },
                  {
                    key: 'dataDir',
                    label: t('settings.dataDir'),
                    children: (
                      <Typography.Text className="gl-mono" copyable>
                        {info.dataDir}
                      </Typography.Text>
                    ),
                  },
                  {
                    key: 'registry',
                    label: t('settings.registryPath'),
                    children: (
                      <Typography.Text className="gl-mono" copyable>
                        {info.registryPath}
                      </Typography.Text>
                    ),
                  },
                  { key: 'revision', label: t('settings.revision'), children: info.revision },
                  { key: 'sqlite', label: t('settings.sqlite'), children: info.sqliteVersion },
                  { key: 'node', label: t('settings.node'), children: info.nodeVersion },
                ]}
              />
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
