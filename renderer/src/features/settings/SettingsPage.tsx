import { useEffect, useState } from 'react';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Segmented,
  Skeleton,
  Typography,
} from 'antd';
import { MoonOutlined, SunOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../../shared/domain';
import { WAIT_DAYS } from '../../../../shared/vocabulary';
import { IncidentKindsCard } from '../escalations';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useSession } from '../../platform/session';
import { useSettings, type Theme } from '../../platform/settings';

/** After how many days a waiting escalation is called out (dashboard and escalations page). */
function WaitDaysCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const days = useSettings((s) => s.settings?.escalationWaitDays ?? WAIT_DAYS.default);
  const [form] = Form.useForm<{ days: number | null }>();
  const [saving, setSaving] = useState(false);
  useEffect(() => form.setFieldsValue({ days }), [days, form]);
  const range = t('settings.waitDaysRange', { min: WAIT_DAYS.min, max: WAIT_DAYS.max });
  const save = async ({ days: value }: { days: number | null }) => {
    setSaving(true);
    try {
      await useSettings.getState().update({ escalationWaitDays: value! });
      message.success(t('common.saved'));
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card variant="borderless" title={t('settings.escalations')} style={{ marginTop: 16 }}>
      <Form form={form} layout="vertical" onFinish={(v) => void save(v)} initialValues={{ days }}>
        <Form.Item label={t('settings.waitDays')} extra={t('settings.waitDaysHelp')} required>
          <Flex gap={8} align="center">
            <Form.Item
              name="days"
              noStyle
              rules={[
                {
                  validator: (_, value: number | null | undefined) =>
                    typeof value === 'number' &&
                    Number.isInteger(value) &&
                    value >= WAIT_DAYS.min &&
                    value <= WAIT_DAYS.max
                      ? Promise.resolve()
                      : Promise.reject(new Error(range)),
                },
              ]}
            >
              <InputNumber style={{ width: 120 }} data-testid="settings-wait-days" />
            </Form.Item>
            <span>{t('settings.waitDaysUnit')}</span>
          </Flex>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="settings-wait-days-save">
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}

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
          <WaitDaysCard />
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
          <div style={{ marginTop: 16 }}>
            <IncidentKindsCard />
          </div>
        </Col>
      </Row>
    </div>
  );
}
