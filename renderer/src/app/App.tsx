import { useEffect, useLayoutEffect } from 'react';
import { App as AntApp, Button, ConfigProvider, Flex, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../platform/session';
import { useSettings } from '../platform/settings';
import { startHistory } from '../platform/nav';
import { FirstRun } from '../features/first-run';
import { RecoveryPage } from '../features/recovery';
import { AdminLayout } from './AdminLayout';
import { ANTD_LOCALE, fontFamily, themeConfig } from './theme';
import { StartupNotices } from './StartupNotices';

/** The root: Ant Design's locale and theme follow the preferences; then welcome or console. */
export function App() {
  const locale = useSettings((s) => s.locale);
  const mode = useSettings((s) => s.theme);
  // The page's own text (outside Ant Design's components) in the same font stack as the components.
  useLayoutEffect(() => {
    document.documentElement.style.setProperty('--gl-font', fontFamily(locale));
  }, [locale]);
  useEffect(() => {
    startHistory();
    void useSession.getState().boot();
  }, []);
  return (
    <ConfigProvider locale={ANTD_LOCALE[locale]} theme={themeConfig(mode, locale)} button={{ autoInsertSpace: false }}>
      <AntApp>
        <Phase />
        <StartupNotices />
      </AntApp>
    </ConfigProvider>
  );
}

function Phase() {
  const phase = useSession((s) => s.phase);
  const error = useSession((s) => s.error);
  const { t } = useTranslation();
  if (phase === 'booting') {
    return (
      <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
        <Spin size="large" />
      </Flex>
    );
  }
  if (phase === 'failed') {
    return (
      <Result
        status="error"
        title={t('common.loadFailed')}
        subTitle={error?.message}
        extra={<Button onClick={() => void useSession.getState().boot()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (phase === 'first-run') return <FirstRun />;
  if (phase === 'recovery') return <RecoveryPage />;
  return <AdminLayout />;
}
