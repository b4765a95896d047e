import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Col, Flex, Form, Input, Row, Segmented, Typography, theme } from 'antd';
import { BookOutlined, ExperimentOutlined, PlusCircleOutlined, SafetyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../../shared/domain';
import { demoKindFor, type DemoKind } from '../../../../shared/contract';
import { useSession } from '../../platform/session';
import { useSettings } from '../../platform/settings';
import { DemoChoice } from './DemoChoice';
import { RestoreSnapshot } from './RestoreSnapshot';
import { createOrganisation, loadDemo, saveSettings } from './store';

/** No organisation yet: choose a language, then create an organisation or load a demo. */
export function FirstRun() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const locale = useSettings((s) => s.locale);
  const setLocale = useSettings((s) => s.setLocale);
  const enter = useSession((s) => s.enter);
  const [demo, setDemo] = useState<DemoKind | null>(null);
  const [busy, setBusy] = useState<'create' | 'demo' | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const savedName = useSettings((s) => s.settings?.adminName ?? '');
  const osUser = useSession((s) => s.appInfo?.osUser ?? '');
  const loadAppInfo = useSession((s) => s.loadAppInfo);
  const [adminName, setAdminName] = useState<string | null>(null);
  const [nameMissing, setNameMissing] = useState(false);
  useEffect(() => {
    void loadAppInfo().catch(() => undefined);
  }, [loadAppInfo]);
  // The operating-system account is only a suggestion, shown as the placeholder, never saved unasked.
  const name = (adminName ?? savedName).trim();
  const chosenDemo = demo ?? demoKindFor(locale);

  const askForName = () => {
    setNameMissing(true);
    document.getElementById('first-run-admin-name')?.focus();
  };

  /**
   * Before a restore: who signs what is recorded from now on must be known, and is saved while the
   * file is chosen (synchronous, so the browser's file picker still opens from the click).
   */
  const nameGiven = (): boolean => {
    if (!name) {
      askForName();
      return false;
    }
    if (name !== savedName) void saveSettings({ adminName: name }).catch((e: Error) => setError(e));
    return true;
  };

  const run = async (kind: 'create' | 'demo', action: () => Promise<Parameters<typeof enter>[0]>) => {
    if (!name) {
      askForName();
      return;
    }
    setBusy(kind);
    setError(null);
    try {
      if (name !== savedName) await saveSettings({ adminName: name });
      const organisation = await action();
      message.success(t('firstRun.created', { name: organisation.name }));
      enter(organisation);
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(null);
    }
  };

  const onLanguage = (value: Locale) => {
    setLocale(value).catch((e: Error) => setError(e));
  };

  return (
    <Flex
      align="center"
      justify="center"
      style={{
        minHeight: '100vh',
        padding: '40px 24px',
        background: `linear-gradient(160deg, ${token.colorPrimaryBg} 0%, ${token.colorBgLayout} 45%)`,
      }}
      data-testid="first-run"
    >
      <div style={{ width: '100%', maxWidth: 960 }}>
        <Flex vertical align="center" style={{ textAlign: 'center', marginBottom: 32 }}>
          <BookOutlined style={{ fontSize: 44, color: token.colorPrimary, marginBottom: 12 }} />
          <Typography.Title level={2} style={{ margin: 0 }} data-testid="page-title">
            {t('firstRun.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ maxWidth: 640, margin: '12px 0 0', fontSize: 15 }}>
            {t('firstRun.subtitle')}
          </Typography.Paragraph>
        </Flex>

        <Card variant="borderless" style={{ marginBottom: 20 }} styles={{ body: { padding: '20px 24px' } }}>
          <Flex align="center" justify="space-between" gap={16} wrap>
            <div>
              <Typography.Text strong style={{ fontSize: 15 }}>
                1 · {t('firstRun.languageStep')}
              </Typography.Text>
              <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                {t('firstRun.languageHint')}
              </Typography.Paragraph>
            </div>
            <Segmented<Locale>
              size="large"
              value={locale}
              onChange={onLanguage}
              options={LOCALES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
              data-testid="first-run-language"
            />
          </Flex>
        </Card>

        <Card variant="borderless" style={{ marginBottom: 20 }} styles={{ body: { padding: '20px 24px' } }}>
          <Flex align="center" justify="space-between" gap={16} wrap>
            <div style={{ flex: '1 1 320px' }}>
              <Typography.Text strong style={{ fontSize: 15 }}>
                <label htmlFor="first-run-admin-name">2 · {t('firstRun.adminName')}</label>
              </Typography.Text>
              <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                {t('firstRun.adminNameHint')}
              </Typography.Paragraph>
            </div>
            <Flex vertical style={{ flex: '0 1 360px' }}>
              <Input
                id="first-run-admin-name"
                size="large"
                maxLength={100}
                value={adminName ?? savedName}
                placeholder={osUser}
                status={nameMissing && !name ? 'error' : undefined}
                onChange={(e) => {
                  setAdminName(e.target.value);
                  setNameMissing(false);
                }}
                data-testid="first-run-admin-name"
              />
              {nameMissing && !name && (
                <Typography.Text type="danger" data-testid="first-run-admin-name-required">
                  {t('firstRun.adminNameRequired')}
                </Typography.Text>
              )}
            </Flex>
          </Flex>
        </Card>
        {error && (
          <Alert type="error" showIcon title={error.message} style={{ marginBottom: 20 }} data-testid="error-alert" />
        )}

        <Typography.Text strong style={{ fontSize: 15, display: 'block', margin: '0 0 12px 4px' }}>
          3 · {t('firstRun.setupStep')}
        </Typography.Text>
        <Row gutter={[20, 20]}>
          <Col xs={24} md={10}>
            <Card
              variant="borderless"
              style={{ height: '100%' }}
              title={
                <Flex gap={8} align="center">
                  <PlusCircleOutlined style={{ color: token.colorPrimary }} />
                  {t('firstRun.createTitle')}
                </Flex>
              }
            >
              <Typography.Paragraph type="secondary">{t('firstRun.createDescription')}</Typography.Paragraph>
              <Form
                layout="vertical"
                requiredMark={false}
                onFinish={(values: { name: string }) =>
                  run('create', () => createOrganisation({ name: values.name.trim(), locale }))
                }
              >
                <Form.Item
                  name="name"
                  label={t('firstRun.orgName')}
                  rules={[{ required: true, whitespace: true, message: t('firstRun.orgNameRequired') }]}
                >
                  <Input placeholder={t('firstRun.orgNamePlaceholder')} maxLength={200} data-testid="org-name-input" />
                </Form.Item>
                <Button htmlType="submit" loading={busy === 'create'} disabled={busy !== null} block>
                  {t('firstRun.createButton')}
                </Button>
              </Form>
            </Card>
          </Col>
          <Col xs={24} md={14}>
            <Card
              variant="borderless"
              style={{ height: '100%' }}
              title={
                <Flex gap={8} align="center">
                  <ExperimentOutlined style={{ color: token.colorPrimary }} />
                  {t('firstRun.demoTitle')}
                </Flex>
              }
            >
              <Typography.Paragraph type="secondary">{t('firstRun.demoDescription')}</Typography.Paragraph>
              <DemoChoice value={chosenDemo} onChange={setDemo} />
              <Button
                type="primary"
                size="large"
                block
                style={{ marginTop: 16 }}
                loading={busy === 'demo'}
                disabled={busy !== null}
                onClick={() => run('demo', () => loadDemo({ kind: chosenDemo, locale }))}
                data-testid="load-demo"
              >
                {t('firstRun.loadDemoButton')}
              </Button>
            </Card>
          </Col>
        </Row>
        <Flex justify="center" style={{ marginTop: 16 }}>
          <RestoreSnapshot nameGiven={nameGiven} />
        </Flex>
        <Flex justify="center" align="center" gap={8} style={{ marginTop: 12, color: token.colorTextSecondary }}>
          <SafetyOutlined />
          <Typography.Text type="secondary">{t('firstRun.privacy')}</Typography.Text>
        </Flex>
      </div>
    </Flex>
  );
}
